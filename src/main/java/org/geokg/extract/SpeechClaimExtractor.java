package org.geokg.extract;

/** PLACEHOLDER until its owner lands the real implementation. */
public abstract class SpeechClaimExtractor implements ClaimExtractor {
    public static SpeechClaimExtractor create() {
        throw new UnsupportedOperationException("SpeechClaimExtractor is not built yet");
    }
}
