package org.geokg.extract.events;

import java.util.List;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.extract.time.DateMention;

/** Finds CAMEO-coded events with their actors, dates and modality, sentence by sentence. */
public interface EventExtractor {
    List<EventCandidate> find(PreparedText text, List<ActorMention> mentions, List<DateMention> dates);
}
