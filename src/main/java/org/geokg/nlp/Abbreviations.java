package org.geokg.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Abbreviations ending in a period for one language: {@code data/lexicons/<lang>/abbreviations.tsv}
 * merged with {@code data/lexicons/und/abbreviations.tsv} (every language). A language without a
 * file gets the common list. Immutable; instances are cached per language (thread-safe).
 *
 * <pre>{@code
 * Abbreviations a = Abbreviations.of("id");
 * a.isPrefix("Jl.");   // true: never ends a sentence
 * }</pre>
 */
public final class Abbreviations {
    /** How an abbreviation behaves at a possible sentence end. */
    public enum Kind {
        /** Stands before a name or number ("Dr.", "Jl.", "No."): never ends a sentence. */
        PREFIX,
        /** May end a sentence ("etc.", "dll."): a boundary when a capital follows. */
        FINAL
    }

    private static final Map<String, Abbreviations> CACHE = new ConcurrentHashMap<>();

    private final Map<String, Kind> entries;
    private final int maxLength;

    private Abbreviations(Map<String, Kind> entries) {
        this.entries = Map.copyOf(entries);
        this.maxLength = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The abbreviations of a language (ISO 639-1; unknown or "und" gives the common list). */
    public static Abbreviations of(String lang) {
        String key = lang == null ? LanguageCodes.UND : lang;
        return CACHE.computeIfAbsent(key, Abbreviations::load);
    }

    private static Abbreviations load(String lang) {
        Map<String, Kind> map = new HashMap<>();
        read("data/lexicons/und/abbreviations.tsv", map);
        String path = "data/lexicons/" + lang + "/abbreviations.tsv";
        if (!lang.equals(LanguageCodes.UND) && lang.matches("[a-z]{2,3}") && DataLib.exists(path)) {
            read(path, map);
        }
        return new Abbreviations(map);
    }

    private static void read(String path, Map<String, Kind> map) {
        for (DataLib.Line line : DataLib.tsvLines(path, false)) {
            String[] row = line.columns();
            String where = path + " line " + line.number();
            String abbr = row[0].strip();
            if (!abbr.endsWith(".") || row.length < 2) {
                throw new ConfigException(where + ": expected <abbreviation ending in '.'>"
                        + "<TAB>prefix|final, got '" + String.join("\t", row) + "'");
            }
            String kind = row[1].strip();
            if (kind.equals("prefix")) {
                map.put(abbr, Kind.PREFIX);
            } else if (kind.equals("final")) {
                map.put(abbr, Kind.FINAL);
            } else {
                throw new ConfigException(where + ": bad class '" + kind + "' for '" + abbr
                        + "'; use prefix or final");
            }
        }
    }

    /** The kind of {@code token} (which includes its final period), or null when not listed. */
    public Kind kind(String token) {
        return entries.get(token);
    }

    public boolean isPrefix(String token) {
        return entries.get(token) == Kind.PREFIX;
    }

    public boolean contains(String token) {
        return entries.containsKey(token);
    }

    /** Length of the longest listed abbreviation. */
    public int maxLength() {
        return maxLength;
    }
}
