package org.geokg.extract.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One article as the scorer sees it, gold or predicted: what was found, with the gold-only
 * fields ({@code optional}, {@code cameoAlt}, {@code aliases}) and snippets located in the text.
 * Built by {@link GoldLoader}; immutable.
 *
 * @param file     the article file name (the key between gold and predictions)
 * @param language ISO 639-1 code or null
 * @param text     the article text or null when unknown
 * @param entities entities by ref, in document order
 */
public record EvalDocument(String file, String language, String text, Map<String, Entity> entities,
        List<Event> events, List<Claim> claims, List<Quantity> quantities) {

    public EvalDocument {
        entities = Map.copyOf(entities);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        quantities = List.copyOf(quantities);
    }

    /** The entity with this ref, or null. */
    public Entity entity(String ref) {
        return ref == null ? null : entities.get(ref);
    }

    /** A span of the text; {@code start < 0} when the snippet was not found in the text. */
    public record Span(String text, int start, int end) {
        public boolean located() {
            return start >= 0;
        }

        public int overlap(Span o) {
            if (o == null || !located() || !o.located()) {
                return 0;
            }
            return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
        }
    }

    /** An entity; {@code mention} is its first mention (or a located label or alias), or null. */
    public record Entity(String ref, String type, String label, String wikidata, String country,
            List<String> aliases, Span mention, boolean optional) {
        public Entity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public record Event(String ref, String cameo, List<String> cameoAlt, List<String> source, List<String> target,
            String date, String modality, Span evidence, boolean optional) {
        public Event {
            cameoAlt = cameoAlt == null ? List.of() : List.copyOf(cameoAlt);
            source = source == null ? List.of() : List.copyOf(source);
            target = target == null ? List.of() : List.copyOf(target);
        }
    }

    public record Claim(String ref, String speaker, Span span, boolean optional) {
    }

    public record Quantity(BigDecimal value, String unit, String about, Span span, boolean optional) {
    }
}
