package org.geokg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based tokenizer for any language. A token is a run of letters, marks and digits joined
 * by inner hyphens, apostrophes and periods ("Covid-19", "Ri'ayatuddin", "Suarabali.com",
 * "28.500"), by commas and slashes between digits ("1,337", "20/11/2024"); a following period
 * is part of the token when the result is a listed abbreviation ("Dr.", "dll.") or an initial
 * ("A."). Any other char is a token of its own, except that runs of the same punctuation
 * ("...", "--") stay together.
 *
 * <pre>{@code
 * List<TextSpan> t = RuleTokenizer.create().tokenize(text, 0, text.length(), "id");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleTokenizer implements Tokenizer {
    private static final RuleTokenizer INSTANCE = new RuleTokenizer();

    private RuleTokenizer() {
    }

    public static RuleTokenizer create() {
        return INSTANCE;
    }

    @Override
    public List<TextSpan> tokenize(String text, int from, int to, String lang) {
        RuleSentenceSplitter.checkRange(text, from, to);
        Abbreviations abbr = Abbreviations.of(lang);
        List<TextSpan> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int s = i;
            if (isWordChar(c)) {
                i = wordEnd(text, i, to);
                if (i < to && text.charAt(i) == '.') {
                    String w = text.substring(s, i + 1);
                    boolean initial = i - s == 1 && Character.isUpperCase(c);
                    if (abbr.contains(w) || initial) {
                        i++;
                    }
                }
            } else {
                i++;
                while (i < to && text.charAt(i) == c && !Character.isLetterOrDigit(c)) {
                    i++;
                }
            }
            out.add(new TextSpan(s, i));
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static int wordEnd(String text, int i, int to) {
        while (true) {
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i + 1 >= to) {
                return i;
            }
            char j = text.charAt(i);
            char prev = text.charAt(i - 1);
            char next = text.charAt(i + 1);
            boolean digits = Character.isDigit(prev) && Character.isDigit(next);
            boolean joins = (j == '-' || j == '\'' || j == '’' || j == '.' || j == '&' || j == '_'
                    || j == '‐' || j == '‑') && isWordChar(next)
                    || (j == ',' || j == '/' || j == ':') && digits;
            if (!joins) {
                return i;
            }
            i++;
        }
    }
}
