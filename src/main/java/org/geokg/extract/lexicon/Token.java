package org.geokg.extract.lexicon;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of an article at {@code [start, end)}: a word (letters, digits and combining marks,
 * or a compound of them joined by inner hyphens and apostrophes in the {@link Tokens#joined}
 * view) or one punctuation mark. {@link #norm()} (lower case) and {@link #folded()} (the
 * {@link NameNormalizer#fold} of the text) are computed once, when first asked for.
 *
 * <pre>{@code
 * for (Token t : Tokens.of(text, 0, text.length())) {
 *     if (t.norm().equals("said")) { ... }
 * }
 * }</pre>
 *
 * Immutable and thread-safe (the two derived forms are cached with a benign race, as
 * {@link String#hashCode()} is).
 */
public final class Token {
    /** What a token is. */
    public enum Kind {
        /** Starts with a word character (letter, digit or combining mark). */
        WORD,
        /** A punctuation mark or symbol, or an apostrophe with its clitic (en "'s"). */
        PUNCT
    }

    private final int start;
    private final int end;
    private final String text;
    private String norm;
    private String folded;

    /**
     * A token with its text; its kind follows from its first character.
     *
     * @param start offset of the first char
     * @param end   offset after the last char
     * @param text  the text at {@code [start, end)}, not empty
     */
    public Token(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    public Kind kind() {
        return isWord() ? Kind.WORD : Kind.PUNCT;
    }

    public boolean isWord() {
        return Tokens.wordChar(text.charAt(0));
    }

    /** True when the first char is an upper-case letter. */
    public boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** The text in lower case (root locale). */
    public String norm() {
        String n = norm;
        if (n == null) {
            n = text.toLowerCase(Locale.ROOT);
            norm = n;
        }
        return n;
    }

    /**
     * {@link NameNormalizer#fold} of the text, or the text with the apostrophe unified when
     * folding leaves nothing (punctuation).
     */
    public String folded() {
        String f = folded;
        if (f == null) {
            f = NameNormalizer.fold(text);
            if (f.isEmpty()) {
                f = text.replace('\u2019', '\'');
            }
            folded = f;
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text);
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
