package org.geokg.extract.claims;

import java.util.List;
import org.geokg.extract.events.EventCandidate;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.extract.time.DateMention;

/** Finds reported and direct speech with its speaker, in each language. */
public interface ClaimExtractor {
    List<ClaimCandidate> find(PreparedText text, List<ActorMention> mentions, List<EventCandidate> events,
            List<DateMention> dates);
}
