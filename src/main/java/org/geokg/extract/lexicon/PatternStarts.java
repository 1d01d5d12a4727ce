package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For a fixed list of patterns, which of them can start at a word: the patterns whose first
 * element accepts the word (or is optional). Trying only those at each token keeps a lexicon scan
 * at one lookup per token instead of one match per row and token.
 *
 * <p>The answer is the one {@link TokenPattern#mayStartWith} gives row by row, found through
 * indexes of the first elements' alternatives: words by their text and by their stem, affixed
 * words by lemma and root, prefixes by their first letter, compound heads by their last letters.
 * A word costs a few map lookups, not a pass over every row, which matters for text full of words
 * the lexicon has never met. Answers are also cached per distinct word (bounded).
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
    /** Letters at the end of a compound head (and of its stem) that index it. */
    private static final int TAIL = 2;

    /** A first-element alternative of row {@code row} that needs a check beyond a map lookup. */
    private record Checked(int row, TokenPattern.Alt alt) {
    }

    private final WordForms forms;
    private final int[] always;
    private final Map<String, int[]> byText;
    private final Map<String, int[]> byStem;
    private final Map<String, int[]> byAffixLemma;
    private final Map<String, int[]> byAffixRoot;
    private final Map<Character, List<Checked>> prefixes;
    private final Map<String, List<Checked>> compounds;
    private final List<Checked> shortCompounds;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    PatternStarts(List<TokenPattern> patterns, WordForms forms) {
        this.forms = forms;
        List<Integer> any = new ArrayList<>();
        Map<String, List<Integer>> text = new HashMap<>();
        Map<String, List<Integer>> stem = new HashMap<>();
        Map<String, List<Integer>> affixLemma = new HashMap<>();
        Map<String, List<Integer>> affixRoot = new HashMap<>();
        Map<Character, List<Checked>> pre = new HashMap<>();
        Map<String, List<Checked>> comp = new HashMap<>();
        List<Checked> shortComp = new ArrayList<>();
        int head = forms.compoundHead();
        for (int k = 0; k < patterns.size(); k++) {
            List<TokenPattern.Alt> alts = patterns.get(k).startAlts();
            if (alts == null) {
                any.add(k);
                continue;
            }
            for (TokenPattern.Alt a : alts) {
                switch (a.kind()) {
                    case WORD -> {
                        add(text, a.text(), k);
                        if (forms.stems() && a.stem().length() >= WordForms.MIN_STEM) {
                            add(stem, a.stem(), k);
                        }
                        if (head > 0 && a.text().length() >= head) {
                            Checked c = new Checked(k, a);
                            if (a.text().length() < TAIL || a.stem().length() < TAIL) {
                                shortComp.add(c);
                            } else {
                                comp.computeIfAbsent(tail(a.text()), x -> new ArrayList<>()).add(c);
                                if (!tail(a.stem()).equals(tail(a.text()))) {
                                    comp.computeIfAbsent(tail(a.stem()), x -> new ArrayList<>()).add(c);
                                }
                            }
                        }
                    }
                    case EXACT -> add(text, a.text(), k);
                    case PREFIX -> pre.computeIfAbsent(a.text().charAt(0), x -> new ArrayList<>()).add(new Checked(k, a));
                    case AFFIX -> {
                        add(affixLemma, a.text(), k);
                        if (forms.stems() && a.stem().length() >= WordForms.MIN_ROOT) {
                            add(affixRoot, a.stem(), k);
                        }
                    }
                    case CLASS -> throw new IllegalStateException("startAlts() expands word classes");
                }
            }
        }
        this.always = any.stream().mapToInt(Integer::intValue).toArray();
        this.byText = frozen(text);
        this.byStem = frozen(stem);
        this.byAffixLemma = frozen(affixLemma);
        this.byAffixRoot = frozen(affixRoot);
        this.prefixes = Map.copyOf(pre);
        this.compounds = Map.copyOf(comp);
        this.shortCompounds = List.copyOf(shortComp);
    }

    private static void add(Map<String, List<Integer>> index, String key, int row) {
        index.computeIfAbsent(key, x -> new ArrayList<>()).add(row);
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> index) {
        Map<String, int[]> out = new HashMap<>();
        index.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    private static String tail(String s) {
        return s.substring(s.length() - TAIL);
    }

    /** Indexes (into the list given at construction, ascending) of the patterns that may start at this word. */
    int[] at(String norm) {
        int[] known = cache.get(norm);
        if (known != null) {
            return known;
        }
        int[] out = compute(norm);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(norm, out);
        return out;
    }

    private int[] compute(String norm) {
        BitSet rows = new BitSet();
        mark(rows, always);
        mark(rows, byText.get(norm));
        if (!byStem.isEmpty()) {
            mark(rows, byStem.get(forms.stem(norm)));
        }
        if (!byAffixLemma.isEmpty()) {
            mark(rows, byAffixLemma.get(norm));
            for (String s : forms.affixStems(norm)) {
                mark(rows, byAffixLemma.get(s));
            }
        }
        if (!byAffixRoot.isEmpty()) {
            for (String r : forms.roots(norm)) {
                mark(rows, byAffixRoot.get(r));
            }
        }
        if (!norm.isEmpty()) {
            for (Checked c : prefixes.getOrDefault(norm.charAt(0), List.of())) {
                if (norm.startsWith(c.alt().text())) {
                    rows.set(c.row());
                }
            }
        }
        if (!compounds.isEmpty() || !shortCompounds.isEmpty()) {
            checkCompounds(rows, shortCompounds, norm);
            if (norm.length() >= TAIL) {
                checkCompounds(rows, compounds.getOrDefault(tail(norm), List.of()), norm);
            }
            if (forms.stems()) {
                String stem = forms.stem(norm);
                if (stem.length() >= TAIL && !(norm.length() >= TAIL && tail(stem).equals(tail(norm)))) {
                    checkCompounds(rows, compounds.getOrDefault(tail(stem), List.of()), norm);
                }
            }
        }
        return rows.isEmpty() ? NONE : rows.stream().toArray();
    }

    private void checkCompounds(BitSet rows, List<Checked> candidates, String norm) {
        for (Checked c : candidates) {
            if (!rows.get(c.row()) && forms.compoundOf(c.alt().text(), c.alt().stem(), norm)) {
                rows.set(c.row());
            }
        }
    }

    private static void mark(BitSet rows, int[] ks) {
        if (ks != null) {
            for (int k : ks) {
                rows.set(k);
            }
        }
    }
}
