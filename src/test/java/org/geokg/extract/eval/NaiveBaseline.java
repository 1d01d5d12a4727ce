package org.geokg.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.extract.Extractor;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ArticleInfo;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.Evidence;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.Mention;

/**
 * The floor: country names from a small list, and for every pair of countries in a sentence
 * one CAMEO 010 event (first mentioned as source). No claims, no quantities. Thread-safe.
 */
final class NaiveBaseline implements Extractor {
    private record Country(String iso3, String qid, String label) {
    }

    private final Map<String, Country> byName = new LinkedHashMap<>();
    private final Pattern names;

    NaiveBaseline() {
        try (InputStream in = NaiveBaseline.class.getResourceAsStream("naive-country-names.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                Country country = new Country(c[0], c[1], c[2]);
                for (String n : c[3].split("\\|")) {
                    byName.putIfAbsent(n.strip(), country);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> keys = new ArrayList<>(byName.keySet());
        keys.sort((a, b) -> b.length() - a.length());
        StringBuilder alt = new StringBuilder();
        for (String k : keys) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(k));
        }
        names = Pattern.compile("(?<![\\p{L}\\p{N}])(" + alt + ")(?![\\p{L}\\p{N}])");
    }

    @Override
    public ExtractionDocument extract(Article article) {
        String text = article.text();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Country> countries = new LinkedHashMap<>();
        List<int[]> found = new ArrayList<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            Country c = byName.get(m.group(1));
            countries.putIfAbsent(c.iso3(), c);
            mentions.computeIfAbsent(c.iso3(), k -> new ArrayList<>()).add(new Mention(m.group(1), m.start(), m.end()));
            found.add(new int[] {m.start(), m.end()});
        }
        Map<String, String> refs = new LinkedHashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (Country c : countries.values()) {
            String ref = "e" + (refs.size() + 1);
            refs.put(c.iso3(), ref);
            entities.add(new Entity(ref, "Country", c.label(), c.qid(), c.iso3(), null, null, null,
                    mentions.get(c.iso3())));
        }
        List<Event> events = new ArrayList<>();
        Matcher s = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)").matcher(text);
        while (s.find()) {
            List<String> inSentence = new ArrayList<>();
            Matcher n = names.matcher(text).region(s.start(), s.end());
            while (n.find()) {
                String iso = byName.get(n.group(1)).iso3();
                if (!inSentence.contains(iso)) {
                    inSentence.add(iso);
                }
            }
            for (int i = 0; i < inSentence.size(); i++) {
                for (int j = i + 1; j < inSentence.size(); j++) {
                    events.add(new Event("v" + (events.size() + 1), "010", null, 1, 0.0,
                            List.of(refs.get(inSentence.get(i))), List.of(refs.get(inSentence.get(j))), null, null,
                            "asserted", null, new Evidence(s.group(), s.start(), s.end()), 0.1));
                }
            }
        }
        ArticleInfo info = new ArticleInfo(article.id(), article.file(), null, null, null, null, null, null);
        return new ExtractionDocument("geokg-extraction/1", info, entities, events, List.of(), List.of());
    }
}
