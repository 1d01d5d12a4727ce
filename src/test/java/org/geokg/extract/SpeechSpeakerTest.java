package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.geokg.kg.model.Entity;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who speaks at a tail speech verb, on made-up sentences per language. */
class SpeechSpeakerTest {
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "ms | Menteri Luar Negeri Malaysia, Ahmad Zaki, tiba di Tokyo pada Isnin. “Rundingan akan diteruskan bulan depan,” katanya kepada Bernama. | Rundingan | Ahmad Zaki",
        "es | El canciller de Chile, Tomás Vidal, llegó a Lima el lunes. “Las conversaciones seguirán el mes próximo”, declaró a la agencia EFE. | conversaciones | Tomás Vidal",
    })
    void aNewsOutletAtTheVerbIsTheSourceNotTheSpeaker(String lang, String text, String words, String person) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | “The border will stay open to trade,” Chilean diplomacy said in a statement on Monday. | border | CHL",
        "de | Die Grenze bleibe für den Handel offen, teilte die chilenische Diplomatie am Montag mit. | Grenze | CHL",
    })
    void aStatesDiplomacyIsItsForeignMinistry(String lang, String text, String words, String iso3) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals("Organization", sp.type(), () -> "speaker " + sp);
        assertEquals(iso3, sp.country(), () -> "speaker " + sp);
    }
}
