package org.geokg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

/**
 * Tokenization with the bundled OpenNLP tokenizer models (English, German) and
 * {@link RuleTokenizer} for every other language.
 *
 * <pre>{@code
 * List<TextSpan> tokens = OpenNlpTokenizer.create().tokenize(text, s.start(), s.end(), "en");
 * }</pre>
 *
 * <p>Immutable and thread-safe (OpenNLP's thread-safe wrapper); models load once per JVM.
 */
public final class OpenNlpTokenizer implements Tokenizer {
    private static final class Holder {
        static final OpenNlpTokenizer INSTANCE = new OpenNlpTokenizer();
    }

    private final ThreadSafeTokenizerME en;
    private final ThreadSafeTokenizerME de;

    private OpenNlpTokenizer() {
        this.en = new ThreadSafeTokenizerME(OpenNlpModels.tokenizerModel("en"));
        this.de = new ThreadSafeTokenizerME(OpenNlpModels.tokenizerModel("de"));
    }

    /** The shared tokenizer (models loaded on first call). */
    public static OpenNlpTokenizer create() {
        return Holder.INSTANCE;
    }

    @Override
    public List<TextSpan> tokenize(String text, int from, int to, String lang) {
        RuleSentenceSplitter.checkRange(text, from, to);
        ThreadSafeTokenizerME model = "en".equals(lang) ? en : "de".equals(lang) ? de : null;
        if (model == null) {
            return RuleTokenizer.create().tokenize(text, from, to, lang);
        }
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan line : RuleSentenceSplitter.lines(text, from, to)) {
            for (Span sp : model.tokenizePos(line.of(text))) {
                peelQuotes(text, line.start() + sp.getStart(), line.start() + sp.getEnd(), out);
            }
        }
        return out;
    }

    /** Adds a model token, with quote marks the model left attached ("„Das", "bereit“") split off. */
    private static void peelQuotes(String text, int s, int e, List<TextSpan> out) {
        int a = s;
        int b = e;
        while (a < b - 1 && isQuote(text.charAt(a))) {
            out.add(new TextSpan(a, a + 1));
            a++;
        }
        int tail = b;
        while (tail > a + 1 && isQuote(text.charAt(tail - 1))) {
            tail--;
        }
        out.add(new TextSpan(a, tail));
        for (int i = tail; i < b; i++) {
            out.add(new TextSpan(i, i + 1));
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '„' || c == '“' || c == '”' || c == '«' || c == '»' || c == '‚' || c == '‘'
                || c == '‹' || c == '›';
    }
}
