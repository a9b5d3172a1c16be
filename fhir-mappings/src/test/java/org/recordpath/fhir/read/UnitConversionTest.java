package org.recordpath.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.profile.Analyte;

class UnitConversionTest {
    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "HEMOGLOBIN, 89, g/L, 8.9",
        "HEMOGLOBIN, 8.9, g/dL, 8.9",
        "HEMOGLOBIN, 5.0, mmol/L, 8.05672",
        "PLATELETS, 45, 10*3/uL, 45",
        "PLATELETS, 45000, /uL, 45",
        "PLATELETS, 45, K/uL, 45",
        "PLATELETS, 45, 10*9/L, 45",
        "ANC, 1200, /mm3, 1.2",
        "WBC, 4.8, x10E3/uL, 4.8",
        "MCV, 98, um3, 98",
        "SERUM_EPO, 160, mIU/mL, 160",
        "SERUM_EPO, 160, [IU]/L, 160",
        "FERRITIN, 480, ug/L, 480",
        "FERRITIN, 224.7, pmol/L, 100",
        "BM_BLASTS, 11, %, 11"
    })
    void convertsToTheCanonicalUnit(Analyte analyte, BigDecimal value, String unit, BigDecimal expected) {
        assertThat(UnitConversion.toCanonical(analyte, value, unit))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0} {1} {2} is unknown")
    @CsvSource({"HEMOGLOBIN, 9, ''", "HEMOGLOBIN, 9, mg", "PLATELETS, 45, g/dL", "SERUM_EPO, 40, ng/mL"})
    void leavesAnUnconvertibleUnitUnknown(Analyte analyte, BigDecimal value, String unit) {
        assertThat(UnitConversion.toCanonical(analyte, value, unit)).isEmpty();
    }
}
