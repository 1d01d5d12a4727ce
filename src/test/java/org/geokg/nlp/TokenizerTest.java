package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {
    private final Tokenizer tokenizer = OpenNlpTokenizer.create();

    private List<String> tokens(String text, String lang) {
        return tokenizer.tokenize(text, 0, text.length(), lang).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void rulesKeepNumbersDatesAndAbbreviationsWhole() {
        assertEquals(List.of("Dr.", "Andi", "menerima", "Rp", "28.500", "(", "20/11/2024", ")", "dll."),
                tokens("Dr. Andi menerima Rp 28.500 (20/11/2024) dll.", "id"));
    }

    @Test
    void rulesKeepHyphenatedAndApostropheWordsWhole() {
        assertEquals(List.of("Kim", "Jong-un", "dan", "Ri'ayatuddin", "Covid-19", "."),
                tokens("Kim Jong-un dan Ri'ayatuddin Covid-19.", "ms"));
    }

    @Test
    void germanModelTokensHaveQuotesSplitOff() {
        List<String> t = tokens("„Das ist gut“, sagte er.", "de");
        assertEquals("„", t.get(0));
        assertTrue(t.contains("gut"), t.toString());
        assertTrue(t.contains("“"), t.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "id", "und"})
    void tokensAreOffsetsInsideTheRange(String lang) {
        String t = "xx Putin said: \"We will win.\" yy";
        List<TextSpan> spans = tokenizer.tokenize(t, 3, t.length() - 3, lang);
        int prev = 3;
        for (TextSpan s : spans) {
            assertTrue(s.start() >= prev && s.end() <= t.length() - 3, s + " in " + spans);
            assertEquals(s.of(t).strip(), s.of(t));
            prev = s.end();
        }
        assertEquals("Putin", spans.get(0).of(t));
    }

    @Test
    void nlpFacadeAnswersAllThree() {
        Nlp nlp = Nlp.get();
        String t = "Kerajaan memaklumkan bahawa lawatan itu ditangguhkan. Mesyuarat diadakan esok.";
        String lang = nlp.language(t);
        assertEquals("ms", lang);
        assertEquals(2, nlp.sentences(t, 0, t.length(), lang).size());
        assertEquals(11, nlp.tokens(t, 0, t.length(), lang).size());
    }
}
