package org.geokg.server;

import java.nio.file.Path;
import java.util.List;
import org.geokg.sys.ConfigException;

/**
 * Settings of {@link GeoKgServer}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ServerSettings s = ServerSettings.DEFAULT.withPort(0).withTimeoutMillis(5_000);
 * }</pre>
 *
 * @param host           interface to bind; default 127.0.0.1 (loopback only); "0.0.0.0" binds all
 * @param port           TCP port; default 3030; 0 picks any free port
 * @param update         true enables SPARQL Update and Graph Store writes behind HTTP Basic auth
 * @param passwordFile   required when {@code update}: lines {@code user:password} (blank lines and
 *                       {@code #} comments ignored; the password is everything after the first
 *                       colon), or a file whose only line is a password (no colon) for user
 *                       {@code admin}
 * @param timeoutMillis  time limit of one SPARQL query (default 30 000)
 * @param maxResults     cap on the rows (solutions) of one query (default 10 000); a query's
 *                       own smaller LIMIT is kept
 * @param maxQueryBytes  longest query text (default 1 000 000 bytes; longer: HTTP 413)
 * @param maxUpdateBytes largest request body of an update or Graph Store write (default
 *                       50 000 000 bytes; larger: HTTP 413)
 * @param maxConcurrent  requests to the dataset running at once (default: the number of cores,
 *                       at least 2)
 * @param maxQueued      requests waiting for a free slot (default 2 x maxConcurrent); beyond
 *                       that, or after waiting {@link #QUEUE_WAIT_MILLIS}, HTTP 503 with Retry-After
 * @param allowService   hosts a query's SERVICE may call (default none: SERVICE refused)
 * @param allowLoad      hosts an update's LOAD may fetch from over http(s) (default none)
 */
public record ServerSettings(String host, int port, boolean update, Path passwordFile, long timeoutMillis,
        long maxResults, long maxQueryBytes, long maxUpdateBytes, int maxConcurrent, int maxQueued,
        List<String> allowService, List<String> allowLoad) {

    /** How long a queued request waits for a free slot before it is answered 503. */
    public static final long QUEUE_WAIT_MILLIS = 10_000;
    /** Default {@link #maxQueryBytes}: 1 MB. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 1_000_000;
    /** Default {@link #maxUpdateBytes}: 50 MB. */
    public static final long DEFAULT_MAX_UPDATE_BYTES = 50_000_000;
    /** Default {@link #maxConcurrent}: the number of cores, at least 2. */
    public static final int DEFAULT_MAX_CONCURRENT = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** 127.0.0.1:3030, read-only, 30 s timeout, 10 000 results and the default limits. */
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
        if (maxQueryBytes <= 0) {
            throw new ConfigException("maximum query size must be positive, got " + maxQueryBytes + " bytes");
        }
        if (maxUpdateBytes <= 0) {
            throw new ConfigException("maximum update size must be positive, got " + maxUpdateBytes + " bytes");
        }
        if (maxConcurrent <= 0) {
            throw new ConfigException("maximum concurrent queries must be positive, got " + maxConcurrent);
        }
        if (maxQueued < 0) {
            throw new ConfigException("maximum queued queries must be 0 or more, got " + maxQueued);
        }
        if (update && passwordFile == null) {
            throw new ConfigException("updates need a password file (--password-file) so that only "
                    + "known users can change the store");
        }
        allowService = allowService == null ? List.of() : List.copyOf(allowService);
        allowLoad = allowLoad == null ? List.of() : List.copyOf(allowLoad);
    }

    /** The settings with the default limits and no SERVICE or LOAD hosts. */
    public ServerSettings(String host, int port, boolean update, Path passwordFile, long timeoutMillis,
            long maxResults) {
        this(host, port, update, passwordFile, timeoutMillis, maxResults, DEFAULT_MAX_QUERY_BYTES,
                DEFAULT_MAX_UPDATE_BYTES, DEFAULT_MAX_CONCURRENT, 2 * DEFAULT_MAX_CONCURRENT, List.of(), List.of());
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, update, passwordFile, timeoutMillis, maxResults, maxQueryBytes,
                maxUpdateBytes, maxConcurrent, maxQueued, allowService, allowLoad);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, update, passwordFile, timeoutMillis, maxResults, maxQueryBytes,
                maxUpdateBytes, maxConcurrent, maxQueued, allowService, allowLoad);
    }

    /** Enables updates, authenticated with the users of {@code file}. */
    public ServerSettings withUpdate(Path file) {
        return new ServerSettings(host, port, true, file, timeoutMillis, maxResults, maxQueryBytes,
                maxUpdateBytes, maxConcurrent, maxQueued, allowService, allowLoad);
    }

    public ServerSettings withTimeoutMillis(long millis) {
        return new ServerSettings(host, port, update, passwordFile, millis, maxResults, maxQueryBytes,
                maxUpdateBytes, maxConcurrent, maxQueued, allowService, allowLoad);
    }

    public ServerSettings withMaxResults(long max) {
        return new ServerSettings(host, port, update, passwordFile, timeoutMillis, max, maxQueryBytes,
                maxUpdateBytes, maxConcurrent, maxQueued, allowService, allowLoad);
    }

    /** Caps query text at {@code queryBytes} and update and Graph Store write bodies at {@code updateBytes}. */
    public ServerSettings withMaxBytes(long queryBytes, long updateBytes) {
        return new ServerSettings(host, port, update, passwordFile, timeoutMillis, maxResults, queryBytes,
                updateBytes, maxConcurrent, maxQueued, allowService, allowLoad);
    }

    /** At most {@code running} requests to the dataset at once and {@code queued} waiting. */
    public ServerSettings withConcurrency(int running, int queued) {
        return new ServerSettings(host, port, update, passwordFile, timeoutMillis, maxResults, maxQueryBytes,
                maxUpdateBytes, running, queued, allowService, allowLoad);
    }

    /** The hosts SERVICE may call. */
    public ServerSettings withAllowService(List<String> hosts) {
        return new ServerSettings(host, port, update, passwordFile, timeoutMillis, maxResults, maxQueryBytes,
                maxUpdateBytes, maxConcurrent, maxQueued, hosts, allowLoad);
    }

    /** The hosts LOAD may fetch from. */
    public ServerSettings withAllowLoad(List<String> hosts) {
        return new ServerSettings(host, port, update, passwordFile, timeoutMillis, maxResults, maxQueryBytes,
                maxUpdateBytes, maxConcurrent, maxQueued, allowService, hosts);
    }
}
