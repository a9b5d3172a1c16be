package org.recordpath.model.fact;

import java.math.BigDecimal;
import java.util.Objects;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.ReportedRisk;
import org.recordpath.model.profile.Treatment;

/** The value of a fact: a closed set of shapes. */
public sealed interface FactValue
        permits FactValue.Measured,
                FactValue.Text,
                FactValue.Flag,
                FactValue.Variant,
                FactValue.Course,
                FactValue.Cytogenetics,
                FactValue.Score {

    /** The value rendered for people and for conflict lists. */
    String display();

    /** A number with its UCUM unit (canonical for labs), and a comparator ("<", ">", ...) for bounds, else null. */
    record Measured(BigDecimal value, String unit, String comparator) implements FactValue {
        public Measured {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public String display() {
            return (comparator == null ? "" : comparator)
                    + value.stripTrailingZeros().toPlainString() + " " + unit;
        }
    }

    /** A coded or free text value (disease, WHO type, ICD-10 code, sex, donor, gene name of a negative gene). */
    record Text(String value) implements FactValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value;
        }
    }

    /** A yes/no statement (transfusion dependent, transplant candidate, PNH clone...). */
    record Flag(boolean value) implements FactValue {
        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }

    record Variant(Mutation mutation) implements FactValue {
        @Override
        public String display() {
            return mutation.gene() + " " + (mutation.hgvsP() != null ? mutation.hgvsP() : mutation.hgvsC());
        }
    }

    record Course(Treatment treatment) implements FactValue {
        @Override
        public String display() {
            return treatment.drug();
        }
    }

    record Cytogenetics(KaryotypeFinding karyotype) implements FactValue {
        @Override
        public String display() {
            return karyotype.iscn() != null ? karyotype.iscn() : String.valueOf(karyotype.ipssrCategory());
        }
    }

    record Score(ReportedRisk risk) implements FactValue {
        @Override
        public String display() {
            return risk.system() + " " + (risk.score() != null ? risk.score() + " " : "") + risk.category();
        }
    }
}
