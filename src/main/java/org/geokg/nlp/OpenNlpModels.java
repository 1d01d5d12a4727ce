package org.geokg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.geokg.sys.ConfigException;

/**
 * The OpenNLP models bundled as Maven artifacts, each loaded once on first use (holder idiom).
 * Models are immutable and shared; the {@code *ME} classes using them are not thread-safe,
 * so callers wrap them in OpenNLP's {@code ThreadSafe*ME}.
 */
final class OpenNlpModels {
    static final String LANGDETECT = "/langdetect-183.bin";
    private static final Map<String, String> SENTENCE = Map.of(
            "en", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin");
    private static final Map<String, String> TOKENS = Map.of(
            "en", "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
            "de", "/opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin");

    private OpenNlpModels() {
    }

    private static final class Lang {
        static final LanguageDetectorModel MODEL = load(LANGDETECT, LanguageDetectorModel::new);
    }

    private static final class Sent {
        static final Map<String, SentenceModel> MODELS = Map.of(
                "en", load(SENTENCE.get("en"), SentenceModel::new),
                "de", load(SENTENCE.get("de"), SentenceModel::new));
    }

    private static final class Tok {
        static final Map<String, TokenizerModel> MODELS = Map.of(
                "en", load(TOKENS.get("en"), TokenizerModel::new),
                "de", load(TOKENS.get("de"), TokenizerModel::new));
    }

    static LanguageDetectorModel languageDetector() {
        return Lang.MODEL;
    }

    /** Languages with a bundled sentence model. */
    static boolean hasSentenceModel(String lang) {
        return SENTENCE.containsKey(lang);
    }

    /** Languages with a bundled tokenizer model. */
    static boolean hasTokenizerModel(String lang) {
        return TOKENS.containsKey(lang);
    }

    static SentenceModel sentenceModel(String lang) {
        return Sent.MODELS.get(lang);
    }

    static TokenizerModel tokenizerModel(String lang) {
        return Tok.MODELS.get(lang);
    }

    @FunctionalInterface
    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("OpenNLP model " + resource + " is missing from the classpath"
                        + " (it comes from an org.apache.opennlp:opennlp-models-* dependency in pom.xml)");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new ConfigException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
