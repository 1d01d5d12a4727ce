package org.geokg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every CAMEO code of the codebook has an event trigger in every supported language, and every
 * language names enough speech verbs (issue "Extraction v2"). Fails listing the gaps.
 */
class LexiconCoverageTest {
    private final LexiconCoverage coverage = LexiconCoverage.standard();

    @Test
    void everyCameoCodeHasATriggerInEveryLanguage() {
        List<String> missing = coverage.missing();
        assertTrue(missing.isEmpty(), () -> missing.size() + " code x language pair(s) without an event trigger in "
                + "data/lexicons/<lang>/events.tsv: " + String.join(", ", missing));
    }

    @Test
    void everyLanguageNamesEnoughSpeechVerbs() {
        List<LexiconCoverage.Speech> thin = coverage.thinSpeech();
        assertTrue(thin.isEmpty(), () -> "fewer than " + LexiconCoverage.MIN_SPEECH_FORMS
                + " speech forms in data/lexicons/<lang>/speech.tsv: " + thin);
    }

    @Test
    void matrixHasEveryCodebookCodeAndLanguage() {
        assertEquals(CameoCodebook.standard().all().size(), coverage.rows().size());
        for (LexiconCoverage.CodeRow r : coverage.rows()) {
            assertEquals(LexiconCoverage.LANGUAGES.size(), r.triggers().size(), r.code());
        }
    }

    @Test
    void countsRowsWithExactlyThatCode() {
        long expected = SupportedLanguages.current().data().get("de").events().entries().stream().filter(e -> e.cameo().equals("040")).count();
        assertTrue(expected > 0);
        assertEquals(expected, coverage.triggers("040", "de"));
    }
}
