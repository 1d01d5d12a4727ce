package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpLanguageIdentifierTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
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

    static Stream<Arguments> corpusArticles() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of(Arguments.of("(corpus absent)", null, null));
        }
        ObjectMapper json = new ObjectMapper();
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode article = json.readTree(gold.toFile()).get("article");
                Path txt = CORPUS.resolve(article.get("file").asText());
                out.add(Arguments.of(txt.getFileName().toString(), Files.readString(txt),
                        article.get("language").asText()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusArticles")
    void corpusArticleLanguageMatchesGold(String name, String text, String gold) {
        Assumptions.assumeTrue(text != null, "dev corpus not found at " + CORPUS.toAbsolutePath() + ": skipped");
        assertEquals(gold, ids.identify(text), name);
    }

    @Test
    void veryLongTextIsIdentifiedWithoutReadingItAll() {
        String para = "Pemerintah mengatakan bahwa kerja sama kedua negara akan diperkuat pada pekan depan. ";
        assertEquals("id", ids.identify(para.repeat(2000)));
    }
}
