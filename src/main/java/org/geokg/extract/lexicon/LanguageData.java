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
 * LanguageData de = SupportedLanguages.current().loadAll().get("de");
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

    /** Loads (or takes from the per-language caches) every lexicon of {@code code}. */
    static LanguageData load(String code, LanguageWords words) {
        return new LanguageData(code, words, EventLexicon.of(code), SpeechPatterns.of(code), Grammar.of(code),
                ModalityDetector.of(code), WordForms.of(code), ActorLexicon.of(code), CreditFinder.of(code),
                Abbreviations.of(code));
    }
}
