package org.recordpath.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.fhir.codes.CodeSystems;
import org.recordpath.fhir.codes.Loinc;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.KaryotypeFinding;

/**
 * #14: a FHIR karyotype Observation (ISCN or words) goes through the same tolerant ISCN parser as documents and gets
 * its IPSS-R category (risk-scores.md section 3). Synthetic resources only.
 */
class KaryotypeObservationTest {
    private static final FhirBundleImporter IMPORTER = FhirBundleImporter.create();

    private static Optional<KaryotypeFinding> imported(Observation karyotype, AdministrativeGender gender) {
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
        if (gender != null) {
            b.addEntry().setResource(new Patient().setGender(gender).setId("Patient/p1"));
        }
        karyotype.setId("Observation/k1");
        b.addEntry().setResource(karyotype);
        return IMPORTER.importBundle("doc", b).stream()
                .filter(f -> f.field().equals(Fields.KARYOTYPE))
                .map(f -> ((FactValue.Cytogenetics) f.value()).karyotype())
                .findFirst();
    }

    private static Observation valued(String text) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept().setText("Bone marrow karyotype"));
        o.setEffective(new DateTimeType("2026-04-02"));
        o.setValue(new StringType(text));
        return o;
    }

    private static Observation iscnComponent(String iscn, String category) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept().setText("Genetic variant assessment"));
        o.addComponent()
                .setCode(new CodeableConcept().addCoding(new Coding(CodeSystems.LOINC, Loinc.VARIANT_ISCN, null)))
                .setValue(new CodeableConcept().setText(iscn));
        if (category != null) {
            o.addComponent()
                    .setCode(new CodeableConcept().setText("IPSS-R cytogenetic risk category"))
                    .setValue(new CodeableConcept().setText(category));
        }
        return o;
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            46,XY,del(5)(q13-14q33)[20]         | NULL   | Good         | true
            46,XX,t(3:3)(q21:q26.2)[20]         | FEMALE | Poor         | true
            45,X[20]                            | MALE   | Very Good    | false
            45,X[20]                            | FEMALE | Intermediate | false
            47,XY,-7,+8,+21[20] (see comment)   | NULL   | Poor         | true
            """)
    void readsTheValueWithTheTolerantParser(
            String text, AdministrativeGender gender, String category, boolean repaired) {
        // categories by risk-scores.md 3.5: single del(5q) Good; t(3q) single Poor; -Y single Very Good;
        // -X single Intermediate (other single); -7,+8,+21 complex with 3 abnormalities Poor
        KaryotypeFinding k = imported(valued(text), gender).orElseThrow();

        assertThat(k.ipssrCategory()).hasToString(category);
        assertThat(k.iscn()).isEqualTo(text);
        assertThat(k.repairs().isEmpty()).isEqualTo(!repaired);
    }

    @Test
    void complexInWordsGivesARangeNotAGuess() {
        KaryotypeFinding k = imported(valued("Complex karyotype"), null).orElseThrow();

        assertThat(k.ipssrCategory()).isNull();
        assertThat(k.ipssrRange()).hasToString("Poor–Very Poor");
        assertThat(k.complex()).isTrue();
        assertThat(k.del5q()).isNull();
    }

    @Test
    void fortyFiveXWithoutTheSexStaysUnknown() {
        KaryotypeFinding k = imported(valued("45,X[20]"), null).orElseThrow();

        assertThat(k.ipssrCategoryRange()).isEmpty();
        assertThat(k.iscn()).isEqualTo("45,X[20]");
    }

    @ParameterizedTest(name = "{0} stated {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            47,XY,+8[20]     | Intermediate | Intermediate
            47,XY,+8[20]     | Poor         | NULL
            47,XY,+1~3mar[20] | Poor        | Poor
            47,XY,+1~3mar[20] | Very Poor   | NULL
            """)
    void keepsAStatedCategoryOnlyWhenTheParseAllowsIt(String iscn, String stated, String expected) {
        // +8 alone is Intermediate; +1~3mar is Intermediate-Poor (1 to 3 markers, section 3.3/3.5)
        KaryotypeFinding k =
                imported(iscnComponent(iscn, stated), AdministrativeGender.MALE).orElseThrow();

        assertThat(k.ipssrCategory() == null ? null : k.ipssrCategory().toString())
                .isEqualTo(expected);
        assertThat(k.ipssrRange()).isNull();
    }

    @Test
    void aFailedCultureGivesNoKaryotype() {
        assertThat(imported(valued("culture failed"), null)).isEmpty();
    }
}
