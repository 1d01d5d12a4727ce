package org.geokg.extract;

import java.util.List;

/** Finds quantities (troops, personnel, casualties, money...) and attaches them to actors and places. */
public interface QuantityExtractor {
    List<QuantityCandidate> find(PreparedText text, List<ActorMention> mentions);
}
