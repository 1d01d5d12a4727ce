package org.geokg.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;
import org.tartarus.snowball.SnowballStemmer;

/**
 * {@link Stemmer} backed by Apache Lucene's analyzers: {@link IndonesianStemmer} (Asian and
 * Tala's algorithm) for Indonesian and Malay, the Snowball stemmers for English (Porter2),
 * French, Spanish and German. Which one a language uses is data: the {@code stemmer} row of
 * {@code data/lexicons/<lang>/language.tsv} ({@code indonesian}, {@code snowball:English},
 * {@code snowball:Dutch}: any stemmer of Lucene's {@code org.tartarus.snowball.ext}, or
 * {@code none}). A language without the row or the file gets {@link Stemmer#NONE}.
 *
 * <pre>{@code
 * Stemmer de = LuceneStemmer.forLanguage("de");
 * de.stem("erklärte").equals(de.stem("erklärt")); // true
 * }</pre>
 *
 * <p>What the algorithms do not do, and the lexicons must therefore spell out: irregular forms
 * (en "said", es "dijo", de "traf"), the German {@code ge-} participle and the {@code -t/-te} of
 * weak verbs ("sagte" stems to {@code sagt}, "sagen" to {@code sag}), the French present plural
 * {@code -ent} ("déclarent"), the Indonesian nasal that swallows a stem's first k, p, t
 * ("mengecam" roots to {@code ecam}, not {@code kecam}). Snowball also strips some derivational
 * suffixes (en "declaration" and "declared" share {@code declar}).
 *
 * <p>One instance per language, built on first use and shared. Thread-safe: Lucene's stemmer
 * objects keep state while they work, so each thread gets its own (a {@link ThreadLocal}); the
 * stems are memoized in a bounded concurrent cache, so a word is stemmed once, not once per
 * lexicon pattern.
 */
public final class LuceneStemmer implements Stemmer {
    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, Stemmer> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String lang;
    private final ThreadLocal<SnowballStemmer> snowball;
    private final ThreadLocal<IndonesianStemmer> indonesian;
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    private final Map<String, String> roots = new ConcurrentHashMap<>();

    private LuceneStemmer(String lang, Supplier<SnowballStemmer> snowball, boolean indonesian) {
        this.lang = lang;
        this.snowball = snowball == null ? null : ThreadLocal.withInitial(snowball);
        this.indonesian = indonesian ? ThreadLocal.withInitial(IndonesianStemmer::new) : null;
    }

    /**
     * The stemmer of a language (ISO 639-1: id, ms, en, fr, es, de; region suffixes and case are
     * ignored), or {@link Stemmer#NONE} when Lucene has none we use for it.
     */
    public static Stemmer forLanguage(String lang) {
        String l = lang == null ? "" : LanguageCodes.normalize(lang);
        return BY_LANGUAGE.computeIfAbsent(l, LuceneStemmer::build);
    }

    private static Stemmer build(String lang) {
        String path = "data/lexicons/" + lang + "/language.tsv";
        if (!lang.matches("[a-z]{2,3}") || !DataLib.exists(path)) {
            return Stemmer.NONE;
        }
        for (DataLib.Line line : DataLib.numberedLines(path)) {
            String[] c = line.columns();
            if (c.length >= 2 && c[0].strip().equals("stemmer")) {
                return algorithm(lang, c[1].strip(), path + " line " + line.number());
            }
        }
        return Stemmer.NONE;
    }

    /**
     * The stemmer an algorithm name gives: {@code indonesian}, {@code snowball:NAME} (Lucene's
     * {@code org.tartarus.snowball.ext.NAMEStemmer}) or {@code none}; anything else is a
     * {@link ConfigException} naming {@code where}.
     */
    public static Stemmer algorithm(String lang, String algorithm, String where) {
        if (algorithm.equals("none")) {
            return Stemmer.NONE;
        }
        if (algorithm.equals("indonesian")) {
            return new LuceneStemmer(lang, null, true);
        }
        String name = algorithm.startsWith("snowball:") ? algorithm.substring("snowball:".length()) : "";
        if (name.matches("[A-Z][a-z]+")) {
            try {
                Class<? extends SnowballStemmer> c = Class.forName("org.tartarus.snowball.ext." + name + "Stemmer")
                        .asSubclass(SnowballStemmer.class);
                c.getDeclaredConstructor().newInstance();
                return new LuceneStemmer(lang, () -> {
                    try {
                        return c.getDeclaredConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }, false);
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new ConfigException(where + ": Lucene has no Snowball stemmer '" + name
                        + "' (org.tartarus.snowball.ext." + name + "Stemmer)", e);
            }
        }
        throw new ConfigException(where + ": stemmer must be indonesian, snowball:NAME (English, Dutch...) or none, got '"
                + algorithm + "'");
    }

    @Override
    public String stem(String word) {
        return cached(stems, word, false);
    }

    @Override
    public String root(String word) {
        return indonesian == null ? stem(word) : cached(roots, word, true);
    }

    private String cached(Map<String, String> cache, String word, boolean derivational) {
        String known = cache.get(word);
        if (known != null) {
            return known;
        }
        String computed = compute(word, derivational);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, computed);
        return computed;
    }

    private String compute(String word, boolean derivational) {
        if (word.isEmpty()) {
            return word;
        }
        if (indonesian != null) {
            char[] buf = word.toCharArray();
            int n = indonesian.get().stem(buf, buf.length, derivational);
            return new String(buf, 0, n);
        }
        SnowballStemmer s = snowball.get();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }

    @Override
    public String toString() {
        return "LuceneStemmer[" + lang + "]";
    }
}
