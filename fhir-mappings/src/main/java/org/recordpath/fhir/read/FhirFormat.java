package org.recordpath.fhir.read;

/** The two FHIR serialisations a Bundle may come in. */
public enum FhirFormat {
    JSON,
    XML;

    /** JSON when the first non-blank byte is '{', XML when it is '<'; empty input or anything else is neither. */
    public static java.util.Optional<FhirFormat> sniff(byte[] head) {
        for (byte b : head) {
            if (b == '{') {
                return java.util.Optional.of(JSON);
            }
            if (b == '<') {
                return java.util.Optional.of(XML);
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }
}
