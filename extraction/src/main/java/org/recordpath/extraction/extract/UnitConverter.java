package org.recordpath.extraction.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumService;
import org.recordpath.extraction.text.Vocabulary;

/**
 * Recognises written units ({@code units.tsv}: "K/uL", "x10^9/L", "mIU/mL", OCR-damaged "x10®9/L") as UCUM codes
 * and converts values to the canonical unit with the UCUM essence service. Non-UCUM conversions that the clinical
 * specification fixes (hemoglobin mmol/L, ferritin pmol/L, "lakh") are explicit factors.
 */
final class UnitConverter {
    private static final BigDecimal HB_MMOL_PER_G_DL = new BigDecimal("0.6206");
    private static final BigDecimal FERRITIN_PMOL_PER_NG = new BigDecimal("2.247");

    /** A unit recognised in text at [start, end) of the searched string. */
    public record WrittenUnit(String ucum, BigDecimal factor, int start, int end) {}

    private record Form(String ucum, BigDecimal factor, Pattern pattern) {}

    private final List<Form> forms = new ArrayList<>();
    private final UcumService ucum;

    public UnitConverter() {
        for (List<String> row : Vocabulary.load("units.tsv").rows()) {
            forms.add(new Form(
                    row.get(0),
                    new BigDecimal(row.get(1)),
                    Pattern.compile("^\\s*(?:" + row.get(2) + ")", Pattern.CASE_INSENSITIVE)));
        }
        try (InputStream in = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            ucum = new UcumEssenceService(in);
        } catch (IOException | UcumException e) {
            throw new UncheckedIOException(new IOException("the UCUM essence could not be loaded", e));
        }
    }

    /** The unit written at the start of {@code text} (after blanks), if any. */
    public Optional<WrittenUnit> unitAt(String text, int from) {
        String rest = text.substring(from);
        for (Form f : forms) {
            Matcher m = f.pattern().matcher(rest);
            if (m.find()) {
                return Optional.of(new WrittenUnit(f.ucum(), f.factor(), from + m.start(), from + m.end()));
            }
        }
        return Optional.empty();
    }

    /** The value in {@code canonical}, or empty when the unit cannot be converted to it (an unknown fact). */
    public Optional<BigDecimal> convert(BigDecimal value, WrittenUnit unit, String canonical) {
        BigDecimal v = value.multiply(unit.factor());
        String from = unit.ucum();
        if (from.equals("mmol/L") && canonical.equals("g/dL")) {
            return Optional.of(v.divide(HB_MMOL_PER_G_DL, MathContext.DECIMAL64));
        }
        if (from.equals("pmol/L") && canonical.equals("ng/mL")) {
            return Optional.of(v.divide(FERRITIN_PMOL_PER_NG, MathContext.DECIMAL64));
        }
        if (from.equals(canonical)) {
            return Optional.of(v);
        }
        try {
            if (!ucum.isComparable(from, canonical)) {
                return Optional.empty();
            }
            Decimal out = ucum.convert(new Decimal(v.toPlainString()), from, canonical);
            return Optional.of(new BigDecimal(out.asDecimal()).round(MathContext.DECIMAL64));
        } catch (UcumException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
