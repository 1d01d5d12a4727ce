package org.geokg.server;

import java.nio.file.Path;
import org.geokg.sys.ConfigException;

/**
 * Settings of {@link GeoKgServer}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ServerSettings s = ServerSettings.DEFAULT.withPort(0).withTimeoutMillis(5_000);
 * }</pre>
 *
 * @param host          interface to bind; default 127.0.0.1 (loopback only); "0.0.0.0" binds all
 * @param port          TCP port; default 3030; 0 picks any free port
 * @param update        true enables SPARQL Update and Graph Store writes behind HTTP Basic auth
 * @param passwordFile  required when {@code update}: lines {@code user:password} (blank lines and
 *                      {@code #} comments ignored; the password is everything after the first
 *                      colon), or a file whose only line is a password (no colon) for user
 *                      {@code admin}
 * @param timeoutMillis time limit of one SPARQL query (default 30 000)
 * @param maxResults    cap on the rows (solutions) of one query (default 10 000); a query's
 *                      own smaller LIMIT is kept
 */
public record ServerSettings(String host, int port, boolean update, Path passwordFile, long timeoutMillis,
        long maxResults) {

    /** 127.0.0.1:3030, read-only, 30 s timeout, 10 000 results. */
    public static final ServerSettings DEFAULT = new ServerSettings("127.0.0.1", 3030, false, null, 30_000, 10_000);

    public ServerSettings {
        if (host == null || host.isBlank()) {
            host = "127.0.0.1";
        }
        if (port < 0 || port > 65535) {
            throw new ConfigException("port must be 0..65535, got " + port);
        }
        if (timeoutMillis <= 0) {
            throw new ConfigException("query timeout must be positive, got " + timeoutMillis + " ms");
        }
        if (maxResults <= 0) {
            throw new ConfigException("maximum results must be positive, got " + maxResults);
        }
        if (update && passwordFile == null) {
            throw new ConfigException("updates need a password file (--password-file) so that only "
                    + "known users can change the store");
        }
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, update, passwordFile, timeoutMillis, maxResults);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, update, passwordFile, timeoutMillis, maxResults);
    }

    /** Enables updates, authenticated with the users of {@code file}. */
    public ServerSettings withUpdate(Path file) {
        return new ServerSettings(host, port, true, file, timeoutMillis, maxResults);
    }

    public ServerSettings withTimeoutMillis(long millis) {
        return new ServerSettings(host, port, update, passwordFile, millis, maxResults);
    }

    public ServerSettings withMaxResults(long max) {
        return new ServerSettings(host, port, update, passwordFile, timeoutMillis, max);
    }
}
