package org.geokg.extract;

/** PLACEHOLDER until its owner lands the real implementation. */
public abstract class ProximityQuantityExtractor implements QuantityExtractor {
    public static ProximityQuantityExtractor create() {
        throw new UnsupportedOperationException("ProximityQuantityExtractor is not built yet");
    }
}
