package org.geokg.sys;

/** A failure at the config boundary. */
public class ConfigException extends GeoKgException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCode.INVALID_INPUT;
    }
}
