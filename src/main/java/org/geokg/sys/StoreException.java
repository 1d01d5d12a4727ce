package org.geokg.sys;

/** A failure at the store boundary. */
public class StoreException extends GeoKgException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCode.FAILED;
    }
}
