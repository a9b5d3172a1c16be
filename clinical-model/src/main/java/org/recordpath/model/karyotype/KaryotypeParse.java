package org.recordpath.model.karyotype;

import java.util.Objects;
import java.util.Optional;

/** The outcome of parsing an ISCN string: a karyotype, or a rejection with the reason. */
public sealed interface KaryotypeParse permits KaryotypeParse.Parsed, KaryotypeParse.Rejected {

    /** The karyotype when parsed, empty when rejected. */
    Optional<Karyotype> parsed();

    /** The string was read as a karyotype. */
    record Parsed(Karyotype karyotype) implements KaryotypeParse {
        public Parsed {
            Objects.requireNonNull(karyotype, "karyotype");
        }

        @Override
        public Optional<Karyotype> parsed() {
            return Optional.of(karyotype);
        }
    }

    /** The string is not a karyotype this parser can read; {@code reason} says why. */
    record Rejected(String input, String reason) implements KaryotypeParse {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<Karyotype> parsed() {
            return Optional.empty();
        }
    }
}
