package org.iseg3d.editor.control;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** One-line texts of failures for the status line and messages. */
final class Texts {

    private Texts() {}

    /** The failure inside {@link CompletionException}/{@link ExecutionException} wrappers. */
    static Throwable unwrap(Throwable e) {
        Throwable c = e;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** The message, or the class name when there is none. */
    static String text(Throwable e) {
        return e.getMessage() != null && !e.getMessage().isBlank()
                ? e.getMessage()
                : e.getClass().getSimpleName();
    }

    /**
     * A failure's message without a leading "{@code file}: " (full path or file name), for a message that names the
     * file itself: "Could not open a.obj: /m/a.obj: no such file" → "Could not open a.obj: no such file"; also a
     * label that starts with the file's base name and has no space ("a-objnode: no triangles" → "no triangles").
     */
    static String withoutFile(String message, java.nio.file.Path file) {
        String m = message;
        for (String prefix : new String[] {file.toString(), String.valueOf(file.getFileName())}) {
            if (m.startsWith(prefix + ": ")) {
                return m.substring(prefix.length() + 2);
            }
        }
        // or a label made from the file name ("chair-objnode: …" for chair.obj's scene node)
        String name = String.valueOf(file.getFileName());
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        int colon = m.indexOf(": ");
        if (!base.isEmpty()
                && colon > 0
                && m.startsWith(base)
                && m.substring(0, colon).indexOf(' ') < 0) {
            return m.substring(colon + 2);
        }
        return m;
    }

    /** "the x." → "The x" (a trailing full stop dropped). */
    static String capitalise(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
