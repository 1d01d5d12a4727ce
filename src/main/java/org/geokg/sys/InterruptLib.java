package org.geokg.sys;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation for long work on one thread: a caller whose time budget ran out
 * interrupts the thread, and the work stops at its next check.
 *
 * <pre>{@code
 * for (TextSpan s : sentences) {
 *     InterruptLib.stopIfInterrupted();
 *     ...
 * }
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class InterruptLib {
    private InterruptLib() {
    }

    /**
     * Stops the work of a thread that was interrupted.
     *
     * @throws CancellationException when the current thread was interrupted (the flag is cleared)
     */
    public static void stopIfInterrupted() {
        if (Thread.interrupted()) {
            throw new CancellationException("extraction interrupted");
        }
    }
}
