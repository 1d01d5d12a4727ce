package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geokg.extract.lexicon.CameoCodebook;
import org.geokg.extract.lexicon.LexiconCoverage;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.Test;

class LexiconCommandTest {
    private final LexiconCoverage coverage = LexiconCoverage.standard();
    private final int expectedExit = coverage.complete() ? ExitCode.OK : ExitCode.FAILED;

    @Test
    void tsvHasOneRowPerCodebookCodeAndOneColumnPerLanguage() {
        CliRun r = CliRun.run(FakeExtractor::new, "lexicon", "--format", "tsv").assertExit(expectedExit);
        List<String> lines = r.out().lines().toList();
        assertEquals("code\tname\tid\ten\tms\tfr\tes\tde", lines.get(0), r::toString);
        int codes = CameoCodebook.standard().all().size();
        assertEquals(1 + codes + 2, lines.size(), r::toString);
        assertTrue(lines.get(1).startsWith("01\t"), r::toString);
        for (String l : lines) {
            assertEquals(8, l.split("\t").length, () -> l + "\n" + r);
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("speech-forms\t"), r::toString);
    }

    @Test
    void gapsAreNamedOnStderrWithExitOne() {
        CliRun r = CliRun.run(FakeExtractor::new, "lexicon").assertExit(expectedExit);
        assertTrue(r.out().startsWith("code "), r::toString);
        if (!coverage.missing().isEmpty()) {
            String first = coverage.missing().get(0);
            String lang = first.split(" ")[1];
            assertTrue(r.err().contains(lang + " has no event trigger for"), r::toString);
            assertTrue(r.err().contains(first.split(" ")[0]), r::toString);
        }
        for (LexiconCoverage.Speech s : coverage.thinSpeech()) {
            assertTrue(r.err().contains(s.lang() + " names " + s.forms() + " speech forms"), r::toString);
        }
        if (coverage.complete()) {
            assertEquals("", r.err(), r::toString);
        }
    }

    @Test
    void unknownFormatIsInvalidInput() {
        CliRun.run(FakeExtractor::new, "lexicon", "--format", "xml").assertExit(ExitCode.INVALID_INPUT);
    }
}
