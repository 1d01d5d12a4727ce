package org.geokg.sys;

/**
 * Root of every failure geokg reports. Subclasses name the boundary that failed
 * ({@link InputException}, {@link ConfigException}, {@link StoreException},
 * {@link ServerException}); the message says what failed, for which item, why
 * and what to do. The cause is always kept.
 */
public class GeoKgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GeoKgException(String message) {
        super(message);
    }

    public GeoKgException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exit code a command returns when this failure ends it. */
    public int exitCode() {
        return ExitCode.FAILED;
    }
}
