package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.geokg.extract.eval.GoldLoader;
import org.geokg.testlib.DevCorpus;
import org.geokg.testlib.ExpectedCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpLanguageIdentifierTest {
    private final LanguageIdentifier ids = OpenNlpLanguageIdentifier.create();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Pemerintah Indonesia mengatakan bahwa kunjungan itu akan berlangsung hari Senin.",
        "id|Harga minyak naik lima persen karena permintaan meningkat tajam.",
        "id|Mantan menteri itu diperiksa polisi pada hari Kamis kemarin.",
        "id|Presiden bertemu dengan para pemimpin negara tetangga di istana.",
        "ms|Kerajaan Malaysia memaklumkan bahawa lawatan itu akan diadakan pada hari Isnin.",
        "ms|Harga minyak naik lima peratus kerana permintaan meningkat dengan ketara.",
        "ms|Perdana Menteri akan bertemu pemimpin serantau selepas mesyuarat kabinet.",
        "ms|Syarikat itu menyokong pelbagai program pelaburan antarabangsa.",
        "en|The minister will travel to Tokyo on Monday for talks.",
        "en|Officials said the agreement was signed after a long meeting.",
        "es|El ministro viajará a Madrid el lunes para una reunión.",
        "es|Según el gobierno, las sanciones entrarán en vigor mañana.",
        "de|Der Minister reist am Montag zu Gesprächen nach Paris.",
        "de|Die Regierung hat die Sanktionen gegen das Land verlängert.",
        "fr|Le ministre se rendra à Paris lundi pour des entretiens.",
        "fr|Selon le gouvernement, les sanctions entreront en vigueur demain."
    })
    void shortSentenceGetsItsLanguage(String expected, String sentence) {
        assertEquals(expected, ids.identify(sentence));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "12345 678", "!!! ???", "xqzt vbnm kjhg", "asdf qwer zxcv uiop", "ab"})
    void emptyOrGibberishIsUndetermined(String text) {
        assertEquals("und", ids.identify(text));
    }

    /** The language of every dev-corpus article against gold, counted per split against corpus-expected.tsv. */
    @Test
    void corpusArticleLanguagesAreTheExpectedOnes() {
        DevCorpus corpus = DevCorpus.require();
        String test = "OpenNlpLanguageIdentifierTest";
        ExpectedCounts.Tally tally = new ExpectedCounts.Tally("language");
        for (GoldLoader.GoldArticle a : corpus.articles()) {
            String found = ids.identify(a.text());
            if (!tally.add(a.split(), "language", found, a.gold().language()) && DevCorpus.mayDiagnose(a)) {
                System.err.println(test + " " + a.name() + ": " + found + " (gold " + a.gold().language() + ")");
            }
        }
        ExpectedCounts.assertExpected(test, tally.rows(test));
    }

    @Test
    void veryLongTextIsIdentifiedWithoutReadingItAll() {
        String para = "Pemerintah mengatakan bahwa kerja sama kedua negara akan diperkuat pada pekan depan. ";
        assertEquals("id", ids.identify(para.repeat(2000)));
    }
}
