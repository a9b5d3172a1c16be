package org.recordpath.guidance.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the boundary set aside: each withheld contract path with its reason, and the flags for the report. */
final class Notes {
    private final Map<String, String> withheld = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();

    /** Makes a value unknown for matching and says why. */
    void withhold(String path, String shown, String reason) {
        withheld.putIfAbsent(path, shown + ": " + reason);
        flags.add(path + " " + shown + ": " + reason + "; treated as unknown");
    }

    void flag(String text) {
        flags.add(text);
    }

    Map<String, String> withheld() {
        return withheld;
    }

    List<String> flags() {
        return flags;
    }
}
