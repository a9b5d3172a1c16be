package org.recordpath.model.hgvs;

/** The end of a frameshift ("fs*12", "fsTer?") or extension ("ext*17", "ext-5"), normalised to '*' for the stop. */
final class ChainEnd {
    private ChainEnd() {}

    static String frameshift(String end) {
        if (end.isEmpty()) {
            return "";
        }
        String count = stopPrefix(end);
        if (count == null) {
            throw new HgvsSyntaxException("a frameshift ends with fs, fs*N, fsTerN or fs*? (got 'fs" + end + "')");
        }
        return "*" + checkedCount(count, "fs" + end);
    }

    static String extension(String end) {
        if (end.isEmpty()) {
            return "";
        }
        if (end.matches("-[1-9]\\d*")) {
            return end;
        }
        String count = stopPrefix(end);
        if (count == null) {
            throw new HgvsSyntaxException("an extension ends with ext*N, extTerN or ext-N (got 'ext" + end + "')");
        }
        return "*" + checkedCount(count, "ext" + end);
    }

    /** What follows a stop symbol (*, X, Ter) at the start of {@code end}, or null when it starts otherwise. */
    private static String stopPrefix(String end) {
        if (end.startsWith("*") || end.startsWith("X")) {
            return end.substring(1);
        }
        return end.startsWith("Ter") ? end.substring(3) : null;
    }

    private static String checkedCount(String count, String where) {
        if (count.isEmpty() || count.equals("?") || count.matches("[1-9]\\d{0,5}")) {
            return count;
        }
        throw new HgvsSyntaxException("'" + where + "' has a malformed stop position");
    }
}
