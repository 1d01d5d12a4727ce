package org.geokg.sys;

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
 * the cause chain) and words the message the commands and the server give instead of a stack
 * trace.
 *
 * <pre>{@code
 * if (DiskFull.causedBy(e)) {
 *     throw new StoreException(DiskFull.message("ingest", db, "the 34 articles of the committed batches"), e);
 * }
 * }</pre>
 * Stateless; thread-safe.
 */
public final class DiskFull {
    private static final int MAX_LINKS = 64;

    private DiskFull() {
    }

    /**
     * True when a message tells of a full disk: "no space left on device", "disk quota exceeded",
     * "file too large" (a file-size limit such as {@code ulimit -f}), TDB2's "short write" (the
     * file system took only part of a block: it had no room for the rest), or the JVM's "a fault
     * occurred in a (recent) unsafe memory access operation" (a write into a memory-mapped store
     * file for which the file system had no page left: TDB2 in mapped mode, as {@code serve} runs).
     */
    public static boolean mentionedIn(String message) {
        if (message == null) {
            return false;
        }
        String l = message.toLowerCase(Locale.ROOT);
        return l.contains("no space left on device") || l.contains("disk quota exceeded") || l.contains("enospc")
                || l.contains("file too large") || l.contains("unsafe memory access operation")
                || l.contains("short write");
    }

    /**
     * True when a full-disk error ({@link #mentionedIn}) is among the causes or suppressed.
     */
    public static boolean causedBy(Throwable t) {
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
            if (mentionedIn(x.getMessage())) {
                return true;
            }
            if (x.getCause() != null) {
                todo.add(x.getCause());
            }
            Collections.addAll(todo, x.getSuppressed());
        }
        return false;
    }

    /** True when {@code t} already carries a message of this class (nothing to word again). */
    public static boolean worded(Throwable t) {
        return t instanceof GeoKgException && String.valueOf(t.getMessage()).startsWith("no space left on device");
    }

    /**
     * The message for a command that ran out of space writing {@code store}: what happened, what
     * was kept, what to do.
     */
    public static String message(String command, Path store, String kept) {
        return "no space left on device while writing the store " + store.toAbsolutePath().normalize() + " ("
                + command + " stopped; the disk is full, or a quota or file-size limit was reached). Kept: " + kept
                + ". Free space on that disk (or choose another store with --db), then run the same command again"
                + (command.equals("ingest") ? ": articles already stored are skipped as unchanged." : ".");
    }

    /**
     * The message for a store that could not be opened because its disk is full: opening writes
     * (the shared graphs, a journal replay, the lock file). Nothing was changed.
     */
    public static String openMessage(Path store) {
        return "no space left on device while opening the store " + store.toAbsolutePath().normalize()
                + " (the disk is full, or a quota or file-size limit was reached; nothing was changed). "
                + "Free space on that disk (or choose another store with --db), then run the command again.";
    }
}
