package org.geokg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one tokenization and its two views: words only, and compounds joined with punctuation. */
class TokensTest {

    private static String texts(List<Token> toks) {
        StringBuilder out = new StringBuilder();
        for (Token t : toks) {
            out.append(out.length() == 0 ? "" : "|").append(t.text());
        }
        return out.toString();
    }

    @Test
    void allKeepsPunctuationAsSingleMarksAndSkipsSpaces() {
        String text = "Kim Jong-un, (KCNA).";
        assertEquals("Kim|Jong|-|un|,|(|KCNA|)|.", texts(Tokens.all(text, 0, text.length())));
    }

    @Test
    void wordsViewIsAllWithoutPunctuation() {
        String text = "Sin Hong-chol's visit: 28.500 troops.";
        List<Token> words = Tokens.of(text, 0, text.length());
        assertEquals(Tokens.all(text, 0, text.length()).stream().filter(Token::isWord).toList(), words);
        assertEquals("Sin|Hong|chol|s|visit|28|500|troops", texts(words));
    }

    @Test
    void offsetsPointIntoTheTextRange() {
        String text = "xx Über den Fluss yy";
        for (Token t : Tokens.of(text, 3, 17)) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals("Über|den|Fluss", texts(Tokens.of(text, 3, 17)));
        assertEquals("über", Tokens.of(text, 3, 17).get(0).norm());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "Sin Hong-chol said; Sin|Hong-chol|said",
        "Ri'ayatuddin Ri\u2019ayatuddin; Ri'ayatuddin|Ri\u2019ayatuddin",
        "Russia's army; Russia|'s|army",
        "the minister\u2019s aide; the|minister|\u2019s|aide",
        "d'Iran et l'Algérie; d|'|Iran|et|l|'|Algérie",
        "EU-Außenminister -Treffen; EU-Außenminister|-|Treffen",
        "'s alone; 's|alone",
        "it's-x; it|'s|-|x",
    })
    void joinedKeepsCompoundsButNotCliticsOrElisions(String text, String expected) {
        assertEquals(expected, texts(Tokens.joined(text, 0, text.length())));
    }

    @Test
    void foldedDropsDiacriticsAndHyphensOnlyForWords() {
        String text = "Hong-chol \u2019";
        List<Token> toks = Tokens.joined(text, 0, text.length());
        assertEquals("hong chol", toks.get(0).folded());
        assertTrue(toks.get(0).isWord());
        assertTrue(toks.get(0).capitalized());
        assertEquals("'", toks.get(1).folded());
        assertFalse(toks.get(1).isWord());
        assertEquals(Token.Kind.PUNCT, toks.get(1).kind());
    }
}
