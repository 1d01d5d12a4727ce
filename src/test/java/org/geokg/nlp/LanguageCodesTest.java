package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageCodesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ind,id", "msa,ms", "zsm,ms", "eng,en", "spa,es", "deu,de", "fra,fr", "cmn,zh", "pes,fa",
        "ceb,ceb", "'',und"})
    void iso3MapsToIso1(String iso3, String expected) {
        assertEquals(expected, LanguageCodes.fromIso3(iso3));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ID,id", "in,id", "id-ID,id", "en_US,en", "msa,ms", "may,ms", "ger,de", "'',und", "x1,und",
        "english,und"})
    void givenCodesAreNormalized(String given, String expected) {
        assertEquals(expected, LanguageCodes.normalize(given));
    }
}
