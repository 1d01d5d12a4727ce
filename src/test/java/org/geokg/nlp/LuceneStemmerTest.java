package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LuceneStemmerTest {

    @ParameterizedTest(name = "{0}: {1} and {2} share a stem")
    @CsvSource(delimiter = '|', value = {
        "en|visited|visit", "en|sanctions|sanctioned", "fr|déclaré|déclarer", "fr|déclarait|déclare",
        "es|atacó|atacar", "es|condena|condenó", "de|erklärte|erklärt", "de|Angriffe|Angriff",
        "id|katanya|kata", "ms|menurutnya|menurut"})
    void inflectedFormsShareTheStem(String lang, String form, String lemma) {
        Stemmer s = LuceneStemmer.forLanguage(lang);
        assertEquals(s.stem(lemma.toLowerCase()), s.stem(form.toLowerCase()));
    }

    @ParameterizedTest(name = "{0}: {1} and {2} do not")
    @CsvSource(delimiter = '|', value = {
        "en|said|say", "es|dijo|decir", "de|sagte|sagen", "de|gesagt|sagen", "fr|déclarent|déclarer",
        "id|dikecam|kecam"})
    void irregularAndUncoveredFormsDoNot(String lang, String form, String lemma) {
        Stemmer s = LuceneStemmer.forLanguage(lang);
        assertNotEquals(s.stem(lemma), s.stem(form));
    }

    @Test
    void indonesianRootRemovesDerivationalAffixesButStemKeepsThem() {
        Stemmer id = LuceneStemmer.forLanguage("id");
        assertEquals("kecam", id.root("dikecam"));
        assertEquals("serang", id.root("menyerang"));
        assertEquals("dikecam", id.stem("dikecamnya"));
    }

    @Test
    void languageWithoutStemmerLeavesWordsAlone() {
        assertSame(Stemmer.NONE, LuceneStemmer.forLanguage("ja"));
        assertEquals("visited", LuceneStemmer.forLanguage("und").stem("visited"));
    }

    @Test
    void oneStemmerPerLanguageWhateverTheSpelling() {
        assertSame(LuceneStemmer.forLanguage("de"), LuceneStemmer.forLanguage("DE-at"));
    }

    @Test
    void concurrentCallersGetTheSameStems() throws Exception {
        Stemmer s = LuceneStemmer.forLanguage("fr");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            words.add(List.of("déclarait", "attaquées", "condamnation", "rencontrer").get(i % 4) + "x".repeat(i % 7));
        }
        List<String> expected = words.stream().map(s::stem).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> words.stream().map(w -> LuceneStemmer.forLanguage("fr").stem(w)).toList()));
            }
            for (Future<List<String>> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
