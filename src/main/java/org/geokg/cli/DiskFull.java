package org.geokg.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Recognizes a full disk behind a failure (TDB2 reports it as an {@code IOException}, a
 * {@code java.lang.InternalError} or a wrapped exception, "No space left on device" somewhere in
 * the cause chain) and words the message the commands print instead of a stack trace.
 *
 * <pre>{@code
 * if (DiskFull.causedBy(e)) {
 *     throw new StoreException(DiskFull.message("ingest", db, "the 34 articles of the committed batches"), e);
 * }
 * }</pre>
 * Stateless; thread-safe.
 */
final class DiskFull {
    private static final int MAX_LINKS = 64;

    private DiskFull() {
    }

    /**
     * True when a "no space left on device" (or "disk quota exceeded", or "file too large": a
     * file-size limit such as {@code ulimit -f}) error is among the causes or suppressed.
     */
    static boolean causedBy(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (t != null) {
            todo.add(t);
        }
        while (!todo.isEmpty() && seen.size() < MAX_LINKS) {
            Throwable x = todo.poll();
            if (!seen.add(x)) {
                continue;
            }
            String m = x.getMessage();
            if (m != null) {
                String l = m.toLowerCase(Locale.ROOT);
                if (l.contains("no space left on device") || l.contains("disk quota exceeded") || l.contains("enospc")
                        || l.contains("file too large")) {
                    return true;
                }
            }
            if (x.getCause() != null) {
                todo.add(x.getCause());
            }
            Collections.addAll(todo, x.getSuppressed());
        }
        return false;
    }

    /**
     * The message for a command that ran out of space writing {@code store}: what happened, what
     * was kept, what to do.
     */
    static String message(String command, Path store, String kept) {
        return "no space left on device while writing the store " + store.toAbsolutePath().normalize() + " ("
                + command + " stopped; the disk is full, or a quota or file-size limit was reached). Kept: " + kept
                + ". Free space on that disk (or choose another store with --db), then run the same command again: "
                + "articles already stored are skipped as unchanged.";
    }
}
