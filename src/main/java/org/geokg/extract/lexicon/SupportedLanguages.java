package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * The languages geokg reads natively, listed in data ({@value #LIST}, one code a line), each with
 * the files its folder must hold ({@link #REQUIRED}). Adding a language is a folder
 * {@code data/lexicons/<code>/} with those files plus its code in the list.
 *
 * <pre>{@code
 * SupportedLanguages langs = SupportedLanguages.current();
 * langs.codes();                                   // [id, ms, en, es, de, fr]
 * LanguageDataSet data = langs.data();              // every file of every language, or a ConfigException
 * }</pre>
 *
 * Immutable and thread-safe. {@link #current()} reads the list once per data overlay
 * ({@link DataLib#OVERLAY_PROPERTY}).
 */
public final class SupportedLanguages {
    static final String LIST = "data/lexicons/und/lexicon-languages.txt";
    /** Files every listed language must have; the others of data/lexicons/README.md are optional. */
    static final List<String> REQUIRED = List.of(LanguageWords.FILE, "function-words.txt", "events.tsv",
            "speech.tsv", "grammar.tsv", "modality.tsv", "dates.tsv", "numbers.tsv", "units.tsv");

    private static volatile Cached cached;

    private final List<String> codes;
    private final Map<String, LanguageWords> words;
    private final LanguageWords und;
    private final Map<String, Set<String>> allWords = new ConcurrentHashMap<>();
    private volatile LanguageDataSet data;

    private record Cached(String overlay, SupportedLanguages languages) {
    }

    private SupportedLanguages(List<String> codes, Map<String, LanguageWords> words, LanguageWords und) {
        this.codes = codes;
        this.words = words;
        this.und = und;
    }

    /** The list for the current data files (bundled, or with the overlay directory laid over them). */
    public static SupportedLanguages current() {
        String overlay = String.valueOf(System.getProperty(DataLib.OVERLAY_PROPERTY));
        Cached c = cached;
        if (c == null || !c.overlay().equals(overlay)) {
            c = new Cached(overlay, read());
            cached = c;
        }
        return c.languages();
    }

    /**
     * Reads the list and checks each listed language's folder: a bad code, a code listed twice or
     * a missing required file is a {@link ConfigException} naming the file (and the line of the list).
     */
    static SupportedLanguages read() {
        List<String> codes = new ArrayList<>();
        Map<String, LanguageWords> words = new LinkedHashMap<>();
        for (DataLib.Line line : DataLib.numberedLines(LIST)) {
            String code = line.text().strip();
            String where = LIST + " line " + line.number();
            if (!code.matches("[a-z]{2,3}") || code.equals("und")) {
                throw new ConfigException(where + ": '" + code + "' is not a language code (ISO 639-1, lowercase)");
            }
            if (codes.contains(code)) {
                throw new ConfigException(where + ": " + code + " is listed twice");
            }
            for (String file : REQUIRED) {
                String path = LexiconFiles.path(code, file);
                if (!DataLib.exists(path)) {
                    throw new ConfigException(path + ": missing; " + code + " is listed in " + where
                            + " and every listed language needs " + REQUIRED + " (see data/lexicons/README.md)");
                }
            }
            codes.add(code);
            words.put(code, LanguageWords.load(code));
        }
        if (codes.isEmpty()) {
            throw new ConfigException(LIST + ": lists no language");
        }
        return new SupportedLanguages(List.copyOf(codes), Map.copyOf(words), LanguageWords.load("und"));
    }

    /** The supported language codes, in the order of the list. */
    public List<String> codes() {
        return codes;
    }

    public boolean supports(String code) {
        return words.containsKey(code);
    }

    /** The grammar words of a supported language. */
    public LanguageWords words(String code) {
        LanguageWords w = words.get(code);
        if (w == null) {
            throw new IllegalArgumentException("not a supported language: " + code + " (supported: " + codes + ")");
        }
        return w;
    }

    /** The words of {@code kind} in every supported language and {@code und}. */
    Set<String> wordsOfAll(String kind) {
        return allWords.computeIfAbsent(kind, k -> {
            Set<String> out = new LinkedHashSet<>();
            for (String c : codes) {
                out.addAll(words.get(c).words(k));
            }
            out.addAll(und.words(k));
            return Set.copyOf(out);
        });
    }

    /**
     * Loads every file of every supported language now, each call anew: the first broken file
     * fails the whole call with a {@link ConfigException} naming the file (and line).
     */
    public LanguageDataSet loadAll() {
        Map<String, LanguageData> out = new LinkedHashMap<>();
        for (String c : codes) {
            out.put(c, LanguageData.load(c, words.get(c)));
        }
        return new LanguageDataSet(codes, out, LanguageData.undetermined(und));
    }

    /**
     * The data of every supported language, loaded by the first call ({@link #loadAll}) and shared
     * by the pipelines built afterwards from the same data files.
     */
    public LanguageDataSet data() {
        LanguageDataSet d = data;
        if (d == null) {
            synchronized (this) {
                d = data;
                if (d == null) {
                    d = loadAll();
                    data = d;
                }
            }
        }
        return d;
    }
}
