package org.geokg.store;

import org.geokg.sys.ConfigException;

/**
 * Settings of an opened {@link GeoKgStore}. Immutable and thread-safe.
 *
 * <pre>{@code
 * GeoKgStore store = GeoKgStore.open(dir, StoreSettings.DEFAULT.withQueryTimeoutMillis(5_000));
 * }</pre>
 *
 * @param queryTimeoutMillis  overall time limit of one {@link GeoKgStore#query} call (default 30 s)
 * @param clusterWindowDays   events up to this many days apart can corroborate each other (default 7)
 */
public record StoreSettings(long queryTimeoutMillis, int clusterWindowDays) {
    /** 30 s query timeout, 7 day corroboration window. */
    public static final StoreSettings DEFAULT = new StoreSettings(30_000, 7);

    public StoreSettings {
        if (queryTimeoutMillis <= 0) {
            throw new ConfigException("query timeout must be positive, got " + queryTimeoutMillis + " ms");
        }
        if (clusterWindowDays < 0) {
            throw new ConfigException("corroboration window must be 0 days or more, got " + clusterWindowDays);
        }
    }

    public StoreSettings withQueryTimeoutMillis(long millis) {
        return new StoreSettings(millis, clusterWindowDays);
    }

    public StoreSettings withClusterWindowDays(int days) {
        return new StoreSettings(queryTimeoutMillis, days);
    }
}
