package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = OpenNlpSentenceSplitter.create();

    private List<String> split(String text, String lang) {
        return splitter.split(text, 0, text.length(), lang).stream().map(s -> s.of(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "ms", "en", "de", "es", "fr", "und"})
    void lineBreakAlwaysEndsASentence(String lang) {
        assertEquals(List.of("Rapat dibuka Rabu, (03/08/22)", "Peserta datang dari tiga negara."),
                split("Rapat dibuka Rabu, (03/08/22)\nPeserta datang dari tiga negara.", lang));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "en", "de"})
    void closingQuoteStaysWithItsSentence(String lang) {
        assertEquals(List.of("Ia berkata, \"Kami siap.\"", "Lalu ia pergi."),
                split("Ia berkata, \"Kami siap.\" Lalu ia pergi.", lang));
    }

    @Test
    void quotationClosingOnTheLineIsNotSplit() {
        String t = "“Kami siap. Kami akan menang,” kata Andika. Acara selesai.";
        assertEquals(List.of("“Kami siap. Kami akan menang,” kata Andika.", "Acara selesai."), split(t, "id"));
    }

    @Test
    void prefixAbbreviationsDoNotEndSentences() {
        assertEquals(List.of("Dr. Andi tinggal di Jl. Sudirman No. 5 sejak lama.", "Ia lahir di Bandung."),
                split("Dr. Andi tinggal di Jl. Sudirman No. 5 sejak lama. Ia lahir di Bandung.", "id"));
    }

    @Test
    void ellipsisBeforeLowercaseDoesNotEndASentence() {
        assertEquals(List.of("Ia menunggu... dan menunggu lagi.", "Tak ada yang datang."),
                split("Ia menunggu... dan menunggu lagi. Tak ada yang datang.", "id"));
    }

    @Test
    void initialDoesNotEndASentence() {
        assertEquals(1, split("Jenderal Charles A. Flynn membuka latihan itu.", "id").size());
    }

    @Test
    void germanOrdinalDoesNotEndASentence() {
        assertEquals(List.of("Am 3. März reiste Dr. Müller nach Berlin.", "Dort traf er den Kanzler."),
                split("Am 3. März reiste Dr. Müller nach Berlin. Dort traf er den Kanzler.", "de"));
    }

    @Test
    void englishPeriodAfterADateEndsASentence() {
        String t = "The poisoning of a former Kenyan official in Kampala on March 4. Blaming Kenya for it, Uganda said it would act.";
        assertEquals(List.of("The poisoning of a former Kenyan official in Kampala on March 4.",
                "Blaming Kenya for it, Uganda said it would act."), split(t, "en"));
    }

    @Test
    void englishModelSplitsAndKeepsTitles() {
        assertEquals(List.of("Mr. Smith met the minister on Monday.", "They signed a deal?", "Yes!"),
                split("Mr. Smith met the minister on Monday. They signed a deal? Yes!", "en"));
    }

    @Test
    void spansAreOffsetsIntoTheOriginalRange() {
        String t = "Judul\n\n  Kalimat pertama. Kalimat kedua.  \nKalimat ketiga.";
        int from = 6;
        List<TextSpan> spans = splitter.split(t, from, t.length(), "id");
        assertEquals(3, spans.size());
        for (TextSpan s : spans) {
            assertTrue(s.start() >= from && s.end() <= t.length());
            assertEquals(s.of(t).strip(), s.of(t));
        }
        assertEquals("Kalimat kedua.", spans.get(1).of(t));
    }

    @Test
    void rangeOutsideTheTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> splitter.split("abc", 2, 10, "id"));
    }
}
