package org.geokg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.geokg.sys.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which inflected and affixed forms of a text match one lexicon lemma, per language: a plain
 * word matches through the stemmer, {@code lemma~} also through affixes, {@code lemma=} only as
 * written.
 */
class StemmedPatternTest {

    private static boolean matches(String lang, String pattern, String text) {
        WordForms forms = WordForms.load(lang);
        TokenPattern p = TokenPattern.parse(pattern, Map.of(), forms, "test");
        List<Token> toks = Tokens.of(text, 0, text.length());
        return p.match(toks, 0, toks.size(), forms) == toks.size();
    }

    private static void check(String lang, String pattern, String text, boolean expected) {
        assertEquals(expected, matches(lang, pattern, text),
                lang + ": pattern '" + pattern + "' against '" + text + "'");
    }

    @ParameterizedTest(name = "id: {0} vs {1} -> {2}")
    @CsvSource({
        "kecam~, mengecam, true", "kecam~, dikecam, true", "kecam~, kecaman, true", "kecam~, dikecamnya, true",
        "perkuat~, memperkuat, true", "kuat~, memperkuat, true", "kerah~, dikerahkan, true",
        "kirim~, mengirimkan, true", "serang~, menyerang, true", "serang~, serangannya, true",
        "kata, katanya, true", "pertemuan, pertemuannya, true",
        // a plain word takes clitics only: noun and verb stay apart
        "kecam, dikecam, false", "pertemuan, bertemu, false", "kecam~, kecamatan, false",
        // the affixed verbs and derived nouns of everyday acts
        "kunjung~, berkunjung, true", "kunjung~, mengunjungi, true", "kunjung~, kunjungan, true",
        "kunjung~, dikunjungi, true", "sepakat~, menyepakati, true", "sepakat~, kesepakatan, true",
        "tandatangan~, menandatangani, true", "tandatangan~, penandatanganan, true",
        "tandatangan~, ditandatanganinya, true", "tolak~, penolakan, true", "tolak~, menolak, true",
        "bantah~, membantah, true", "tuduh~, menuduh, true", "tuduh~, tuduhan, true", "desak~, mendesak, true",
        "ancam~, mengancam, true", "usir~, pengusiran, true", "tarik~, penarikan, true", "kerah~, pengerahan, true",
        "serang~, diserang, true", "tembak~, menembaki, true", "tangkap~, penangkapan, true",
        "kirim~, dikirimkan, true", "sambut~, menyambut, true", "puji~, memuji, true", "dukung~, dukungan, true",
        "dukung~, mendukung, true", "panggil~, memanggil, true", "runding~, perundingan, true",
        "runding~, berunding, true", "apresiasi~, mengapresiasi, true", "perkuat~, diperkuat, true",
        // multi-word rows and skips
        "ancaman ...2 terhadap, ancaman rusia terhadap, true", "gencatan senjata, gencatan senjatanya, true",
        "latihan ?militer ?perang ...3 dekat, latihan militer di dekat, true"})
    void indonesian(String pattern, String text, boolean expected) {
        check("id", pattern, text, expected);
    }

    @ParameterizedTest(name = "ms: {0} vs {1} -> {2}")
    @CsvSource({
        "kecam~, mengecam, true", "kecam~, dikecam, true", "serang~, serangan, true", "menurut, menurutnya, true",
        "kata, katanya, true", "kecam, mengecam, false",
        "lawat~, melawat, true", "lawat~, lawatan, true", "gesa~, menggesa, true", "nafi~, menafikan, true",
        "sekat~, sekatan, true", "meterai~, memeterai, true", "hantar~, menghantar, true",
        "runding~, rundingan, true", "ugut~, mengugut, true", "iktiraf~, mengiktiraf, true",
        "latihan ?ketenteraan ?tentera ...3 berhampiran, latihan ketenteraan berhampiran, true"})
    void malay(String pattern, String text, boolean expected) {
        check("ms", pattern, text, expected);
    }

    @ParameterizedTest(name = "en: {0} vs {1} -> {2}")
    @CsvSource({
        "visit, visited, true", "visit, visits, true", "visit, visiting, true", "sanctions, sanctioned, true",
        "declare, declared, true", "accuse, accusing, true",
        // Porter2 also strips some derivation: noun and verb meet
        "declared, declaration, true",
        // irregular forms stay explicit in the lexicon; stems under 4 letters match exactly only
        "say, said, false", "say, says, false", "meet, met, false",
        // exact-only words
        "units=, united, false", "units=, units, true", "stated=, states, false", "stated, states, true"})
    void english(String pattern, String text, boolean expected) {
        check("en", pattern, text, expected);
    }

    @ParameterizedTest(name = "fr: {0} vs {1} -> {2}")
    @CsvSource({
        "a déclarer, a déclaré, true", "déclarer, déclare, true", "déclarer, déclarait, true",
        "déclarer, déclarera, true", "condamner, condamnée, true",
        // Snowball keeps the -ent of the 3rd person plural; fr/affixes.tsv removes it for lemma~
        "déclarer, déclarent, false", "déclarer~, déclarent, true",
        "dire, dit, false", "déclaration=, déclarer, false"})
    void french(String pattern, String text, boolean expected) {
        check("fr", pattern, text, expected);
    }

    @ParameterizedTest(name = "es: {0} vs {1} -> {2}")
    @CsvSource({
        "atacar, atacó, true", "atacar, atacan, true", "condenar, condena, true", "condenar, condenaron, true",
        "declarar, declaró, true",
        // irregular: decir has the stems dec-, dij-, dic-; its forms stay explicit in the lexicon
        "decir, dijo, false", "decir, dicen, false", "decir, dicho, false",
        // Snowball reads -aran in declaran as a subjunctive ending
        "declarar, declaran, false"})
    void spanish(String pattern, String text, boolean expected) {
        check("es", pattern, text, expected);
    }

    @ParameterizedTest(name = "de: {0} vs {1} -> {2}")
    @CsvSource({
        "erklärt, erklärte, true", "erklärt, erklärten, true", "angriff, angriffe, true", "sagte, sagt, true",
        // Snowball leaves ge- and the weak -t/-te: the plain lemma misses them, lemma~ (de/affixes.tsv) not
        "sagen, sagte, false", "sagen, gesagt, false", "sagen~, sagte, true", "sagen~, gesagt, true",
        "sagen~, sagt, true", "sagen~, sagten, true", "verurteilen~, verurteilte, true",
        // strong verbs stay explicit
        "treffen~, traf, false",
        // umlaut folding would make wurde (was) the modal würde: exact-only
        "würde=, wurde, false", "würde, wurde, true",
        // closed compounds match by their head (de/affixes.tsv compound 5), not by a short one
        "brigade, kampfbrigade, true", "brigade, kampfbrigaden, true", "angriff, luftangriffe, true",
        "brigade=, kampfbrigade, false", "krieg, angriffskrieg, true", "test, raketentest, false",
        "angriff, angriffe, true", "brigade, gade, false"})
    void german(String pattern, String text, boolean expected) {
        check("de", pattern, text, expected);
    }

    @Test
    void exactMarkerNeedsAWord() {
        assertThrows(ConfigException.class, () -> TokenPattern.parse("=", Map.of(), WordForms.load("en"), "test"));
    }

    @Test
    void literalViewMatchesAsWrittenOnly() {
        WordForms en = WordForms.load("en");
        TokenPattern p = TokenPattern.parse("visit", Map.of(), en, "test");
        List<Token> toks = Tokens.of("visited", 0, 7);
        assertEquals(1, p.match(toks, 0, 1, en));
        assertEquals(-1, p.match(toks, 0, 1, en.literal()));
    }
}
