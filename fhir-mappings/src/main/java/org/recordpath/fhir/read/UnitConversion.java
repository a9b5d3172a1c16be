package org.recordpath.fhir.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumService;
import org.recordpath.model.profile.Analyte;

/**
 * Converts a lab value to its analyte's canonical UCUM unit (pathways.md section 3.5). Common non-UCUM spellings
 * ("K/uL", "mIU/mL", "G/L") are first mapped to UCUM; the conversion itself is UCUM's, except the two that need a
 * molar mass: hemoglobin mmol/L (divided by 0.6206, risk-scores.md section 0) and ferritin pmol/L (divided by 2.247).
 * International units are arbitrary in UCUM, so serum EPO accepts only the IU spellings that are equal to mU/mL.
 * A value whose unit is missing or cannot be converted is unknown (empty).
 */
final class UnitConversion {
    private static final UcumService UCUM = load();
    private static final MathContext PRECISION = new MathContext(6);
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("k/ul", "10*3/uL"),
            Map.entry("k/mm3", "10*3/mm3"),
            Map.entry("k/cmm", "10*3/mm3"),
            Map.entry("thou/ul", "10*3/uL"),
            Map.entry("x10e3/ul", "10*3/uL"),
            Map.entry("10^3/ul", "10*3/uL"),
            Map.entry("10^9/l", "10*9/L"),
            Map.entry("x10^9/l", "10*9/L"),
            Map.entry("g/l", "g/L"),
            Map.entry("gm/dl", "g/dL"),
            Map.entry("cells/ul", "/uL"),
            Map.entry("/mm3", "/mm3"),
            Map.entry("ug/l", "ug/L"),
            Map.entry("µg/l", "ug/L"),
            Map.entry("fl", "fL"),
            Map.entry("um3", "um3"),
            Map.entry("µm3", "um3"));
    private static final Map<String, String> EPO_EQUIVALENTS = Map.of(
            "m[iu]/ml", "m[IU]/mL",
            "miu/ml", "m[IU]/mL",
            "mu/ml", "m[IU]/mL",
            "[iu]/l", "m[IU]/mL",
            "iu/l", "m[IU]/mL",
            "u/l", "m[IU]/mL");

    private UnitConversion() {}

    /** The value in the analyte's canonical unit, rounded to 6 significant digits. */
    static Optional<BigDecimal> toCanonical(Analyte analyte, BigDecimal value, String unit) {
        if (value == null || unit == null || unit.isBlank()) {
            return Optional.empty();
        }
        String target = analyte.canonicalUnit();
        String lower = unit.strip().toLowerCase(Locale.ROOT);
        if (analyte == Analyte.SERUM_EPO) {
            return Optional.ofNullable(EPO_EQUIVALENTS.get(lower)).map(u -> round(value));
        }
        if (analyte == Analyte.HEMOGLOBIN && lower.equals("mmol/l")) {
            return Optional.of(round(value.divide(new BigDecimal("0.6206"), MathContext.DECIMAL64)));
        }
        if (analyte == Analyte.FERRITIN && lower.equals("pmol/l")) {
            return Optional.of(round(value.divide(new BigDecimal("2.247"), MathContext.DECIMAL64)));
        }
        String ucum = ALIASES.getOrDefault(lower, unit.strip());
        if (ucum.equals(target)) {
            return Optional.of(round(value));
        }
        return convert(value, ucum, target).map(UnitConversion::round);
    }

    /** A UCUM conversion between any two comparable units. */
    static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        try {
            if (UCUM.validate(from) != null || !UCUM.isComparable(from, to)) {
                return Optional.empty();
            }
            Decimal converted = UCUM.convert(new Decimal(value.toPlainString()), from, to);
            return Optional.of(new BigDecimal(converted.asDecimal()));
        } catch (UcumException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal round(BigDecimal v) {
        BigDecimal r = v.round(PRECISION).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private static UcumService load() {
        try (InputStream in = UnitConversion.class.getResourceAsStream("/ucum-essence.xml")) {
            if (in == null) {
                throw new IllegalStateException("ucum-essence.xml is missing from the classpath");
            }
            return new UcumEssenceService(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UcumException e) {
            throw new IllegalStateException("cannot load UCUM essence", e);
        }
    }
}
