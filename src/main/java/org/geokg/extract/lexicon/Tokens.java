package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word tokens of a text range, lowercased, with offsets into the original text. Letters,
 * digits and combining marks form words; everything else (spaces, hyphens, quotes,
 * punctuation) separates them. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Tokens.Tok> toks = Tokens.of(text, 0, text.length());
 * }</pre>
 */
public final class Tokens {
    private Tokens() {
    }

    /**
     * One word.
     *
     * @param norm  lowercased form
     * @param start offset of the first char
     * @param end   offset after the last char
     */
    public record Tok(String norm, int start, int end) {
    }

    public static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            out.add(new Tok(text.substring(s, i).toLowerCase(Locale.ROOT), s, i));
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Index of the first token starting at or after {@code offset}, or {@code toks.size()}. */
    public static int firstAtOrAfter(List<Tok> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= offset) {
                return i;
            }
        }
        return toks.size();
    }
}
