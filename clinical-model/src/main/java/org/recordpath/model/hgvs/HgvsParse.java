package org.recordpath.model.hgvs;

import java.util.Objects;
import java.util.Optional;

/** The outcome of parsing an HGVS expression: the change, or a rejection with the reason. */
public sealed interface HgvsParse<T> permits HgvsParse.Parsed, HgvsParse.Rejected {

    /** The change when parsed, empty when rejected. */
    Optional<T> value();

    /** A valid expression. */
    record Parsed<T>(T change) implements HgvsParse<T> {
        public Parsed {
            Objects.requireNonNull(change, "change");
        }

        @Override
        public Optional<T> value() {
            return Optional.of(change);
        }
    }

    /** An expression outside the supported HGVS grammar, with why. */
    record Rejected<T>(String input, String reason) implements HgvsParse<T> {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }
    }
}
