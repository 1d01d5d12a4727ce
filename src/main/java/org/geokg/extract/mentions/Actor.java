package org.geokg.extract.mentions;

import org.geokg.kg.model.EntityType;

/**
 * An actor or place known to the extractor (from a gazetteer or a pattern). The
 * {@code key} is stable across articles ("country:PRK", "org:tass",
 * "person:PRK:sin hong-chol") so the same actor is one entity in an article and
 * one IRI across articles.
 *
 * @param key      stable identity key
 * @param type     Country, Person, Organization, Location, Region or Event
 * @param label    canonical label (English where known)
 * @param wikidata QID or null
 * @param country  ISO alpha-3 of the state it is or belongs to, or null
 * @param sector   CAMEO role code (GOV, MIL, MED, IGO, SPY, LEG, BUS...) or null
 * @param role     role in words or null
 */
public record Actor(String key, EntityType type, String label, String wikidata, String country, String sector,
        String role) {

    /** True for news media (CAMEO sector MED). */
    public boolean isOutlet() {
        return "MED".equals(sector);
    }
}
