package org.geokg.sys;

/**
 * A query stopped because it reached its time limit. A {@link StoreException} (exit 1): the
 * answer is missing or incomplete, so a command must never present what was written as a
 * whole answer.
 *
 * <pre>{@code
 * try {
 *     store.query(sparql, Map.of(), "csv", out, 5_000);
 * } catch (QueryTimeoutException e) {
 *     long limit = e.timeoutMillis();
 * }
 * }</pre>
 *
 * Immutable.
 */
public class QueryTimeoutException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final long timeoutMillis;

    public QueryTimeoutException(String message, long timeoutMillis, Throwable cause) {
        super(message, cause);
        this.timeoutMillis = timeoutMillis;
    }

    /** The limit the query reached, in milliseconds. */
    public long timeoutMillis() {
        return timeoutMillis;
    }
}
