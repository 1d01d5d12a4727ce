package org.geokg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores found actors against a gold extraction document's entities with the matching rules of
 * docs/EXTRACTION-FORMAT.md: same wikidata; Country by country code; same type and label (or a
 * gold alias) by tokens after lowercasing and removing diacritics and hyphens, persons by equal
 * last-name token with no conflicting other tokens. One-to-one, greedy. Optional gold entities
 * neither count as misses nor make a match a false alarm; predicted types other than Country,
 * Person and Organization count only when they match required gold.
 */
final class EntityScorer {
    static final Set<String> CORE = Set.of("Country", "Person", "Organization");

    record Score(int tp, int fp, int fn, List<String> falseAlarms, List<String> misses) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private EntityScorer() {
    }

    static Map<String, Actor> actors(List<ActorMention> mentions) {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            out.putIfAbsent(m.actor().key(), m.actor());
        }
        return out;
    }

    static Score score(Iterable<Actor> predicted, JsonNode goldEntities) {
        List<JsonNode> gold = new ArrayList<>();
        goldEntities.forEach(gold::add);
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        int fp = 0;
        List<String> alarms = new ArrayList<>();
        for (Actor a : predicted) {
            int hit = -1;
            for (int g = 0; g < gold.size() && hit < 0; g++) {
                if (!used[g] && matches(a, gold.get(g))) {
                    hit = g;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                if (!gold.get(hit).path("optional").asBoolean(false)) {
                    tp++;
                }
            } else if (CORE.contains(a.type())) {
                fp++;
                alarms.add(a.type() + ":" + a.label() + "(" + a.key() + ")");
            }
        }
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!used[g] && !gold.get(g).path("optional").asBoolean(false)) {
                fn++;
                misses.add(gold.get(g).path("type").asText() + ":" + gold.get(g).path("label").asText());
            }
        }
        return new Score(tp, fp, fn, alarms, misses);
    }

    static boolean matches(Actor a, JsonNode g) {
        String gw = text(g, "wikidata");
        if (gw != null && gw.equals(a.wikidata())) {
            return true;
        }
        String type = g.path("type").asText();
        if (!type.equals(a.type())) {
            return false;
        }
        if (type.equals("Country")) {
            return a.country() != null && a.country().equals(text(g, "country"));
        }
        List<String> names = new ArrayList<>();
        names.add(g.path("label").asText());
        g.path("aliases").forEach(n -> names.add(n.asText()));
        List<String> mine = tokens(a.label());
        for (String n : names) {
            List<String> theirs = tokens(n);
            if (type.equals("Person") ? samePerson(mine, theirs) : mine.equals(theirs)) {
                return true;
            }
        }
        return false;
    }

    /** Lowercased tokens without diacritics; hyphens removed ("Kim Jong-un" gives kim, jongun). */
    static List<String> tokens(String label) {
        String s = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        List<String> out = new ArrayList<>();
        for (String t : s.split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean samePerson(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty() || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        List<String> x = a.subList(0, a.size() - 1);
        List<String> y = b.subList(0, b.size() - 1);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        for (String w : shorter) {
            boolean ok = false;
            for (String u : longer) {
                ok |= w.equals(u) || w.length() == 1 && u.startsWith(w) || u.length() == 1 && w.startsWith(u);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
