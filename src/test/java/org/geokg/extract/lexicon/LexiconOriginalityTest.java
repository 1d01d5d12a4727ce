package org.geokg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.geokg.extract.eval.GoldLoader;
import org.geokg.testlib.DevCorpus;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's rule "no dev-corpus entry copies a corpus phrase": no row of a lexicon file under
 * data/lexicons holds a run of {@value #RUN} or more literal words that also stands, word for word,
 * in a dev-corpus article. Set phrases of up to four words ("Minister of Foreign Affairs", "persona
 * non grata") are language, not copies; five literal words in a row that a corpus article also has
 * are a sentence fragment lifted from it. Alternatives ({@code a|b}) are expanded when a row has
 * few combinations. Skipped without the corpus.
 */
class LexiconOriginalityTest {

    /** The shortest run of literal words that counts as a copied phrase. */
    static final int RUN = 5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\p{L}\\p{N}_\\s]");
    private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{N}'’.\\-]+(\\|[\\p{L}\\p{N}'’.\\-]+)*");
    private static final int MAX_COMBINATIONS = 256;

    @Test
    void findsARunOfFiveCopiedWordsAndIgnoresShorterOnes() {
        String text = normalize("Der Minister sagte am Montag, die Truppen würden bald abziehen.");
        assertEquals(1, copiedRuns("die truppen würden bald abziehen\t0140", List.of(text)).size());
        assertEquals(1, copiedRuns("die truppen wurden|würden bald abziehen", List.of(text)).size(),
                "an alternative of one word is expanded");
        assertTrue(copiedRuns("truppen würden bald abziehen", List.of(text)).isEmpty(), "four words are a set phrase");
        assertTrue(copiedRuns("die truppen @verb bald abziehen", List.of(text)).isEmpty(),
                "a word class breaks the run");
    }

    @Test
    void noLexiconRowCopiesFiveWordsOfADevArticle() throws IOException {
        DevCorpus corpus = DevCorpus.require();
        List<String> texts = new ArrayList<>();
        for (GoldLoader.GoldArticle a : corpus.articles()) {
            texts.add(normalize(a.text()));
        }
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("data", "lexicons"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".txt"))
                    .sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    for (String run : copiedRuns(line, texts)) {
                        copies.add(f + ":" + (i + 1) + ": \"" + run + "\"");
                    }
                }
            }
        }
        assertTrue(copies.isEmpty(), "lexicon rows that copy " + RUN + "+ words of a dev article:\n"
                + String.join("\n", copies));
    }

    /** The runs of {@value #RUN}+ literal words of a row's first column that occur in one of the texts. */
    static List<String> copiedRuns(String row, List<String> normalizedTexts) {
        String column = row.split("\t", -1)[0].toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        List<String[]> run = new ArrayList<>();
        for (String token : (column + " #").split("\\s+")) {
            if (LITERAL.matcher(token).matches()) {
                run.add(token.split("\\|"));
                continue;
            }
            if (run.size() >= RUN) {
                for (String phrase : expand(run)) {
                    String needle = " " + normalize(phrase).strip() + " ";
                    if (normalizedTexts.stream().anyMatch(t -> t.contains(needle))) {
                        found.add(phrase);
                        break;
                    }
                }
            }
            run = new ArrayList<>();
        }
        return found;
    }

    private static List<String> expand(List<String[]> run) {
        long combinations = 1;
        for (String[] alternatives : run) {
            combinations *= alternatives.length;
        }
        List<String> phrases = new ArrayList<>();
        if (combinations > MAX_COMBINATIONS) {
            return phrases;
        }
        phrases.add("");
        for (String[] alternatives : run) {
            List<String> next = new ArrayList<>();
            for (String p : phrases) {
                for (String a : alternatives) {
                    next.add(p.isEmpty() ? a : p + " " + a);
                }
            }
            phrases = next;
        }
        return phrases;
    }

    /** Lowercase words and punctuation marks separated by single spaces, with a space at both ends. */
    static String normalize(String text) {
        StringBuilder b = new StringBuilder(" ");
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            b.append(m.group()).append(' ');
        }
        return b.toString();
    }
}
