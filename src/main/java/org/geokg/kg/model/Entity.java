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

    /** A builder with every component unset (null, 0 or false). */
    public static Builder create() {
        return new Builder();
    }

    /** A builder holding this record's components, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return create().ref(ref).type(type).label(label).wikidata(wikidata).country(country).sector(sector)
                .role(role).affiliation(affiliation).mentions(mentions);
    }

    /** Builds {@link Entity}s by component name instead of by position. Not thread-safe. */
    public static final class Builder {
        private String ref;
        private String type;
        private String label;
        private String wikidata;
        private String country;
        private String sector;
        private String role;
        private String affiliation;
        private List<Mention> mentions;

        private Builder() {
        }

        public Builder ref(String ref) {
            this.ref = ref;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder wikidata(String wikidata) {
            this.wikidata = wikidata;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder sector(String sector) {
            this.sector = sector;
            return this;
        }

        public Builder role(String role) {
            this.role = role;
            return this;
        }

        public Builder affiliation(String affiliation) {
            this.affiliation = affiliation;
            return this;
        }

        public Builder mentions(List<Mention> mentions) {
            this.mentions = mentions;
            return this;
        }

        public Entity build() {
            return new Entity(ref, type, label, wikidata, country, sector, role, affiliation, mentions);
        }
    }
}
