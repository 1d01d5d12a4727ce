package org.geokg.extract;

/** PLACEHOLDER until its owner lands the real implementation. */
public abstract class RuleDateFinder implements DateFinder {
    public static RuleDateFinder create() {
        throw new UnsupportedOperationException("RuleDateFinder is not built yet");
    }
}
