package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the bundled lexicons cover CAMEO and reported speech: per CAMEO code of
 * {@code data/cameo-codebook.tsv} (roots and every sub-code) and per language, the number of
 * event trigger rows of {@code data/lexicons/<lang>/events.tsv} with exactly that code; per
 * language the speech rows of {@code speech.tsv} and the verb forms they name (a row
 * {@code said|says|told} names 3). A code with no trigger row in a language, or a language
 * naming fewer than {@link #MIN_SPEECH_FORMS} speech forms, is a gap.
 *
 * <pre>{@code
 * LexiconCoverage c = LexiconCoverage.standard();
 * c.triggers("062", "de");   // rows of de/events.tsv with code 062
 * c.missing();               // ["011 id", "011 en", ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe; built from the lexicons as loaded by the pipeline (a broken file
 * fails with a {@link org.geokg.sys.ConfigException} naming the row).
 */
public final class LexiconCoverage {
    /** The languages the pipeline supports, in report order. */
    public static final List<String> LANGUAGES = List.of("id", "en", "ms", "fr", "es", "de");

    /** Fewest speech verb forms and attribution phrases a supported language must name. */
    public static final int MIN_SPEECH_FORMS = 40;

    /** One CAMEO code and its trigger row count per language (in {@link #LANGUAGES} order). */
    public record CodeRow(String code, String name, List<Integer> triggers) {
    }

    /** A language's speech lexicon: rows (frames) and the verb forms and phrases they name. */
    public record Speech(String lang, int rows, int forms) {
    }

    private final List<CodeRow> rows;
    private final List<Speech> speech;

    private LexiconCoverage(List<CodeRow> rows, List<Speech> speech) {
        this.rows = rows;
        this.speech = speech;
    }

    /** The coverage of the bundled codebook and lexicons. */
    public static LexiconCoverage standard() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        List<Speech> speech = new ArrayList<>();
        LanguageDataSet data = SupportedLanguages.current().data();
        for (String lang : LANGUAGES) {
            Map<String, Integer> byCode = new LinkedHashMap<>();
            for (EventLexicon.Entry e : data.get(lang).events().entries()) {
                byCode.merge(e.cameo(), 1, Integer::sum);
            }
            counts.put(lang, byCode);
            int forms = 0;
            List<SpeechPatterns.Entry> entries = data.get(lang).speech().entries();
            for (SpeechPatterns.Entry e : entries) {
                forms += e.pattern().forms();
            }
            speech.add(new Speech(lang, entries.size(), forms));
        }
        List<CodeRow> rows = new ArrayList<>();
        for (CameoCodebook.Code c : CameoCodebook.standard().all()) {
            List<Integer> n = new ArrayList<>();
            for (String lang : LANGUAGES) {
                n.add(counts.get(lang).getOrDefault(c.code(), 0));
            }
            rows.add(new CodeRow(c.code(), c.name(), List.copyOf(n)));
        }
        return new LexiconCoverage(List.copyOf(rows), List.copyOf(speech));
    }

    /** Every codebook code in codebook order. */
    public List<CodeRow> rows() {
        return rows;
    }

    /** The speech lexicon of each language, in {@link #LANGUAGES} order. */
    public List<Speech> speech() {
        return speech;
    }

    /** Trigger rows of a language for exactly this code (0 for an unknown code). */
    public int triggers(String code, String lang) {
        int i = LANGUAGES.indexOf(lang);
        for (CodeRow r : rows) {
            if (r.code().equals(code) && i >= 0) {
                return r.triggers().get(i);
            }
        }
        return 0;
    }

    /** The code and language pairs with no trigger row, as "code lang", codebook order then language order. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        for (CodeRow r : rows) {
            for (int i = 0; i < LANGUAGES.size(); i++) {
                if (r.triggers().get(i) == 0) {
                    out.add(r.code() + " " + LANGUAGES.get(i));
                }
            }
        }
        return out;
    }

    /** The languages naming fewer than {@link #MIN_SPEECH_FORMS} speech forms. */
    public List<Speech> thinSpeech() {
        return speech.stream().filter(s -> s.forms() < MIN_SPEECH_FORMS).toList();
    }

    /** True when no code lacks a trigger in any language and every language has enough speech forms. */
    public boolean complete() {
        return missing().isEmpty() && thinSpeech().isEmpty();
    }
}
