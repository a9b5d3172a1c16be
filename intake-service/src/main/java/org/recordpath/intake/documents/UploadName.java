package org.recordpath.intake.documents;

import java.text.Normalizer;

/**
 * The name a file was uploaded under, made safe to store and show: no directories (either separator), no control or
 * format characters, no leading dots, at most 200 characters. Files are stored under their id; this name is only
 * displayed.
 */
record UploadName(String value) {
    static final String FALLBACK = "document";
    private static final int MAX = 200;

    UploadName {
        if (value == null || value.isEmpty() || value.length() > MAX) {
            throw new IllegalArgumentException("use UploadName.of");
        }
    }

    static UploadName of(String raw) {
        if (raw == null) {
            return new UploadName(FALLBACK);
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
        name = name.replaceAll("[<>:\"|?*]", "_").strip();
        name = name.replaceFirst("^\\.+", "");
        if (name.length() > MAX) {
            name = name.substring(0, MAX);
        }
        return new UploadName(name.isBlank() ? FALLBACK : name);
    }
}
