package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For a fixed list of patterns, which of them can start at a word: the patterns whose first
 * element accepts the word (or is optional). Trying only those at each token keeps a lexicon scan
 * at one lookup per token instead of one match per row and token. The answer depends on the word
 * alone, so it is cached per distinct word (bounded).
 *
 * <pre>{@code
 * PatternStarts starts = new PatternStarts(patterns, forms);
 * for (int k : starts.at(tok.norm())) { patterns.get(k).match(toks, i, to, forms); }
 * }</pre>
 * Thread-safe.
 */
final class PatternStarts {
    private static final int CACHE_LIMIT = 50_000;
    private static final int[] NONE = new int[0];
    private final List<TokenPattern> patterns;
    private final WordForms forms;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    PatternStarts(List<TokenPattern> patterns, WordForms forms) {
        this.patterns = List.copyOf(patterns);
        this.forms = forms;
    }

    /** Indexes (into the list given at construction, ascending) of the patterns that may start at this word. */
    int[] at(String norm) {
        int[] known = cache.get(norm);
        if (known != null) {
            return known;
        }
        List<Integer> ks = new ArrayList<>();
        for (int k = 0; k < patterns.size(); k++) {
            if (patterns.get(k).mayStartWith(norm, forms)) {
                ks.add(k);
            }
        }
        int[] out = ks.isEmpty() ? NONE : ks.stream().mapToInt(Integer::intValue).toArray();
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(norm, out);
        return out;
    }
}
