package org.geokg.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn with a carriage return. Shown only for batches
 * of more than one input, and only when stderr is a terminal (the {@code geokg} launcher
 * tells, via {@code GEOKG_STDERR_TTY=1}) or when {@code --progress} asks for it. Not
 * thread-safe.
 *
 * <pre>{@code
 * Progress p = Progress.create(err, inputs.size(), forced);
 * p.update(done, "a.txt");
 * p.finish();
 * }</pre>
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int lastLength;

    private Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    static Progress create(PrintWriter err, int total, boolean forced) {
        boolean tty = "1".equals(System.getenv("GEOKG_STDERR_TTY"))
                || System.getenv("GEOKG_STDERR_TTY") == null && System.console() != null;
        return new Progress(err, total, total > 1 && (forced || tty));
    }

    /** Shows {@code done} of the total inputs, and the one being read. */
    void update(int done, String current) {
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String name = current == null ? "" : current;
        if (name.length() > 40) {
            name = "..." + name.substring(name.length() - 37);
        }
        String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name;
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** Clears the bar so the next message starts on a clean line. */
    void finish() {
        if (!enabled || lastLength == 0) {
            return;
        }
        err.print("\r" + " ".repeat(lastLength) + "\r");
        err.flush();
        lastLength = 0;
    }
}
