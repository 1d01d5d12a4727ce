package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.geokg.extract.Extractor;
import org.geokg.sys.DataLib;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken or missing language data file stops {@code extract} before any article (exit 2, the
 * file and line on stderr, nothing on stdout), never a reject per article. The data is the
 * bundled data with an overlay ({@link DataLib#OVERLAY_PROPERTY}) that lists one more language
 * (a copy of the Dutch test folder under a code reserved for local use, so no cache holds it).
 */
class LanguageDataCliTest {
    @TempDir
    Path dir;

    @AfterEach
    void noOverlay() {
        System.clearProperty(DataLib.OVERLAY_PROPERTY);
    }

    private Path overlayWith(String code) throws IOException, URISyntaxException {
        Path src = Paths.get(LanguageDataCliTest.class.getResource("/org/geokg/extract/newlang").toURI());
        Path data = dir.resolve("overlay");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = src.relativize(f).toString().replace("/nl/", "/" + code + "/");
                Path to = data.resolve(rel);
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        // the bundled list (7 lines here: comment + id ms en es de fr) with the new code on line 8
        Files.writeString(data.resolve("data/lexicons/und/lexicon-languages.txt"),
                "# test list\nid\nms\nen\nes\nde\nfr\n" + code + "\n", StandardCharsets.UTF_8);
        System.setProperty(DataLib.OVERLAY_PROPERTY, data.toString());
        return data.resolve("data/lexicons/" + code);
    }

    private CliRun extractTwoArticles() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Indonesia dan Malaysia menggelar latihan bersama.");
        Files.writeString(dir.resolve("b.txt"), "France and Japan signed an agreement.");
        return CliRun.run(Extractor::createDefault, dir, "extract", dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString());
    }

    @Test
    void aBadRowStopsExtractWithExitTwoNamingFileAndLine() throws Exception {
        Path lang = overlayWith("qba");
        Files.writeString(lang.resolve("speech.tsv"), "zei|zegt\tverbb\t\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        CliRun r = extractTwoArticles().assertExit(ExitCode.INVALID_INPUT);
        assertTrue(r.err().contains("data/lexicons/qba/speech.tsv line 4"), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(!r.err().contains("rejected"), r::toString);
    }

    @Test
    void aMissingFileStopsExtractWithExitTwoNamingFileAndListLine() throws Exception {
        Path lang = overlayWith("qbb");
        Files.delete(lang.resolve("grammar.tsv"));
        CliRun r = extractTwoArticles().assertExit(ExitCode.INVALID_INPUT);
        assertTrue(r.err().contains("data/lexicons/qbb/grammar.tsv: missing"), r::toString);
        assertTrue(r.err().contains("lexicon-languages.txt line 8"), r::toString);
        assertEquals("", r.out(), r::toString);
    }
}
