package org.recordpath.guidance.pack;

/** A pack file that cannot be used, with the file, line and reason ("mds.yaml:12:5: unknown fact 'labs.epo'"). */
public final class PackException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public PackException(String file, int line, int column, String reason) {
        super(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
