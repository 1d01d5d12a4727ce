package org.geokg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Language identification with the bundled OpenNLP langdetect model (103 languages), made
 * dependable on short texts and on Indonesian versus Malay with two lexicons per language:
 * {@code data/lexicons/<lang>/function-words.txt} (frequent function words) and, for the
 * Indonesian/Malay pair, {@code data/lexicons/<lang>/variety-markers.tsv} (whose single words
 * also count as function words).
 *
 * <p>Decision: when the model is confident its answer stands; otherwise the bundled language
 * with most function words wins if the model does not strongly disagree; otherwise a model
 * answer clearly ahead of the rest; otherwise {@code "und"}. An answer of Indonesian or Malay
 * is then settled by a weighted vote of variety markers (the model's order breaks a tie).
 *
 * <pre>{@code
 * LanguageIdentifier ids = OpenNlpLanguageIdentifier.create();
 * ids.identify("Kerajaan memaklumkan bahawa lawatan itu ditangguhkan.");   // "ms"
 * }</pre>
 *
 * <p>Immutable and thread-safe (the model runs in OpenNLP's thread-safe wrapper); the model
 * and lexicons are loaded once per JVM.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {
    /** Below this many letters a text is "und". */
    static final int MIN_LETTERS = 3;
    /** Only this many chars are looked at: enough for any article, bounded cost. */
    static final int MAX_CHARS = 20_000;
    private static final double CONFIDENT = 0.3;
    private static final double CONFIDENT_RATIO = 1.5;
    private static final double WEAK_MIN = 0.02;
    private static final double WEAK_RATIO = 1.3;

    private static final class Holder {
        static final OpenNlpLanguageIdentifier INSTANCE = new OpenNlpLanguageIdentifier();
    }

    private final ThreadSafeLanguageDetectorME detector;
    private final Map<String, Set<String>> functionWords;
    private final Map<String, List<Marker>> markers;

    private record Marker(String[] tokens, int weight) {
    }

    private OpenNlpLanguageIdentifier() {
        this.detector = new ThreadSafeLanguageDetectorME(OpenNlpModels.languageDetector());
        Map<String, Set<String>> fw = new HashMap<>();
        for (String lang : DataLib.lines("data/lexicons/und/lexicon-languages.txt")) {
            String code = lang.strip();
            Set<String> words = new HashSet<>();
            for (String w : DataLib.lines("data/lexicons/" + code + "/function-words.txt")) {
                words.add(w.strip().toLowerCase(Locale.ROOT));
            }
            fw.put(code, Set.copyOf(words));
        }
        this.markers = Map.of("id", loadMarkers("id"), "ms", loadMarkers("ms"));
        for (Map.Entry<String, List<Marker>> e : markers.entrySet()) {
            // single-word variety markers are evidence for the language too
            Set<String> words = new HashSet<>(fw.getOrDefault(e.getKey(), Set.of()));
            for (Marker m : e.getValue()) {
                if (m.tokens().length == 1) {
                    words.add(m.tokens()[0]);
                }
            }
            fw.put(e.getKey(), Set.copyOf(words));
        }
        this.functionWords = Map.copyOf(fw);
    }

    /** The shared identifier (model loaded on first call). */
    public static OpenNlpLanguageIdentifier create() {
        return Holder.INSTANCE;
    }

    private static List<Marker> loadMarkers(String lang) {
        String path = "data/lexicons/" + lang + "/variety-markers.tsv";
        List<Marker> out = new ArrayList<>();
        for (String[] row : DataLib.tsv(path, false)) {
            if (row.length < 2) {
                throw new ConfigException("bad row in " + path + ": expected marker<TAB>weight, got '"
                        + String.join("\t", row) + "'");
            }
            try {
                out.add(new Marker(words(row[0]).toArray(new String[0]), Integer.parseInt(row[1].strip())));
            } catch (NumberFormatException e) {
                throw new ConfigException("bad weight '" + row[1] + "' in " + path + " for marker '" + row[0] + "'", e);
            }
        }
        return List.copyOf(out);
    }

    /** Lowercase letter runs of the text (apostrophes and digits split words). */
    static List<String> words(CharSequence text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i))
                    == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > s) {
                out.add(text.subSequence(s, i).toString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    @Override
    public String identify(CharSequence input) {
        if (input == null) {
            return LanguageCodes.UND;
        }
        CharSequence text = input.length() > MAX_CHARS ? input.subSequence(0, MAX_CHARS) : input;
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return LanguageCodes.UND;
        }
        List<String> words = words(text);
        Language[] ranked = detector.predictLanguages(text);
        if (ranked.length == 0) {
            return LanguageCodes.UND;
        }
        Map<String, Double> prob = new HashMap<>();
        for (Language l : ranked) {
            prob.merge(LanguageCodes.fromIso3(l.getLang()), l.getConfidence(), Math::max);
        }
        String top = LanguageCodes.fromIso3(ranked[0].getLang());
        double c0 = ranked[0].getConfidence();
        double c1 = ranked.length > 1 ? ranked[1].getConfidence() : 0.0;
        String lang;
        if (c0 >= CONFIDENT && c0 >= CONFIDENT_RATIO * c1) {
            lang = top;
        } else {
            String lexical = lexicalChoice(words, prob);
            if (lexical != null && familyProb(lexical, prob) * 2 >= c0) {
                lang = lexical;
            } else if (c0 >= WEAK_MIN && c0 >= WEAK_RATIO * c1 && words.size() >= 2) {
                lang = top;
            } else {
                lang = LanguageCodes.UND;
            }
        }
        if (lang.equals("id") || lang.equals("ms")) {
            lang = indonesianOrMalay(words, prob);
        }
        return lang;
    }

    /** Model probability of a language, Indonesian and Malay counted as one family. */
    private static double familyProb(String lang, Map<String, Double> prob) {
        if (lang.equals("id") || lang.equals("ms")) {
            return Math.max(prob.getOrDefault("id", 0.0), prob.getOrDefault("ms", 0.0));
        }
        return prob.getOrDefault(lang, 0.0);
    }

    /**
     * The bundled language whose function words cover most tokens (at least one hit and an eighth
     * of the tokens, clearly ahead of the next), or null. Indonesian and Malay count as one.
     */
    private String lexicalChoice(List<String> words, Map<String, Double> prob) {
        if (words.isEmpty()) {
            return null;
        }
        Map<String, Integer> hits = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : functionWords.entrySet()) {
            String key = e.getKey().equals("ms") ? "id" : e.getKey();
            int h = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    h++;
                }
            }
            hits.merge(key, h, Math::max);
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            int h = e.getValue();
            if (h > bestHits || h == bestHits && best != null && familyProb(e.getKey(), prob) > familyProb(best, prob)) {
                second = Math.max(second, bestHits);
                best = e.getKey();
                bestHits = h;
            } else {
                second = Math.max(second, h);
            }
        }
        if (best == null || bestHits == 0 || bestHits * 8 < words.size()) {
            return null;
        }
        if (bestHits == second && familyProb(best, prob) <= 0.0) {
            return null;
        }
        return best;
    }

    /** Weighted vote of variety markers; the model's order breaks a tie. */
    private String indonesianOrMalay(List<String> words, Map<String, Double> prob) {
        int id = vote(words, markers.get("id"));
        int ms = vote(words, markers.get("ms"));
        if (id != ms) {
            return id > ms ? "id" : "ms";
        }
        return prob.getOrDefault("ms", 0.0) > prob.getOrDefault("id", 0.0) ? "ms" : "id";
    }

    private static int vote(List<String> words, List<Marker> list) {
        int score = 0;
        for (int i = 0; i < words.size(); i++) {
            for (Marker m : list) {
                String[] t = m.tokens();
                if (i + t.length > words.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < t.length && match; k++) {
                    match = words.get(i + k).equals(t[k]);
                }
                if (match) {
                    score += m.weight();
                }
            }
        }
        return score;
    }
}
