package org.geokg.extract.events;

import java.util.List;
import org.geokg.extract.mentions.Actor;
import org.geokg.kg.model.Modality;

/**
 * An event found in one sentence, before refs are assigned.
 *
 * @param cameo      CAMEO code (string, leading zeros kept)
 * @param source     source actors (taken from the same clause or sentence as the trigger)
 * @param target     target actors
 * @param date       ISO date or null
 * @param endDate    ISO end date or null
 * @param modality   modality
 * @param location   place actor or null
 * @param start      start of the evidence span (the clause or sentence)
 * @param end        end of the evidence span
 * @param trigger    start offset of the trigger word
 * @param confidence 0..1
 */
public record EventCandidate(String cameo, List<Actor> source, List<Actor> target, String date, String endDate,
        Modality modality, Actor location, int start, int end, int trigger, double confidence) {

    public EventCandidate {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
