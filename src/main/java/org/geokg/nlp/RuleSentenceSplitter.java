package org.geokg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based sentence splitting for any language, with the abbreviation lists in
 * {@code data/lexicons/<lang>/abbreviations.tsv}. Every line is a paragraph and ends a sentence;
 * inside a line a sentence ends after {@code . ! ? …} (plus any closing quotes and brackets)
 * followed by whitespace and a capital, digit, opening quote or bracket, unless the period
 * closes a prefix abbreviation ("Dr.", "Jl."), an initial ("A."), or a German ordinal
 * ("3. März"), or the boundary falls inside a quotation that closes on the same line.
 *
 * <pre>{@code
 * List<TextSpan> s = RuleSentenceSplitter.create().split(text, 0, text.length(), "ms");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
    private static final RuleSentenceSplitter INSTANCE = new RuleSentenceSplitter();
    /** A quotation longer than this is not held together. */
    static final int MAX_QUOTE = 1500;

    private RuleSentenceSplitter() {
    }

    public static RuleSentenceSplitter create() {
        return INSTANCE;
    }

    @Override
    public List<TextSpan> split(String text, int from, int to, String lang) {
        checkRange(text, from, to);
        Abbreviations abbr = Abbreviations.of(lang);
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan line : lines(text, from, to)) {
            splitLine(text, line.start(), line.end(), abbr, lang, out);
        }
        return out;
    }

    private static void splitLine(String text, int s, int e, Abbreviations abbr, String lang, List<TextSpan> out) {
        List<int[]> quotes = quoteRegions(text, s, e);
        int start = s;
        int i = s;
        while (i < e) {
            if (!isTerminator(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < e && isTerminator(text.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < e && isCloser(text.charAt(k))) {
                k++;
            }
            if (k >= e || !Character.isWhitespace(text.charAt(k))) {
                i = j;
                continue;
            }
            int n = k;
            while (n < e && Character.isWhitespace(text.charAt(n))) {
                n++;
            }
            if (n >= e) {
                break;
            }
            if (isBoundary(text, start, i, j, n, abbr, lang) && !insideQuote(quotes, k)) {
                add(text, start, k, out);
                start = n;
            }
            i = n;
        }
        add(text, start, e, out);
    }

    static boolean isBoundary(String text, int start, int i, int j, int next, Abbreviations abbr, String lang) {
        if (j - i == 1 && text.charAt(i) == '.') {
            int ws = i;
            while (ws > start && !Character.isWhitespace(text.charAt(ws - 1)) && !isOpener(text.charAt(ws - 1))) {
                ws--;
            }
            String word = text.substring(ws, i + 1);
            String core = text.substring(ws, i);
            if (abbr.isPrefix(word)) {
                return false;
            }
            if (core.length() == 1 && Character.isUpperCase(core.charAt(0))) {
                return false;
            }
            if ("de".equals(lang) && !core.isEmpty() && core.chars().allMatch(Character::isDigit)
                    && Character.isLetter(text.charAt(next))) {
                return false;
            }
        }
        return startsSentence(text.charAt(next));
    }

    /** True when a sentence may start with this char. */
    static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c) || isOpener(c)
                || c == '¿' || c == '¡' || c == '-' || c == '–' || c == '—'
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '›' || c == ')' || c == ']';
    }

    static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '„' || c == '«' || c == '‹' || c == '('
                || c == '[';
    }

    static void add(String text, int s, int e, List<TextSpan> out) {
        TextSpan t = trim(text, s, e);
        if (t != null) {
            out.add(t);
        }
    }

    /** The span without surrounding whitespace, or null when only whitespace. */
    static TextSpan trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new TextSpan(s, e) : null;
    }

    /** Non-blank lines (paragraphs) of {@code [from, to)}, trimmed. */
    static List<TextSpan> lines(String text, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        int s = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                add(text, s, i, out);
                s = i + 1;
            }
        }
        add(text, s, to, out);
        return out;
    }

    /**
     * Quotations that open and close inside {@code [s, e)}: pairs of “…”, „…“, «…», ‘…’ and
     * straight double quotes, each as {open, close} offsets.
     */
    static List<int[]> quoteRegions(String text, int s, int e) {
        List<int[]> out = new ArrayList<>();
        int i = s;
        while (i < e) {
            char c = text.charAt(i);
            char close1;
            char close2;
            if (c == '“') {
                close1 = '”';
                close2 = '"';
            } else if (c == '„') {
                close1 = '“';
                close2 = '”';
            } else if (c == '«') {
                close1 = '»';
                close2 = '»';
            } else if (c == '"') {
                close1 = '"';
                close2 = '”';
            } else {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < e && j - i <= MAX_QUOTE && text.charAt(j) != close1 && text.charAt(j) != close2) {
                j++;
            }
            if (j < e && j - i <= MAX_QUOTE) {
                out.add(new int[] {i, j});
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    static boolean insideQuote(List<int[]> regions, int pos) {
        for (int[] r : regions) {
            if (pos > r[0] && pos <= r[1]) {
                return true;
            }
        }
        return false;
    }

    static void checkRange(String text, int from, int to) {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        if (from < 0 || to > text.length() || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") is outside the text of length "
                    + text.length());
        }
    }
}
