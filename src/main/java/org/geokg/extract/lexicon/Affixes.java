package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Affix rules from {@code data/lexicons/<lang>/affixes.tsv}: the candidate stems of a word, so a
 * lexicon stem such as {@code kerah} matches {@code dikerahkan} and {@code mengerahkan}
 * (Indonesian, Malay: derivational affixes and the letters a nasal prefix swallows, which Lucene's
 * IndonesianStemmer does not restore), or de {@code sagen~} matches {@code gesagt} (what the
 * Snowball stemmer leaves). {@link WordForms} compares what is left through the stemmer.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Affixes a = Affixes.load("id");
 * a.stems("mengerahkan"); // contains "kerah"
 * }</pre>
 */
final class Affixes {
    /** A prefix and the stem-initial letters it may have swallowed (nasal assimilation). */
    private record Prefix(String affix, List<String> restore) {
    }

    static final Affixes NONE = new Affixes(List.of(), List.of(), 0);

    private static final int CACHE_LIMIT = 50_000;

    private final List<Prefix> prefixes;
    private final List<String> suffixes;
    private final int compoundHead;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    private Affixes(List<Prefix> prefixes, List<String> suffixes, int compoundHead) {
        this.prefixes = prefixes;
        this.suffixes = suffixes;
        this.compoundHead = compoundHead;
    }

    /** The rules of a language, or {@link #NONE} when it has no affixes file. */
    static Affixes load(String lang) {
        String path = "data/lexicons/" + lang + "/affixes.tsv";
        if (!DataLib.exists(path)) {
            return NONE;
        }
        List<Prefix> pre = new ArrayList<>();
        List<String> suf = new ArrayList<>();
        int head = 0;
        for (DataLib.Line line : DataLib.tsvLines(path, true)) {
            String[] r = line.columns();
            String row = path + " line " + line.number();
            if (r.length < 2) {
                throw new ConfigException(row + ": expected kind<TAB>affix[<TAB>restore]");
            }
            String kind = r[0].strip();
            String affix = r[1].strip();
            if (kind.equals("prefix")) {
                List<String> restore = new ArrayList<>();
                restore.add("");
                if (r.length > 2 && !r[2].isBlank()) {
                    for (String s : r[2].strip().split("\\|")) {
                        restore.add(s.strip());
                    }
                }
                pre.add(new Prefix(affix, restore));
            } else if (kind.equals("suffix")) {
                suf.add(affix);
            } else if (kind.equals("compound")) {
                try {
                    head = Integer.parseInt(affix);
                } catch (NumberFormatException e) {
                    throw new ConfigException(row + ": compound needs the shortest head length"
                            + " as a number, not '" + affix + "'", e);
                }
            } else {
                throw new ConfigException(row + ": kind must be prefix, suffix or compound, not '"
                        + kind + "'");
            }
        }
        return new Affixes(List.copyOf(pre), List.copyOf(suf), head);
    }

    /**
     * Shortest lexicon word that also matches as the head (last part) of a closed compound
     * ({@code compound} row; de 5: "brigade" matches "Kampfbrigade"), or 0 when the language
     * writes no closed compounds.
     */
    int compoundHead() {
        return compoundHead;
    }

    boolean isEmpty() {
        return prefixes.isEmpty() && suffixes.isEmpty();
    }

    /**
     * The word itself and every stem left after removing up to two suffixes and one prefix.
     * Memoized (every lexicon pattern asks again for the same words); the cache is bounded and
     * safe to share across threads.
     */
    Set<String> stems(String word) {
        Set<String> known = cache.get(word);
        if (known != null) {
            return known;
        }
        Set<String> computed = Set.copyOf(computeStems(word));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, computed);
        return computed;
    }

    private Set<String> computeStems(String word) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(word);
        for (int round = 0; round < 2; round++) {
            for (String b : List.copyOf(bases)) {
                for (String s : suffixes) {
                    if (b.endsWith(s) && b.length() - s.length() >= 3) {
                        bases.add(b.substring(0, b.length() - s.length()));
                    }
                }
            }
        }
        Set<String> out = new LinkedHashSet<>(bases);
        for (String b : bases) {
            for (Prefix p : prefixes) {
                if (b.startsWith(p.affix()) && b.length() - p.affix().length() >= 3) {
                    String rest = b.substring(p.affix().length());
                    for (String r : p.restore()) {
                        out.add(r + rest);
                    }
                }
            }
        }
        return out;
    }
}
