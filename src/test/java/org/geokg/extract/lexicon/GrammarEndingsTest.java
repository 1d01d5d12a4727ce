package org.geokg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grammar kinds written as word endings (gerund, participle): a word carries the kind when it ends
 * so and keeps a stem of at least three letters before the ending; a language without such rows
 * has none.
 */
class GrammarEndingsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "es, exigiendo, gerund, true",
        "es, atacando, gerund, true",
        "es, dando, gerund, false",
        "es, exigió, gerund, false",
        "es, incautado, participle, true",
        "es, impuesto, participle, true",
        "es, protesta, participle, false",
        "es, protestó, participle, false",
        "en, demanding, gerund, true",
        "en, summoned, participle, true",
        "en, summon, participle, false",
        "en, bed, participle, false",
    })
    void wordEndingsMarkTheirKind(String lang, String word, String kind, boolean expected) {
        Grammar g = SupportedLanguages.current().data().get(lang).grammar();
        List<Token> toks = Tokens.of(word, 0, word.length());
        assertEquals(1, toks.size());
        assertEquals(expected, g.is(Grammar.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), toks, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es, true", "en, true", "de, false"})
    void onlyLanguagesWithEndingRowsHaveGerunds(String lang, boolean has) {
        Grammar g = SupportedLanguages.current().data().get(lang).grammar();
        assertEquals(has, g.has(Grammar.Kind.GERUND));
        assertFalse(g.is(Grammar.Kind.GERUND, List.of(), 0));
        assertTrue(has || !g.has(Grammar.Kind.PARTICIPLE));
    }
}
