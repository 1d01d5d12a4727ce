package org.geokg.nlp;

import java.util.List;

/**
 * Splits a range of a text into tokens, offsets first: words (with inner hyphens and
 * apostrophes), numbers (with inner separators: "28.500", "101.55", "20/11/2024"), listed
 * abbreviations with their period ("Dr."), and single punctuation marks.
 *
 * <pre>{@code
 * Tokenizer t = OpenNlpTokenizer.create();
 * List<TextSpan> tokens = t.tokenize(text, sentence.start(), sentence.end(), "en");
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Tokenizer {

    /**
     * Tokens of {@code text} between {@code from} and {@code to}, as offsets into {@code text}.
     *
     * @param lang ISO 639-1 code, or "und"
     * @throws IllegalArgumentException when the range is outside the text
     */
    List<TextSpan> tokenize(String text, int from, int to, String lang);
}
