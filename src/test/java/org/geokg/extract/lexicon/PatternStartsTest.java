package org.geokg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The start index answers exactly what a pass over every row with
 * {@link TokenPattern#mayStartWith} answers, for the bundled event, speech and modality rows of
 * each language and for words made from their pattern words: as written, inflected, affixed,
 * prefixed, inside compounds, and unrelated.
 */
class PatternStartsTest {

    private static final List<String> PREFIXES = List.of("", "meng", "di", "memper", "ge", "kampf");
    private static final List<String> SUFFIXES = List.of("", "s", "ed", "kan", "nya", "te", "ung", "aron",
            "ait");

    @ParameterizedTest
    @ValueSource(strings = {"id", "ms", "en", "fr", "es", "de"})
    void indexAgreesWithRowByRowCheck(String lang) {
        LanguageData data = SupportedLanguages.current().data().get(lang);
        WordForms forms = data.forms();
        List<List<TokenPattern>> lists = List.of(
                data.events().entries().stream().map(EventLexicon.Entry::pattern).toList(),
                data.speech().entries().stream().map(SpeechPatterns.Entry::pattern).toList());
        int checked = 0;
        for (List<TokenPattern> patterns : lists) {
            assertTrue(patterns.size() > 20, lang + ": expected a bundled lexicon");
            PatternStarts starts = new PatternStarts(patterns, forms);
            for (String w : words(patterns)) {
                String norm = w.toLowerCase(Locale.ROOT);
                int[] expected = IntStream.range(0, patterns.size())
                        .filter(k -> patterns.get(k).mayStartWith(norm, forms)).toArray();
                assertArrayEquals(expected, starts.at(norm), lang + ": rows that may start at '" + norm + "'");
                checked++;
            }
        }
        assertTrue(checked > 500, lang + ": only " + checked + " words checked");
    }

    /** Pattern words with affixes around them, plus words no row names. */
    private static Set<String> words(List<TokenPattern> patterns) {
        Set<String> base = new LinkedHashSet<>();
        for (TokenPattern p : patterns) {
            for (String w : p.source().toLowerCase(Locale.ROOT).split("[\\s|]+")) {
                String clean = w.replaceAll("^[?]|[*~=]$", "");
                if (!clean.isEmpty() && !clean.startsWith("@") && !clean.startsWith("...")) {
                    base.add(clean);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>(List.of("x", "zz", "qwertyuiop", "", "1999", "-"));
        List<String> sample = new ArrayList<>(base);
        for (int i = 0; i < sample.size(); i += Math.max(1, sample.size() / 80)) {
            String w = sample.get(i);
            for (String pre : PREFIXES) {
                for (String suf : SUFFIXES) {
                    out.add(pre + w + suf);
                }
            }
            if (w.length() > 3) {
                out.add(w.substring(0, w.length() - 1));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de"})
    void compoundsAndPrefixesStart(String lang) {
        WordForms forms = WordForms.load(lang);
        List<TokenPattern> patterns = List.of(
                TokenPattern.parse("brigade", Map.of(), forms, "t1"),
                TokenPattern.parse("sanktion*", Map.of(), forms, "t2"),
                TokenPattern.parse("sagen~", Map.of(), forms, "t3"),
                TokenPattern.parse("?die angriff", Map.of(), forms, "t4"));
        PatternStarts starts = new PatternStarts(patterns, forms);
        assertArrayEquals(new int[] {0, 3}, starts.at("kampfbrigaden"));
        assertArrayEquals(new int[] {1, 3}, starts.at("sanktionspaket"));
        assertArrayEquals(new int[] {2, 3}, starts.at("gesagt"));
        assertArrayEquals(new int[] {3}, starts.at("haus"));
    }
}
