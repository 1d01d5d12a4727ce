package org.geokg.kg.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the extractor produces for one article: schema {@code geokg-extraction/1}
 * (see EXTRACTION-FORMAT.md). Serialize with {@link ExtractionJson}.
 */
@JsonPropertyOrder({"schema", "article", "entities", "events", "claims", "quantities"})
public record ExtractionDocument(String schema, ArticleInfo article, List<Entity> entities, List<Event> events,
        List<Claim> claims, List<Quantity> quantities) {

    public ExtractionDocument {
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
        claims = claims == null ? List.of() : List.copyOf(claims);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
    }

    /** The entity with this ref, or null. */
    public Entity entity(String ref) {
        if (ref == null) {
            return null;
        }
        for (Entity e : entities) {
            if (ref.equals(e.ref())) {
                return e;
            }
        }
        return null;
    }
}
