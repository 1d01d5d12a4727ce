package org.geokg.extract.lexicon;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.geokg.nlp.LuceneStemmer;
import org.geokg.nlp.Stemmer;

/**
 * How the words of a lexicon pattern meet the words of a text in one language: a plain
 * pattern word matches its inflected forms through the language's {@link Stemmer}, a
 * {@code stem~} word also its affixed forms (the stemmer's derivational root and the affixes of
 * {@code data/lexicons/<lang>/affixes.tsv}). The {@link #literal()} view compares words as
 * written (exact words, affix rules only), the way patterns matched before stemming; callers use
 * it to prefer a row that names a form exactly over one that only shares its stem.
 *
 * <pre>{@code
 * WordForms f = WordForms.load("en");
 * f.sameStem(f.stem("visit"), "visited");     // true
 * WordForms.load("id").affixed("kecam", "mengecam"); // true
 * }</pre>
 *
 * <p>One instance per language, built once and shared; immutable and thread-safe (the root sets
 * are memoized in a bounded concurrent cache).
 */
final class WordForms {
    /**
     * Shortest stem that may match by stem alone: shorter ones collapse unrelated words (en
     * "its" and "it", "added" and "ads", de "eine" and the particle "ein").
     */
    static final int MIN_STEM = 4;

    /**
     * Shortest root a {@code lemma~} word (written so by choice) may match by: de {@code sagen~}
     * has the root {@code sag}.
     */
    static final int MIN_ROOT = 3;

    /** Shortest first part of a closed compound matched by its head ("Kampf" in "Kampfbrigade"). */
    static final int MIN_COMPOUND_MODIFIER = 3;

    /** Exact words only, no affixes: for languages without lexicons. */
    static final WordForms NONE = new WordForms(Stemmer.NONE, Affixes.NONE, null);

    private static final int CACHE_LIMIT = 50_000;

    private final Stemmer stemmer;
    private final Affixes affixes;
    private final WordForms literal;
    private final Map<String, Set<String>> roots = new ConcurrentHashMap<>();

    private WordForms(Stemmer stemmer, Affixes affixes, WordForms literal) {
        this.stemmer = stemmer;
        this.affixes = affixes;
        this.literal = literal == null ? this : literal;
    }

    /** The word forms of a bundled language: its stemmer and its affix rules. */
    static WordForms load(String lang) {
        Affixes affixes = Affixes.load(lang);
        return new WordForms(LuceneStemmer.forLanguage(lang), affixes, new WordForms(Stemmer.NONE, affixes, null));
    }

    /** The same language without its stemmer: exact words and affix rules only. */
    WordForms literal() {
        return literal;
    }

    boolean stems() {
        return stemmer != Stemmer.NONE;
    }

    /** The stem of a pattern word, to keep beside it (the text words' stems are cached here). */
    String stem(String word) {
        return stemmer.stem(word);
    }

    /** The derivational root of a pattern word. */
    String root(String word) {
        return stemmer.root(word);
    }

    /** True when {@code token} has the stem {@code lemmaStem} and that stem is long enough to trust. */
    boolean sameStem(String lemmaStem, String token) {
        return stemmer != Stemmer.NONE && lemmaStem.length() >= MIN_STEM && stemmer.stem(token).equals(lemmaStem);
    }

    /**
     * True when {@code token} is a closed compound whose head is the pattern word {@code word}
     * (stem {@code wordStem}): at least {@value #MIN_COMPOUND_MODIFIER} letters stand before the
     * head, the head is as long as the language's {@code compound} row asks, and the token ends
     * with the word or (with a stemmer) its stem with the word's stem (de "Kampfbrigaden" for
     * "brigade"). Languages without a {@code compound} row never match this way.
     */
    boolean compoundOf(String word, String wordStem, String token) {
        int head = affixes.compoundHead();
        if (head == 0 || word.length() < head || token.length() < word.length() + MIN_COMPOUND_MODIFIER) {
            return false;
        }
        if (token.endsWith(word)) {
            return true;
        }
        if (stemmer == Stemmer.NONE || wordStem.length() < head - 1) {
            return false;
        }
        String stem = stemmer.stem(token);
        return stem.length() >= wordStem.length() + MIN_COMPOUND_MODIFIER && stem.endsWith(wordStem);
    }

    /** True when {@code token} is an affixed form of {@code lemma} (a {@code lemma~} pattern word). */
    boolean affixed(String lemma, String token) {
        return affixed(lemma, stemmer.root(lemma), token);
    }

    /**
     * True when {@code token} is {@code lemma}, or one of the stems the affix rules leave of it is
     * {@code lemma}, or (with a stemmer) one of those stems has the root {@code lemmaRoot}.
     */
    boolean affixed(String lemma, String lemmaRoot, String token) {
        if (token.equals(lemma) || affixes.stems(token).contains(lemma)) {
            return true;
        }
        return stemmer != Stemmer.NONE && lemmaRoot.length() >= MIN_ROOT && roots(token).contains(lemmaRoot);
    }

    /** The stems the affix rules leave of {@code token} (memoized). */
    Set<String> affixStems(String token) {
        return affixes.stems(token);
    }

    /** Head length of closed compounds, 0 when the language matches none (see {@link #compoundOf}). */
    int compoundHead() {
        return affixes.compoundHead();
    }

    /** The stemmer's roots of the affix stems of {@code token} (memoized); empty without a stemmer. */
    Set<String> roots(String token) {
        if (stemmer == Stemmer.NONE) {
            return Set.of();
        }
        Set<String> known = roots.get(token);
        if (known != null) {
            return known;
        }
        Set<String> out = new HashSet<>();
        for (String s : affixes.stems(token)) {
            out.add(stemmer.root(s));
        }
        Set<String> computed = Set.copyOf(out);
        if (roots.size() >= CACHE_LIMIT) {
            roots.clear();
        }
        roots.put(token, computed);
        return computed;
    }
}
