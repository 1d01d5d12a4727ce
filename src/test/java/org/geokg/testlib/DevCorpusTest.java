package org.geokg.testlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.extract.eval.GoldLoader;
import org.geokg.extract.eval.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Where the dev corpus is looked for, and what makes it unusable (on fixture folders, not the corpus). */
class DevCorpusTest {

    private static Path splitFixtures() throws URISyntaxException {
        return Path.of(DevCorpusTest.class.getResource("/org/geokg/extract/eval/split/SPLIT.tsv").toURI())
                .getParent();
    }

    @Test
    void thePropertyWinsAndTheDefaultIsRelative() {
        assertEquals(Path.of("/some/where"), DevCorpus.locate("/some/where"));
        assertEquals(Path.of("..", "shared", "corpus"), DevCorpus.locate(null));
        assertEquals(Path.of("..", "shared", "corpus"), DevCorpus.locate(" "));
        assertFalse(DevCorpus.locate(null).isAbsolute());
    }

    @Test
    void articlesAreListedBySplit() throws Exception {
        DevCorpus c = DevCorpus.load(splitFixtures());
        assertEquals(List.of("alpha-id"), c.articles(Split.TUNE).stream().map(GoldLoader.GoldArticle::name).toList());
        assertEquals(List.of("beta-en"), c.articles(Split.FRESH).stream().map(GoldLoader.GoldArticle::name).toList());
        assertTrue(DevCorpus.mayDiagnose(c.articles(Split.TUNE).get(0)));
        assertFalse(DevCorpus.mayDiagnose(c.articles(Split.FRESH).get(0)));
        assertEquals("id", c.goldJson(c.articles().get(0)).path("article").path("language").asText());
    }

    @Test
    void anArticleMissingFromSplitFileFailsWithItsName(@TempDir Path dir) throws Exception {
        copyFixtures(dir);
        Files.writeString(dir.resolve("SPLIT.tsv"), "alpha-id\ttune\n");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> DevCorpus.load(dir));
        assertTrue(e.getMessage().contains("beta-en"), e.getMessage());
    }

    @Test
    void aCorpusWithoutSplitFileFails(@TempDir Path dir) throws Exception {
        copyFixtures(dir);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> DevCorpus.load(dir));
        assertTrue(e.getMessage().contains("has no SPLIT.tsv"), e.getMessage());
    }

    private static void copyFixtures(Path dir) throws IOException, URISyntaxException {
        for (String f : List.of("alpha-id.txt", "alpha-id.gold.json", "beta-en.txt", "beta-en.gold.json")) {
            Files.copy(splitFixtures().resolve(f), dir.resolve(f));
        }
    }
}
