package org.geokg.kg.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Who did what to whom, coded in CAMEO.
 *
 * @param cameo      CAMEO code as a string ("062": leading zeros matter)
 * @param plover     PLOVER event type or null
 * @param quad       CAMEO quad class 1..4
 * @param goldstein  Goldstein weight of the code, or null where the codebook has none
 * @param source     entity refs of the source actors
 * @param target     entity refs of the target actors
 * @param date       ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null
 * @param endDate    ISO end date or null
 * @param modality   asserted, intended, future, hypothetical, negated or historical
 * @param location   entity ref of the place or null
 * @param evidence   the sentence or clause, with offsets
 * @param confidence 0..1
 */
@JsonPropertyOrder({"ref", "cameo", "plover", "quad", "goldstein", "source", "target", "date", "endDate",
    "modality", "location", "evidence", "confidence"})
public record Event(String ref, String cameo, String plover, int quad, Double goldstein, List<String> source,
        List<String> target, String date, String endDate, String modality, String location, Evidence evidence,
        double confidence) {

    public Event {
        source = source == null ? List.of() : List.copyOf(source);
        target = target == null ? List.of() : List.copyOf(target);
    }
}
