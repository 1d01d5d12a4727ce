package org.geokg.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over the whole store, as {@code geokg stats} prints them. Immutable and thread-safe.
 *
 * <pre>{@code
 * System.out.print(store.stats().toText());
 * }</pre>
 *
 * @param articles           number of article graphs
 * @param articlesByLanguage articles per language code ("und" when unknown)
 * @param entitiesByType     entities per type (local name of the rdf:type)
 * @param events             number of events (the sum of the articles' gkg:eventCount)
 * @param eventsByCameoRoot  events per CAMEO root ("03")
 * @param eventsByQuadClass  events per quad class (1..4)
 * @param claims             number of claims (the sum of the articles' gkg:claimCount)
 * @param quantities         number of quantities (the sum of gkg:quantityCount)
 * @param clusters           number of event clusters (events corroborated by 2 or more articles)
 * @param quads              number of quads in all graphs, or -1 when not counted (a full scan;
 *                           {@code geokg stats --quads})
 */
public record Stats(long articles, Map<String, Long> articlesByLanguage, Map<String, Long> entitiesByType,
        long events, Map<String, Long> eventsByCameoRoot, Map<String, Long> eventsByQuadClass, long claims, long quantities,
        long clusters, long quads) {

    public Stats {
        articlesByLanguage = Map.copyOf(articlesByLanguage);
        entitiesByType = Map.copyOf(entitiesByType);
        eventsByCameoRoot = Map.copyOf(eventsByCameoRoot);
        eventsByQuadClass = Map.copyOf(eventsByQuadClass);
    }

    /** Total number of entities. */
    public long entities() {
        return entitiesByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A plain-text report, one "name  value" line per count, sections sorted by key; the quads
     * line only when they were counted.
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        line(sb, "articles", articles);
        section(sb, "articles by language", articlesByLanguage);
        line(sb, "entities", entities());
        section(sb, "entities by type", entitiesByType);
        line(sb, "events", events());
        section(sb, "events by CAMEO root", eventsByCameoRoot);
        section(sb, "events by quad class", eventsByQuadClass);
        line(sb, "claims", claims);
        line(sb, "quantities", quantities);
        line(sb, "event clusters", clusters);
        if (quads >= 0) {
            line(sb, "quads", quads);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, long value) {
        sb.append(String.format("%-24s %d%n", name, value));
    }

    private static void section(StringBuilder sb, String title, Map<String, Long> counts) {
        for (Map.Entry<String, Long> e : new TreeMap<>(counts).entrySet()) {
            sb.append(String.format("  %-22s %d%n", title.substring(title.lastIndexOf(' ') + 1) + " " + e.getKey(),
                    e.getValue()));
        }
    }
}
