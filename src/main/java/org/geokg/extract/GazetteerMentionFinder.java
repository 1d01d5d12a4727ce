package org.geokg.extract;

/** PLACEHOLDER until its owner lands the real implementation. */
public abstract class GazetteerMentionFinder implements MentionFinder {
    public static GazetteerMentionFinder create() {
        throw new UnsupportedOperationException("GazetteerMentionFinder is not built yet");
    }
}
