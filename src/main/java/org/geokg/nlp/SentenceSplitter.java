package org.geokg.nlp;

import java.util.List;

/**
 * Splits a range of a text into sentences, offsets first.
 *
 * <pre>{@code
 * SentenceSplitter s = OpenNlpSentenceSplitter.create();
 * for (TextSpan sent : s.split(text, 0, text.length(), "id")) { ... }
 * }</pre>
 *
 * <p>Rules every implementation keeps: spans are offsets into {@code text} itself (never into a
 * copy), trimmed of surrounding whitespace, in order, non-overlapping and inside
 * {@code [from, to)}; a line break always ends a sentence; closing quotes and brackets after
 * the final punctuation belong to the sentence; an ellipsis followed by a lowercase word does
 * not end one. Implementations are immutable and thread-safe.
 */
public interface SentenceSplitter {

    /**
     * Sentences of {@code text} between {@code from} (inclusive) and {@code to} (exclusive).
     *
     * @param lang ISO 639-1 code, or "und"
     * @throws IllegalArgumentException when the range is outside the text
     */
    List<TextSpan> split(String text, int from, int to, String lang);
}
