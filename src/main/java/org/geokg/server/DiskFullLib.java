package org.geokg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.geokg.sys.DiskFull;

/**
 * Answers a write that failed on a full disk with HTTP 507 Insufficient Storage and a message
 * naming the disk, instead of Fuseki's 400 "Parse error" (SPARQL Update parses and writes in one
 * pass, so a failed write surfaces as a parse error) or 500 with a JVM message (Graph Store
 * writes). The transaction is aborted; reads go on.
 *
 * <pre>{@code
 * DiskFullLib.guard(action, storeDir, () -> super.doPut(action));
 * }</pre>
 * Stateless; thread-safe.
 */
final class DiskFullLib {
    /** HTTP 507 Insufficient Storage (RFC 4918). */
    static final int INSUFFICIENT_STORAGE = 507;
    /** Free bytes under which a failed write is put down to the full disk. */
    static final long LOW_SPACE = 1 << 20;

    private DiskFullLib() {
    }

    /** Runs a write; a full-disk failure becomes a 507 answer, any other failure passes unchanged. */
    static void guard(HttpAction action, Path store, Runnable write) {
        try {
            write.run();
        } catch (ActionErrorException e) {
            // Fuseki words a failed write as text without its cause ("Parse error: ...", "FileAccessDirect")
            if (e.getRC() >= 400 && (DiskFull.mentionedIn(e.getMessage()) || DiskFull.causedBy(e) || nearlyFull(store))) {
                answer(action, store);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            if (DiskFull.causedBy(e)) {
                answer(action, store);
            }
            throw e;
        }
    }

    /**
     * True when the file system of the store has less than {@link #LOW_SPACE} bytes left: a write
     * that failed then failed for want of space (TDB2 grows its files by whole blocks).
     */
    static boolean nearlyFull(Path store) {
        try {
            return Files.getFileStore(store).getUsableSpace() < LOW_SPACE;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Aborts the action's transaction, if one is open, and throws the 507 answer. */
    private static void answer(HttpAction action, Path store) {
        try {
            action.abortSilent(); // a no-op when Fuseki has ended the transaction already
        } catch (RuntimeException | InternalError e) {
            // the write failed already; Fuseki ends the transaction after the request at the latest
        }
        ServletOps.error(INSUFFICIENT_STORAGE, message(store));
    }

    /** The body of the 507 answer. */
    static String message(Path store) {
        return "no space left on device: the disk of the store " + store.toAbsolutePath().normalize()
                + " is full (or a quota or file-size limit was reached). Nothing of this write was kept; "
                + "queries still work. Free space on that disk, then send the write again.";
    }
}
