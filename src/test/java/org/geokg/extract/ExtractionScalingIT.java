package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text stage is linear in the input: 1 MB of text without any punctuation (a bad scrape or
 * a table) and 1 MB of one-word lines are extracted in seconds, and four times the text takes
 * about four times as long (a quadratic stage would take sixteen). Times are the extracting
 * thread's CPU time, which the load of a shared machine disturbs far less than wall time; both
 * are printed as the benchmark figures.
 */
class ExtractionScalingIT {
    /** The goal on an idle machine is under 5 s per MB; the bound leaves room for slow machines. */
    private static final double MAX_CPU_SECONDS_PER_MB = 30;
    /** Linear gives about 4 from 250 KB to 1 MB, quadratic 16. */
    private static final double MAX_GROWTH_FOR_4X = 9;
    private static final int MB = 1_000_000;
    /** Synthetic vocabulary: function words, names the gazetteers know, event and speech words, numbers, compounds. */
    private static final String[] WORDS = ("yang di dan ke dari untuk dengan pada itu ini dalam akan telah oleh "
            + "Indonesia Amerika Serikat Rusia China Jepang Korea Utara Selatan Malaysia Prancis Jerman Ukraina "
            + "Presiden Menteri Luar Negeri Pertahanan Joko Widodo Prabowo Subianto Putin Xi Jinping Kim Jong "
            + "mengatakan kata menurut bertemu mengunjungi menandatangani perjanjian kerja sama latihan militer "
            + "mengecam menolak mendukung sanksi serangan pasukan tentara kedutaan duta besar juru bicara "
            + "Senin Selasa Rabu Januari Februari Maret 2023 2024 10 25 300 ribu juta persen dolar "
            + "Korea-Utara Amerika-Indonesia Indo-Pasifik ASEAN PBB NATO Uni Eropa the said minister").split(" ");
    private static Extractor extractor;

    @BeforeAll
    static void warmUp() {
        extractor = RuleBasedExtractor.create();
        extractor.extract(article(text(50_000, " ", 1), "id"));
        extractor.extract(article(text(50_000, "\n", 2), "id"));
    }

    /** {@code size} characters of vocabulary words (one in eight a made-up word) joined by {@code sep}. */
    private static String text(int size, String sep, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(size + 32);
        while (sb.length() < size) {
            if (r.nextInt(8) == 0) {
                sb.append("kata").append(Integer.toString(r.nextInt(20_000), 36));
            } else {
                sb.append(WORDS[r.nextInt(WORDS.length)]);
            }
            sb.append(sep);
        }
        return sb.toString();
    }

    private static Article article(String text, String lang) {
        return new Article("scaling", null, null, "Judul", "2024-03-04", lang, null, text);
    }

    /** CPU seconds of this thread for one extraction; prints the figures. */
    private static double cpuSeconds(String what, String text) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        ExtractionDocument doc = extractor.extract(article(text, "id"));
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.printf("ExtractionScalingIT: %-32s %8d chars: %6.2f s CPU, %6.2f s wall, %d entities, %d events%n",
                what, text.length(), cpu, wall, doc.entities().size(), doc.events().size());
        return cpu;
    }

    private static void linear(String what, String sep) {
        double quarter = cpuSeconds(what + " (250 KB)", text(MB / 4, sep, 7));
        double whole = cpuSeconds(what + " (1 MB)", text(MB, sep, 7));
        assertTrue(whole < MAX_CPU_SECONDS_PER_MB, what + ": 1 MB took " + whole + " s CPU");
        double growth = whole / Math.max(quarter, 0.05);
        assertTrue(growth < MAX_GROWTH_FOR_4X, what + ": 4x the text took " + growth + "x the time ("
                + quarter + " s -> " + whole + " s CPU): a stage is superlinear");
    }

    @Test
    void oneMegabyteWithoutPunctuationIsExtractedInLinearTime() {
        linear("one unpunctuated line", " ");
    }

    @Test
    void oneMegabyteOfOneWordLinesIsExtractedInLinearTime() {
        linear("one-word lines", "\n");
    }

    @Test
    void theFixtureReachesTheStagesItMeasures() {
        ExtractionDocument doc = extractor.extract(article(text(20_000, " ", 3), "id"));
        assertTrue(doc.entities().size() >= 3, "the synthetic text has known names: " + doc.entities());
    }
}
