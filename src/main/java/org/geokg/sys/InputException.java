package org.geokg.sys;

/** A failure at the input boundary. */
public class InputException extends GeoKgException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCode.INVALID_INPUT;
    }
}
