package org.geokg.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPLIT.tsv: every article of a gold folder marked tune or fresh, nothing more, nothing less. */
class SplitFileTest {

    static Path splitFixtures() {
        try {
            return Path.of(SplitFileTest.class.getResource("split/SPLIT.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path folder(Path dir, String split) throws IOException {
        Files.writeString(dir.resolve(SplitFile.NAME), split);
        return dir;
    }

    @Test
    void everyArticleGetsItsSplit() {
        assertEquals(Map.of("alpha-id", Split.TUNE, "beta-en", Split.FRESH),
                SplitFile.read(splitFixtures(), List.of("alpha-id", "beta-en")));
    }

    @Test
    void goldLoaderGivesEachArticleItsSplit() {
        List<GoldLoader.GoldArticle> gold = GoldLoader.loadDir(splitFixtures());
        assertEquals(List.of(Split.TUNE, Split.FRESH), gold.stream().map(GoldLoader.GoldArticle::split).toList());
    }

    @Test
    void folderWithoutSplitFileHasNoSplits() {
        Path plain = EvalRegressionTest.fixtures();
        assertEquals(Map.of(), SplitFile.read(plain, List.of("alpha-id", "beta-en")));
        assertTrue(GoldLoader.loadDir(plain).stream().allMatch(g -> g.split() == null));
    }

    @Test
    void unlistedArticleIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        folder(dir, "# article\tsplit\na\ttune\n");
        InputException e = assertThrows(InputException.class, () -> SplitFile.read(dir, List.of("a", "b")));
        assertTrue(e.getMessage().contains("does not list article(s) [b]"), e.getMessage());
    }

    @Test
    void listedArticleWithoutGoldIsAnError(@TempDir Path dir) throws IOException {
        folder(dir, "a\ttune\nc\tfresh\n");
        InputException e = assertThrows(InputException.class, () -> SplitFile.read(dir, List.of("a")));
        assertTrue(e.getMessage().contains("[c]"), e.getMessage());
    }

    @Test
    void unknownSplitWordIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        folder(dir, "a\ttune\nb\ttest\n");
        InputException e = assertThrows(InputException.class, () -> SplitFile.read(dir, List.of("a", "b")));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("'test'"), e.getMessage());
    }

    @Test
    void lineWithoutTabIsAnError(@TempDir Path dir) throws IOException {
        folder(dir, "a tune\n");
        InputException e = assertThrows(InputException.class, () -> SplitFile.read(dir, List.of("a")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void articleListedTwiceIsAnError(@TempDir Path dir) throws IOException {
        folder(dir, "a\ttune\na\tfresh\n");
        InputException e = assertThrows(InputException.class, () -> SplitFile.read(dir, List.of("a")));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }
}
