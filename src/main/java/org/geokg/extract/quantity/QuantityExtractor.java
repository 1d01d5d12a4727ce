package org.geokg.extract.quantity;

import java.util.List;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;

/** Finds quantities (troops, personnel, casualties, money...) and attaches them to actors and places. */
public interface QuantityExtractor {
    List<QuantityCandidate> find(PreparedText text, List<ActorMention> mentions);
}
