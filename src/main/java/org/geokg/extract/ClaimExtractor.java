package org.geokg.extract;

import java.util.List;

/** Finds reported and direct speech with its speaker, in each language. */
public interface ClaimExtractor {
    List<ClaimCandidate> find(PreparedText text, List<ActorMention> mentions, List<EventCandidate> events,
            List<DateMention> dates);
}
