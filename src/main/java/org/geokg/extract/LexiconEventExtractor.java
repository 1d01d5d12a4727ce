package org.geokg.extract;

/** PLACEHOLDER until its owner lands the real implementation. */
public abstract class LexiconEventExtractor implements EventExtractor {
    public static LexiconEventExtractor create() {
        throw new UnsupportedOperationException("LexiconEventExtractor is not built yet");
    }
}
