package org.geokg.sys;

/** Named process exit codes shared by every command. */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** The command failed (store, server, I/O). */
    public static final int FAILED = 1;
    /** Invalid input or configuration given by the user. */
    public static final int INVALID_INPUT = 2;
    /** The command finished, but some inputs were rejected (see the rejects file). */
    public static final int DONE_WITH_REJECTS = 3;
    /** A bug: an unexpected internal error. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
