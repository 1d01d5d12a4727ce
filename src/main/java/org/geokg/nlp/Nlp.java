package org.geokg.nlp;

import java.util.List;

/**
 * The NLP facade other packages call: language, sentences and tokens, offsets first. Built
 * once per JVM; the OpenNLP models load on first use.
 *
 * <pre>{@code
 * Nlp nlp = Nlp.get();
 * String lang = nlp.language(text);                                // "id"
 * for (TextSpan s : nlp.sentences(text, 0, text.length(), lang)) {
 *     List<TextSpan> tokens = nlp.tokens(text, s.start(), s.end(), lang);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Nlp {
    private static final class Holder {
        static final Nlp INSTANCE = new Nlp(OpenNlpLanguageIdentifier.create(), OpenNlpSentenceSplitter.create(),
                OpenNlpTokenizer.create());
    }

    private final LanguageIdentifier identifier;
    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;

    /** A facade over the given stages (for tests or other models). */
    public Nlp(LanguageIdentifier identifier, SentenceSplitter splitter, Tokenizer tokenizer) {
        this.identifier = identifier;
        this.splitter = splitter;
        this.tokenizer = tokenizer;
    }

    /** The shared default facade: OpenNLP models for en/de, rules and lexicons elsewhere. */
    public static Nlp get() {
        return Holder.INSTANCE;
    }

    /** ISO 639-1 code of the text's language, "und" when unknown (see {@link LanguageIdentifier}). */
    public String language(String text) {
        return identifier.identify(text);
    }

    /** Sentence spans in {@code [from, to)} of {@code text} (see {@link SentenceSplitter}). */
    public List<TextSpan> sentences(String text, int from, int to, String lang) {
        return splitter.split(text, from, to, lang);
    }

    /** Token spans in {@code [from, to)} of {@code text} (see {@link Tokenizer}). */
    public List<TextSpan> tokens(String text, int from, int to, String lang) {
        return tokenizer.tokenize(text, from, to, lang);
    }

    public LanguageIdentifier identifier() {
        return identifier;
    }

    public SentenceSplitter splitter() {
        return splitter;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }
}
