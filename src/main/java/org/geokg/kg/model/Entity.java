package org.geokg.kg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An actor or place found in one article, with all its mentions.
 *
 * @param ref         document-local reference ("e1")
 * @param type        Country, Person, Organization, Location, Region or Event ({@link EntityType})
 * @param label       canonical label (English for states: "North Korea")
 * @param wikidata    QID or null
 * @param country     ISO 3166-1 alpha-3 (= CAMEO country code) of the state it is or belongs to, or null
 * @param sector      CAMEO role code (GOV, MIL, MED, IGO, ...) or null
 * @param role        role in words ("ambassador to Russia") or null
 * @param affiliation ref of the organization the person acts for, or null (not in the gold format)
 * @param mentions    every mention in the text, in text order
 */
@JsonPropertyOrder({"ref", "type", "label", "wikidata", "country", "sector", "role", "affiliation", "mentions"})
public record Entity(String ref, String type, String label, String wikidata, String country, String sector,
        String role, @JsonInclude(JsonInclude.Include.NON_NULL) String affiliation, List<Mention> mentions) {

    public Entity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
