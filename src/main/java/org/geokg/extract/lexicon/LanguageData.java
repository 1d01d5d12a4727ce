package org.geokg.extract.lexicon;

import org.geokg.extract.quantity.RuleNumberFinder;
import org.geokg.extract.time.RuleDateFinder;
import org.geokg.nlp.Abbreviations;

/**
 * Everything geokg knows about one language, loaded from {@code data/lexicons/<code>/} when the
 * pipeline is built: grammar words, event triggers, speech verbs, clause grammar, modality cues,
 * word forms (stemmer and affixes), titles/bodies/names, credit cues, abbreviations; dates and
 * numbers are loaded for all languages by {@link RuleDateFinder#create()} and
 * {@link RuleNumberFinder#create()}. A broken file is a {@code ConfigException} from
 * {@link #load}, never a reject per article.
 *
 * <pre>{@code
 * LanguageData de = SupportedLanguages.current().data().get("de");
 * de.words().monthFirst();   // false
 * }</pre>
 *
 * Immutable and thread-safe (each part is).
 *
 * @param code     ISO 639-1 code
 * @param words    grammar words of language.tsv
 * @param events   events.tsv
 * @param speech   speech.tsv
 * @param grammar  grammar.tsv
 * @param modality modality.tsv
 * @param forms    stemmer and affixes.tsv
 * @param actors   titles, bodies, names, anaphors, pronouns, home
 * @param credits  credits.tsv
 * @param abbreviations abbreviations.tsv (with und's)
 */
public record LanguageData(String code, LanguageWords words, EventLexicon events, SpeechPatterns speech, Grammar grammar,
        ModalityDetector modality, WordForms forms, ActorLexicon actors, CreditFinder credits,
        Abbreviations abbreviations) {
    /** The code of {@link #undetermined}. */
    public static final String UND = "und";

    /**
     * Reads every lexicon file of a supported language now; the word patterns of its events,
     * speech, grammar and modality files share one {@link WordForms} (stemmer, affixes).
     */
    static LanguageData load(String code, LanguageWords words) {
        WordForms forms = WordForms.load(code);
        return new LanguageData(code, words, EventLexicon.load(code, forms), SpeechPatterns.load(code, forms),
                Grammar.load(code, forms), ModalityDetector.load(code, forms), forms, ActorLexicon.load(code),
                CreditFinder.load(code), Abbreviations.of(code));
    }

    /**
     * The data for a text in an unsupported or unknown language: no lexicons, exact words only,
     * the credit cues and abbreviations that hold whatever the language ({@code und}).
     */
    static LanguageData undetermined(LanguageWords und) {
        return new LanguageData(UND, und, EventLexicon.EMPTY, SpeechPatterns.EMPTY, Grammar.EMPTY,
                ModalityDetector.EMPTY, WordForms.NONE, ActorLexicon.load(UND), CreditFinder.load(UND),
                Abbreviations.of(UND));
    }

    /** True for the data of a supported language (false for {@link #undetermined}). */
    public boolean supported() {
        return !code.equals(UND);
    }
}
