package org.geokg.nlp;

/**
 * Identifies the language of a text.
 *
 * <pre>{@code
 * LanguageIdentifier ids = OpenNlpLanguageIdentifier.create();
 * String lang = ids.identify("Pemerintah mengatakan bahwa ...");   // "id"
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface LanguageIdentifier {

    /**
     * The language of {@code text}: an ISO 639-1 code ("id", "ms", "en"), the ISO 639-3 code
     * for a language that has no 639-1 code, or {@code "und"} when the text is null, empty,
     * too short or not recognizably any language. Never throws for any input.
     */
    String identify(CharSequence text);
}
