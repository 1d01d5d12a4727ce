package org.geokg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentence splitting with the bundled OpenNLP sentence models (English, German) and
 * {@link RuleSentenceSplitter} for every other language. The model runs on one line at a time
 * (a line break always ends a sentence); its output is then repaired with the same rules the
 * rule splitter keeps: no boundary before a lowercase word, after a prefix abbreviation of the
 * language, or inside a quotation that closes on the line; closing quotes after the final
 * punctuation stay with their sentence; a period after a number before a capital ends a sentence
 * the model missed ("on March 4. The ministry said"), as the rules decide.
 *
 * <pre>{@code
 * SentenceSplitter s = OpenNlpSentenceSplitter.create();
 * List<TextSpan> sentences = s.split(text, 0, text.length(), "en");
 * }</pre>
 *
 * <p>Immutable and thread-safe (OpenNLP's thread-safe wrapper); models load once per JVM.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    private static final class Holder {
        static final OpenNlpSentenceSplitter INSTANCE = new OpenNlpSentenceSplitter();
    }

    private final ThreadSafeSentenceDetectorME en;
    private final ThreadSafeSentenceDetectorME de;

    private OpenNlpSentenceSplitter() {
        this.en = new ThreadSafeSentenceDetectorME(OpenNlpModels.sentenceModel("en"));
        this.de = new ThreadSafeSentenceDetectorME(OpenNlpModels.sentenceModel("de"));
    }

    /** The shared splitter (models loaded on first call). */
    public static OpenNlpSentenceSplitter create() {
        return Holder.INSTANCE;
    }

    @Override
    public List<TextSpan> split(String text, int from, int to, String lang) {
        RuleSentenceSplitter.checkRange(text, from, to);
        ThreadSafeSentenceDetectorME model = "en".equals(lang) ? en : "de".equals(lang) ? de : null;
        if (model == null) {
            return RuleSentenceSplitter.create().split(text, from, to, lang);
        }
        Abbreviations abbr = Abbreviations.of(lang);
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan line : RuleSentenceSplitter.lines(text, from, to)) {
            String part = line.of(text);
            List<int[]> quotes = RuleSentenceSplitter.quoteRegions(text, line.start(), line.end());
            List<Integer> cuts = new ArrayList<>();
            for (Span sp : model.sentPosDetect(part)) {
                int end = line.start() + sp.getEnd();
                if (end < line.end()) {
                    cuts.add(end);
                }
            }
            // the model reads a number before a period as part of an ordinal or a list ("on
            // March 4. The ministry said"): a period right after a digit ends a sentence where
            // the rules end one there (not a German ordinal, "am 4. März")
            for (int i = line.start() + 1; i + 1 < line.end(); i++) {
                if (text.charAt(i) == '.' && Character.isDigit(text.charAt(i - 1))
                        && Character.isWhitespace(text.charAt(i + 1))) {
                    int n = i + 1;
                    while (n < line.end() && Character.isWhitespace(text.charAt(n))) {
                        n++;
                    }
                    if (n < line.end() && Character.isUpperCase(text.charAt(n))
                            && RuleSentenceSplitter.isBoundary(text, line.start(), i, i + 1, n, abbr, lang)
                            && !cuts.contains(i + 1)) {
                        cuts.add(i + 1);
                    }
                }
            }
            cuts.sort(null);
            int start = line.start();
            for (int cut : cuts) {
                int c = cut;
                while (c < line.end() && RuleSentenceSplitter.isCloser(text.charAt(c))) {
                    c++;
                }
                if (c < line.end() && !Character.isWhitespace(text.charAt(c))) {
                    continue;
                }
                if (c <= start || !keep(text, start, cut, c, line.end(), abbr, quotes)) {
                    continue;
                }
                RuleSentenceSplitter.add(text, start, c, out);
                start = c;
            }
            RuleSentenceSplitter.add(text, start, line.end(), out);
        }
        return out;
    }

    /** Whether a model boundary after {@code [start, cut)} survives the repair rules. */
    private static boolean keep(String text, int start, int cut, int after, int lineEnd, Abbreviations abbr,
            List<int[]> quotes) {
        int n = after;
        while (n < lineEnd && Character.isWhitespace(text.charAt(n))) {
            n++;
        }
        if (n >= lineEnd || !RuleSentenceSplitter.startsSentence(text.charAt(n))) {
            return false;
        }
        if (RuleSentenceSplitter.insideQuote(quotes, after)) {
            return false;
        }
        int e = cut;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int ws = e;
        while (ws > start && !Character.isWhitespace(text.charAt(ws - 1))
                && !RuleSentenceSplitter.isOpener(text.charAt(ws - 1))) {
            ws--;
        }
        return !abbr.isPrefix(text.substring(ws, e));
    }
}
