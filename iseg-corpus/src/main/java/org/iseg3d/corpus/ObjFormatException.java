package org.iseg3d.corpus;

/** A malformed OBJ line: the message names the file and the 1-based line number. */
public final class ObjFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public ObjFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The OBJ file the error is in (as given to the parser). */
    public String source() {
        return source;
    }

    /** 1-based line number, 0 when the error is not tied to a line. */
    public int line() {
        return line;
    }
}
