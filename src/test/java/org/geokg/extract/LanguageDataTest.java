package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geokg.extract.lexicon.LanguageData;
import org.geokg.extract.lexicon.LanguageDataSet;
import org.geokg.extract.lexicon.LanguageWords;
import org.geokg.extract.lexicon.SupportedLanguages;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.nlp.LuceneStemmer;
import org.geokg.nlp.Stemmer;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One language = one data folder: the supported languages come from data, each listed language's
 * files load when the pipeline is built, a broken or missing file fails the build naming the
 * file and line, and a language added as data alone (fixture: a minimal Dutch folder laid over
 * the bundled data with {@link DataLib#OVERLAY_PROPERTY}) extracts events.
 */
class LanguageDataTest {
    private static final String LIST = "data/lexicons/und/lexicon-languages.txt";

    @TempDir
    Path tmp;

    @AfterEach
    void noOverlay() {
        System.clearProperty(DataLib.OVERLAY_PROPERTY);
    }

    /** The minimal Dutch fixture copied to {@code tmp}, with {@code extra} (a code) listed too. */
    private Path overlay(String extraCode) {
        try {
            Path src = Paths.get(LanguageDataTest.class.getResource("newlang").toURI());
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = tmp.resolve(src.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
            if (extraCode != null) {
                Files.writeString(tmp.resolve(LIST), extraCode + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            }
            System.setProperty(DataLib.OVERLAY_PROPERTY, tmp.toString());
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the Dutch folder under another code (qaa..qtz: reserved for local use, never cached before). */
    private Path language(String code) throws IOException {
        Path dir = tmp.resolve("data/lexicons/" + code);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(tmp.resolve("data/lexicons/nl"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void theSupportedLanguagesAreTheBundledList() {
        SupportedLanguages langs = SupportedLanguages.current();
        assertEquals(DataLib.lines(LIST).stream().map(String::strip).toList(), langs.codes());
        assertEquals(langs.codes(), langs.loadAll().codes());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "ms", "en", "es", "de", "fr"})
    void everyBundledLanguageLoadsIntoOneObject(String code) {
        LanguageData d = SupportedLanguages.current().loadAll().get(code);
        assertNotNull(d, code);
        assertEquals(code, d.code());
        assertEquals(code.equals("en"), d.words().monthFirst(), "date order of " + code);
        assertTrue(!d.events().isEmpty(), "events of " + code);
        assertTrue(!d.words().words(LanguageWords.BYLINE).isEmpty(), "byline words of " + code);
    }

    @Test
    void germanGenitiveComesFromData() {
        LanguageWords de = SupportedLanguages.current().words("de");
        assertEquals("Russlands", de.genitive("Russland"));
        assertEquals(null, de.genitive("Paris"));
        assertEquals(null, SupportedLanguages.current().words("en").genitive("Russia"));
    }

    @Test
    void aLanguageAddedAsDataAloneExtractsEvents() {
        overlay(null);
        assertTrue(SupportedLanguages.current().codes().contains("nl"));
        Extractor x = RuleBasedExtractor.create();
        ExtractionDocument doc = x.extract(new Article("nl1", "nl1.txt", null, null, "2024-03-04", "nl", null,
                "Frankrijk bezocht Japan op dinsdag.\n\nDuitsland veroordeelde Rusland."));
        Map<String, String> country = new HashMap<>();
        doc.entities().forEach(en -> country.put(en.ref(), en.country()));
        List<String> events = doc.events().stream().map(e -> describe(e, country)).toList();
        assertTrue(events.contains("042 FRA JPN"), events::toString);
        assertTrue(events.contains("111 DEU RUS"), events::toString);
    }

    @Test
    void theBylineWordsOfANewLanguageReachTheTextPreparer() {
        String text = "Frankrijk bezoekt Japan\n\nDOOR ANP\n\nFrankrijk bezocht Japan op dinsdag.\n\n"
                + "Duitsland veroordeelde Rusland.";
        Article a = new Article("nl2", "nl2.txt", null, null, "2024-03-04", "nl", null, text);
        assertEquals(null, RuleBasedExtractor.create().extract(a).article().publisher(), "without nl data");
        overlay(null);
        assertEquals("ANP", RuleBasedExtractor.create().extract(a).article().publisher(), "nl byline 'door'");
    }

    @Test
    void aNewLanguageNamesItsLuceneStemmerInData() {
        overlay(null);
        Stemmer nl = LuceneStemmer.forLanguage("nl");
        assertEquals(nl.stem("bezoek"), nl.stem("bezoeken"));
        assertEquals("bezoeken", Stemmer.NONE.stem("bezoeken"));
    }

    @Test
    void anUnknownStemmerNamesTheFile() throws IOException {
        overlay("qae");
        Files.writeString(language("qae").resolve("language.tsv"), "date-order\tday-month\nstemmer\tsnowball:Klingon\n");
        ConfigException e = assertThrows(ConfigException.class, SupportedLanguages::current);
        assertTrue(e.getMessage().startsWith("data/lexicons/qae/language.tsv (stemmer): Lucene has no Snowball stemmer"),
                e.getMessage());
    }

    private static String describe(Event e, Map<String, String> country) {
        return e.cameo() + " " + String.join(",", e.source().stream().map(country::get).toList()) + " "
                + String.join(",", e.target().stream().map(country::get).toList());
    }

    @Test
    void aMissingRequiredFileStopsTheBuildNamingTheFileAndTheListLine() throws IOException {
        overlay("qaa");
        Files.delete(language("qaa").resolve("units.tsv"));
        ConfigException e = assertThrows(ConfigException.class, RuleBasedExtractor::create);
        assertTrue(e.getMessage().startsWith("data/lexicons/qaa/units.tsv: missing"), e.getMessage());
        assertTrue(e.getMessage().contains(LIST + " line 9"), e.getMessage());
    }

    @Test
    void aBadEventRowStopsTheBuildNamingTheFileAndLine() throws IOException {
        overlay("qab");
        Path events = language("qab").resolve("events.tsv");
        Files.writeString(events, "bezocht\t999\t\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        ConfigException e = assertThrows(ConfigException.class, RuleBasedExtractor::create);
        assertTrue(e.getMessage().contains("data/lexicons/qab/events.tsv line 5"), e.getMessage());
    }

    @Test
    void anUnknownLanguageKeyStopsTheBuildNamingTheFileAndLine() throws IOException {
        overlay("qac");
        Files.writeString(language("qac").resolve("language.tsv"), "# c\ndate-order\tday-month\nbylne\tdoor\n");
        ConfigException e = assertThrows(ConfigException.class, RuleBasedExtractor::create);
        assertTrue(e.getMessage().startsWith("data/lexicons/qac/language.tsv line 3: unknown key 'bylne'"),
                e.getMessage());
    }

    @Test
    void aBadDateRowStopsTheBuildNamingTheFileAndLine() throws IOException {
        overlay("qad");
        Files.writeString(language("qad").resolve("dates.tsv"), "kind\tphrase\tvalue\nmonth\tjanuari\tone\n");
        ConfigException e = assertThrows(ConfigException.class, RuleBasedExtractor::create);
        assertTrue(e.getMessage().startsWith("data/lexicons/qad/dates.tsv line 2: bad number 'one'"), e.getMessage());
    }

    @Test
    void aBadTitleRowStopsTheBuildNamingTheFileAndLine() throws IOException {
        overlay("qaf");
        Files.writeString(language("qaf").resolve("titles.tsv"),
                "# c\ntitle\trole\tsector\taffiliation\tcountry\tgap\nminister\tminister\tGOV\tyes\t\ttwo\n");
        ConfigException e = assertThrows(ConfigException.class, RuleBasedExtractor::create);
        assertTrue(e.getMessage().startsWith("data/lexicons/qaf/titles.tsv line 3: gap"), e.getMessage());
    }

    @Test
    void aBadCreditRowStopsTheBuildNamingTheFileAndLine() throws IOException {
        overlay("qag");
        Files.writeString(language("qag").resolve("credits.tsv"), "# c\nvia\tany\tvolgens {NAME}\nvia\tany\n");
        ConfigException e = assertThrows(ConfigException.class, RuleBasedExtractor::create);
        assertTrue(e.getMessage().startsWith("data/lexicons/qag/credits.tsv line 3: expected kind<TAB>name<TAB>pattern"),
                e.getMessage());
    }

    @Test
    void aBadAbbreviationRowStopsTheBuildNamingTheFileAndLine() throws IOException {
        overlay("qah");
        Files.writeString(language("qah").resolve("abbreviations.tsv"), "blz.\tprefix\nnr.\tmidden\n");
        ConfigException e = assertThrows(ConfigException.class, RuleBasedExtractor::create);
        assertTrue(e.getMessage().startsWith("data/lexicons/qah/abbreviations.tsv line 2: bad class 'midden'"),
                e.getMessage());
    }

    @Test
    void aLanguageWithoutLexiconsGetsTheUndeterminedData() {
        LanguageDataSet langs = SupportedLanguages.current().data();
        assertEquals("de", langs.get("de-AT").code());
        assertEquals("de", langs.get(" DE ").code());
        for (String code : new String[] {"it", "und", null}) {
            LanguageData d = langs.get(code);
            assertEquals(false, d.supported(), String.valueOf(code));
            assertTrue(d.events().isEmpty(), String.valueOf(code));
            assertEquals(langs.undetermined(), d, String.valueOf(code));
        }
        assertTrue(langs.get("fr").supported());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lexicon.EventLexicon", "lexicon.SpeechPatterns", "lexicon.Grammar",
        "lexicon.ModalityDetector", "lexicon.WordForms", "lexicon.ActorLexicon", "lexicon.CreditFinder",
        "mentions.GazetteerMentionFinder", "text.RuleTextPreparer", "analysis.ArticleView"})
    void theStagesKeepNoPerLanguageCacheOfTheirOwn(String name) throws ClassNotFoundException {
        // the lexicons of a language live in its LanguageData, loaded when the pipeline is built
        for (Field f : Class.forName("org.geokg.extract." + name).getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                assertTrue(!Map.class.isAssignableFrom(f.getType()), name + "." + f.getName() + " is a static map");
            }
        }
    }

    @Test
    void aBadCodeInTheListNamesItsLine() throws IOException {
        overlay("Dutch");
        ConfigException e = assertThrows(ConfigException.class, SupportedLanguages::current);
        assertTrue(e.getMessage().startsWith(LIST + " line 9: 'Dutch' is not a language code"), e.getMessage());
    }
}
