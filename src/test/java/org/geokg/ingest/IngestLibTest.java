package org.geokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngestLibTest {

    @Test
    void givenIdWinsOverUrlAndUrlOverHash() {
        assertEquals("a-1", IngestLib.articleId(" a-1 ", "https://x.org/a", "text"));
        assertEquals("https://x.org/a", IngestLib.articleId(null, "https://x.org/a", "text"));
        assertEquals(IngestLib.textHash("text"), IngestLib.articleId("", " ", "text"));
    }

    @Test
    void hashIgnoresWhitespaceAndUnicodeNormalizationForm() {
        String composed = "Caf\u00e9 news\ntoday";
        String decomposed = "  Cafe\u0301  news today\n";
        assertEquals(IngestLib.textHash(composed), IngestLib.textHash(decomposed));
        assertNotEquals(IngestLib.textHash("Cafe news today"), IngestLib.textHash(composed));
        assertTrue(IngestLib.textHash("x").matches("[0-9a-f]{16}"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "id, id", "ID, id", "en-US, en", "ms_MY, ms", "ind, id", "deu, de", "ger, de",
        "Indonesian, id", "english, en", "Malay, ms", "und, und", "in, id"
    })
    void languageCodesAndNamesBecomeIso6391(String given, String expected) {
        assertEquals(expected, IngestLib.language(given));
    }

    @Test
    void unrecognizedLanguageIsLeftToTheExtractor() {
        assertNull(IngestLib.language("klingonese"));
        assertNull(IngestLib.language(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2021, 2021", "2021-08, 2021-08", "2021-08-12, 2021-08-12",
        "2021-08-12T10:00:00+07:00, 2021-08-12", "2021-08-12 23:59, 2021-08-12",
        "2021/8/12, 2021-08-12", "'Thu, 12 Aug 2021 10:00:00 GMT', 2021-08-12"
    })
    void datesBecomeIsoDates(String given, String expected) {
        assertEquals(expected, IngestLib.date(given));
    }

    @Test
    void impossibleDateIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestLib.date("2021-13-45"));
        assertTrue(e.getMessage().contains("2021-13-45"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IngestLib.date("last Tuesday"));
    }
}
