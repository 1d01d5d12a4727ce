package org.geokg.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.geokg.sys.DataLib;

/**
 * Language code helpers: ISO 639-3 (as OpenNLP reports) to ISO 639-1, and normalization of
 * codes given by inputs ("ID", "in", "id-ID", "msa", "ger").
 *
 * <pre>{@code
 * LanguageCodes.normalize("en_US");   // "en"
 * LanguageCodes.fromIso3("ind");      // "id"
 * }</pre>
 *
 * <p>Stateless and thread-safe; the code table is loaded once from
 * {@code data/lexicons/und/language-codes.tsv}.
 */
public final class LanguageCodes {
    /** The code for an undetermined language. */
    public static final String UND = "und";

    private static final class Holder {
        static final Map<String, String> ISO3_TO_1 = load();
    }

    /** Legacy 2-letter codes the JDK still reports, and their current codes. */
    private static final Map<String, String> LEGACY = Map.of("in", "id", "iw", "he", "ji", "yi");

    private LanguageCodes() {
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                String three = Locale.forLanguageTag(two).getISO3Language();
                if (!three.isEmpty() && !LEGACY.containsKey(two)) {
                    map.put(three, two);
                }
            } catch (MissingResourceException e) {
                // no 3-letter code known to the JDK for this language: nothing to map
            }
        }
        // bibliographic 639-2 codes that inputs sometimes use
        String[][] bib = {{"ger", "de"}, {"fre", "fr"}, {"may", "ms"}, {"chi", "zh"}, {"dut", "nl"},
            {"per", "fa"}, {"cze", "cs"}, {"gre", "el"}, {"arm", "hy"}, {"geo", "ka"}, {"ice", "is"},
            {"mac", "mk"}, {"rum", "ro"}, {"slo", "sk"}, {"alb", "sq"}, {"bur", "my"}, {"baq", "eu"},
            {"wel", "cy"}, {"tib", "bo"}, {"mao", "mi"}};
        for (String[] b : bib) {
            map.put(b[0], b[1]);
        }
        for (String[] row : DataLib.tsv("data/lexicons/und/language-codes.tsv", false)) {
            if (row.length >= 2) {
                map.put(row[0].strip(), row[1].strip());
            }
        }
        return Map.copyOf(map);
    }

    /**
     * The ISO 639-1 code of an ISO 639-3 code; a language without a 639-1 code keeps its
     * 3-letter code (BCP 47 style); null or blank gives {@link #UND}.
     */
    public static String fromIso3(String iso3) {
        if (iso3 == null || iso3.isBlank()) {
            return UND;
        }
        String c = iso3.strip().toLowerCase(Locale.ROOT);
        return Holder.ISO3_TO_1.getOrDefault(c, c);
    }

    /**
     * Normalizes a language code given by an input: lowercase, region dropped ("id-ID", "en_US"),
     * 3-letter and legacy codes ("in" for Indonesian) mapped to ISO 639-1. Null, blank or
     * malformed codes give {@link #UND}.
     */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return UND;
        }
        String c = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = c.indexOf('-');
        if (dash >= 0) {
            c = c.substring(0, dash);
        }
        if (!c.matches("[a-z]{2,3}")) {
            return UND;
        }
        if (LEGACY.containsKey(c)) {
            return LEGACY.get(c);
        }
        return c.length() == 3 ? fromIso3(c) : c;
    }
}
