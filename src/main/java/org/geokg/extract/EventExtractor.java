package org.geokg.extract;

import java.util.List;

/** Finds CAMEO-coded events with their actors, dates and modality, sentence by sentence. */
public interface EventExtractor {
    List<EventCandidate> find(PreparedText text, List<ActorMention> mentions, List<DateMention> dates);
}
