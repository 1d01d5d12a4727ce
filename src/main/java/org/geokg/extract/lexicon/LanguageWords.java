package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.geokg.nlp.LuceneStemmer;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * The small grammar words of one language that the text stages need, read from
 * {@code data/lexicons/<lang>/language.tsv} ({@code key<TAB>value}): byline words ("By",
 * "Oleh"), conjunctions joining credited names, elided articles ("l'", "d'"), clitics written
 * after an apostrophe (en "'s"), the last words of
 * an agency name ("agency", "berita"), the order of day and month in numeric dates, and the
 * genitive ending proper names take (de "Russlands"), the stemmer ({@code stemmer}: read by
 * {@link LuceneStemmer}, checked here). {@code und/language.tsv} holds words that
 * apply whatever the language (elisions of languages without a folder).
 *
 * <pre>{@code
 * LanguageWords de = LanguageWords.load("de");
 * de.genitive("Russland");                 // "Russlands"
 * LanguageWords.all(LanguageWords.BYLINE); // by, oleh, por, von, par (every supported language)
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class LanguageWords {
    static final String FILE = "language.tsv";
    public static final String BYLINE = "byline";
    static final String CONJUNCTION = "conjunction";
    static final String ELISION = "elision";
    static final String CLITIC = "clitic";
    public static final String OUTLET_WORD = "outlet-word";
    static final String DATE_ORDER = "date-order";
    static final String GENITIVE = "genitive";
    static final String GENITIVE_NOT_AFTER = "genitive-not-after";
    static final String STEMMER = "stemmer";

    private static final Set<String> LISTS = Set.of(BYLINE, CONJUNCTION, ELISION, CLITIC, OUTLET_WORD, GENITIVE_NOT_AFTER);
    private static final Set<String> SINGLE = Set.of(DATE_ORDER, GENITIVE, STEMMER);

    private final String language;
    private final Map<String, Set<String>> lists;
    private final boolean monthFirst;
    private final String genitive;

    private LanguageWords(String language, Map<String, Set<String>> lists, boolean monthFirst, String genitive) {
        this.language = language;
        this.lists = lists;
        this.monthFirst = monthFirst;
        this.genitive = genitive;
    }

    /**
     * Reads {@code data/lexicons/<lang>/language.tsv}; a missing file, an unknown key or a bad
     * value is a {@link ConfigException} naming the file and line. {@code und} needs no date order.
     */
    static LanguageWords load(String lang) {
        String path = LexiconFiles.path(lang, FILE);
        if (!DataLib.exists(path)) {
            throw new ConfigException(path + ": missing; every language needs one (see data/lexicons/README.md)");
        }
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        Map<String, String> single = new LinkedHashMap<>();
        for (DataLib.Line line : DataLib.numberedLines(path)) {
            String where = path + " line " + line.number();
            String[] c = line.columns();
            if (c.length < 2 || c[0].isBlank() || c[1].isBlank()) {
                throw new ConfigException(where + ": expected key<TAB>value, got '" + line.text() + "'");
            }
            String key = c[0].strip();
            String value = c[1].strip();
            if (LISTS.contains(key)) {
                lists.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value.toLowerCase(Locale.ROOT));
            } else if (SINGLE.contains(key)) {
                if (single.put(key, value) != null) {
                    throw new ConfigException(where + ": " + key + " is given twice");
                }
            } else {
                throw new ConfigException(where + ": unknown key '" + key + "'; use one of "
                        + new TreeSet<>(union(LISTS, SINGLE)));
            }
        }
        String order = single.get(DATE_ORDER);
        if (order == null && !lang.equals("und")) {
            throw new ConfigException(path + ": no date-order row (date-order<TAB>day-month or month-day)");
        }
        if (order != null && !order.equals("day-month") && !order.equals("month-day")) {
            throw new ConfigException(path + ": date-order must be day-month or month-day, got '" + order + "'");
        }
        String stemmer = single.get(STEMMER);
        if (stemmer != null) {
            LuceneStemmer.algorithm(lang, stemmer, path + " (stemmer)"); // checks the name now
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        lists.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new LanguageWords(lang, Map.copyOf(frozen), "month-day".equals(order), single.get(GENITIVE));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** The lowercase words of one kind (byline, conjunction, elision, clitic, outlet-word); empty when none. */
    public Set<String> words(String kind) {
        return lists.getOrDefault(kind, Set.of());
    }

    /** True when numeric dates put the month first (en "6/19"). */
    public boolean monthFirst() {
        return monthFirst;
    }

    /**
     * The genitive of a proper name ("Russland" gives "Russlands"), or null when the language
     * has no genitive ending or the name ends in a letter that takes none (s, z, x, ß).
     */
    public String genitive(String name) {
        if (genitive == null || name.isEmpty()) {
            return null;
        }
        for (String end : words(GENITIVE_NOT_AFTER)) {
            if (name.endsWith(end)) {
                return null;
            }
        }
        return name + genitive;
    }

    String language() {
        return language;
    }

    /** The words of one kind in every supported language and {@code und}. */
    public static Set<String> all(String kind) {
        return SupportedLanguages.current().wordsOfAll(kind);
    }

    /** Words of {@code kind} over several languages, in order. */
    static Set<String> union(List<LanguageWords> languages, String kind) {
        Set<String> out = new LinkedHashSet<>();
        for (LanguageWords w : languages) {
            out.addAll(w.words(kind));
        }
        return Set.copyOf(out);
    }

    @Override
    public String toString() {
        return "LanguageWords[" + language + ", " + new ArrayList<>(lists.keySet()) + "]";
    }
}
