package org.recordpath.model.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.ReportedRisk;
import org.recordpath.model.profile.Treatment;

/** #10: a navigator's confirmation marks the reading, and the source a value carries of its own, as reviewed. */
class ReviewedFactTest {
    private static final Provenance OCR = new Provenance("scan.pdf", 1, null, null, "Hb 8.6", ReadMethod.OCR, 0.5);

    @Test
    void marksTheFactAndTheValuesOwnSource() {
        Fact lab = new Fact(
                "labs.hemoglobin",
                new FactValue.Measured(new BigDecimal("8.6"), "g/dL", null),
                LocalDate.of(2026, 5, 1),
                OCR,
                0.5,
                Context.AFFIRMED);
        assertThat(lab.provenance().reviewed()).isFalse();
        assertThat(lab.reviewed().provenance().reviewed()).isTrue();
        assertThat(lab.reviewed().provenance().confidence()).isEqualTo(0.5);

        Mutation m = new Mutation("TP53", null, "p.R248Q", null, null, Classification.PATHOGENIC, false, OCR);
        FactValue.Variant v =
                (FactValue.Variant) of(new FactValue.Variant(m)).reviewed().value();
        assertThat(v.mutation().provenance().reviewed()).isTrue();

        Treatment t = new Treatment("lenalidomide", null, null, null, null, null, null, null, OCR);
        assertThat(((FactValue.Course) of(new FactValue.Course(t)).reviewed().value())
                        .treatment()
                        .provenance()
                        .reviewed())
                .isTrue();

        KaryotypeFinding k = new KaryotypeFinding(
                "46,XY[20]",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                "karyotype",
                20,
                null,
                OCR.withRepair("OCR repair"));
        KaryotypeFinding kr = ((FactValue.Cytogenetics)
                        of(new FactValue.Cytogenetics(k)).reviewed().value())
                .karyotype();
        assertThat(kr.provenance().reviewed()).isTrue();
        assertThat(kr.provenance().repair()).isEqualTo("OCR repair");

        ReportedRisk r = new ReportedRisk("IPSS-R", new BigDecimal("3"), "Low", null, OCR);
        assertThat(((FactValue.Score) of(new FactValue.Score(r)).reviewed().value())
                        .risk()
                        .provenance()
                        .reviewed())
                .isTrue();
    }

    private static Fact of(FactValue v) {
        return new Fact("x", v, null, OCR, 0.5, Context.AFFIRMED);
    }
}
