package org.recordpath.fhir.read;

/**
 * A single pass over JSON bytes that counts the nesting of objects and arrays outside strings, so that a document
 * nested thousands of levels deep is refused before any recursive parser sees it. Structural characters are ASCII,
 * so scanning UTF-8 bytes is exact.
 */
final class JsonDepthScan {
    private JsonDepthScan() {}

    static void check(String documentId, byte[] json, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
                if (depth > maxDepth) {
                    throw new FhirImportException(
                            documentId, "the JSON is nested deeper than the limit of " + maxDepth + " levels");
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
    }
}
