package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A plain tokenizer for the finders: words (letters and digits, with inner hyphens and
 * apostrophes as in "Hong-chol" or "Ri'ayatuddin") and single punctuation marks, each with its
 * offsets. An English clitic "'s" is its own token.
 * Stateless and thread-safe.
 */
public final class WordTokens {
    /**
     * One token at {@code [start, end)}; {@code folded} is {@link NameNormalizer#fold} of the
     * text (or the text itself when folding leaves nothing), computed once per token.
     */
    public record Tok(int start, int end, String text, String folded) {
        public Tok(int start, int end, String text) {
            this(start, end, text, foldOrSelf(text));
        }

        private static String foldOrSelf(String text) {
            String f = NameNormalizer.fold(text);
            return f.isEmpty() ? text.replace('\u2019', '\'') : f;
        }

        public boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        public boolean capitalized() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    private WordTokens() {
    }

    public static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Elided articles and prepositions that stand before an apostrophe (language.tsv {@code elision} rows). */
    private static Set<String> elisions() {
        return LanguageWords.all(LanguageWords.ELISION);
    }

    public static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Tokens of {@code text[from, to)}. */
    public static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!wordChar(c)) {
                if (apostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= to || !wordChar(text.charAt(i + 2)))) {
                    out.add(new Tok(i, i + 2, text.substring(i, i + 2)));
                    i += 2;
                    continue;
                }
                out.add(new Tok(i, i + 1, text.substring(i, i + 1)));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to) {
                char d = text.charAt(j);
                if (wordChar(d)) {
                    j++;
                } else if ((d == '-' || apostrophe(d)) && j + 1 < to && wordChar(text.charAt(j + 1))) {
                    if (apostrophe(d) && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                            && (j + 2 >= to || !wordChar(text.charAt(j + 2)))) {
                        break;
                    }
                    if (apostrophe(d) && elisions().contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                        break; // French/Italian elision: "d'Iran", "l'Algérie", "dell'Italia"
                    }
                    j++;
                } else {
                    break;
                }
            }
            out.add(new Tok(i, j, text.substring(i, j)));
            i = j;
        }
        return out;
    }
}
