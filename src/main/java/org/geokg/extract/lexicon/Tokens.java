package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one tokenizer of the extractor, offsets first. {@link #all} splits a text range into
 * {@link Token}s: maximal runs of word characters (letters, digits, combining marks) and single
 * punctuation marks; white space separates. The stages read one of two views of that list:
 * <ul>
 * <li>{@link #of}: the words only (punctuation dropped), for the lexicons' word patterns;</li>
 * <li>{@link #joined}: words with inner hyphens and apostrophes kept together ("Hong-chol",
 * "Ri'ayatuddin", but not an elided article: "d'Iran" is "d", "'", "Iran"), a clitic such as
 * the English "'s" as one token, and the punctuation marks, for the name finders.</li>
 * </ul>
 *
 * <pre>{@code
 * List<Token> words = Tokens.of(text, sentence.start(), sentence.end());
 * List<Token> names = Tokens.joined(text, span.start(), span.end());
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class Tokens {
    private Tokens() {
    }

    /** Every token of {@code text[from, to)}: word runs and single punctuation marks. */
    public static List<Token> all(String text, int from, int to) {
        return split(text, from, to, true);
    }

    /** The words of {@code text[from, to)}: {@link #all} without the punctuation marks. */
    public static List<Token> of(String text, int from, int to) {
        return split(text, from, to, false);
    }

    private static List<Token> split(String text, int from, int to, boolean punctuation) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!wordChar(c)) {
                if (punctuation && !Character.isWhitespace(c)) {
                    out.add(new Token(i, i + 1, text.substring(i, i + 1)));
                }
                i++;
                continue;
            }
            int s = i;
            while (i < to && wordChar(text.charAt(i))) {
                i++;
            }
            out.add(new Token(s, i, text.substring(s, i)));
        }
        return out;
    }

    /**
     * The tokens of {@code text[from, to)} with compounds joined: {@link #all}, where a word, an
     * inner hyphen or apostrophe and the next word (no space between) make one token, except
     * before a clitic (language.tsv {@code clitic} rows: en "'s") and after an elided article or
     * preposition ({@code elision} rows: "d'Iran", "l'Algérie", "dell'Italia"); an apostrophe
     * followed by a clitic is one token ("'s").
     */
    public static List<Token> joined(String text, int from, int to) {
        List<Token> all = all(text, from, to);
        List<Token> out = new ArrayList<>(all.size());
        int n = all.size();
        int i = 0;
        while (i < n) {
            Token t = all.get(i);
            if (!t.isWord()) {
                if (apostrophe(t.text().charAt(0)) && clitic(all, i + 1, t.end())) {
                    Token s = all.get(i + 1);
                    out.add(new Token(t.start(), s.end(), text.substring(t.start(), s.end())));
                    i += 2;
                } else {
                    out.add(t);
                    i++;
                }
                continue;
            }
            int k = i;
            while (k + 2 < n) {
                Token joint = all.get(k + 1);
                char d = joint.text().charAt(0);
                if (joint.start() != all.get(k).end() || !(d == '-' || apostrophe(d))
                        || all.get(k + 2).start() != joint.end() || !all.get(k + 2).isWord()) {
                    break;
                }
                if (apostrophe(d) && (clitic(all, k + 2, joint.end())
                        || elisions().contains(text.substring(t.start(), joint.start()).toLowerCase(Locale.ROOT)))) {
                    break;
                }
                k += 2;
            }
            out.add(k == i ? t : new Token(t.start(), all.get(k).end(), text.substring(t.start(), all.get(k).end())));
            i = k + 1;
        }
        return out;
    }

    /** True when token {@code i} starts at {@code at} (after an apostrophe) and is a clitic ("s" of "'s"). */
    private static boolean clitic(List<Token> all, int i, int at) {
        if (i >= all.size() || all.get(i).start() != at) {
            return false;
        }
        return LanguageWords.all(LanguageWords.CLITIC).contains(all.get(i).norm());
    }

    /** Elided articles and prepositions that stand before an apostrophe (language.tsv {@code elision} rows). */
    private static Set<String> elisions() {
        return LanguageWords.all(LanguageWords.ELISION);
    }

    /** Letters, digits and combining marks make words. */
    public static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    public static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Index of the first token starting at or after {@code offset}, or {@code toks.size()}. */
    public static int firstAtOrAfter(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= offset) {
                return i;
            }
        }
        return toks.size();
    }
}
