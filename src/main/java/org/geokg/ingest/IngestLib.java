package org.geokg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static helpers shared by the article sources: article ids, language codes and dates.
 * Thread-safe (no state).
 *
 * <pre>{@code
 * String id = IngestLib.articleId(null, null, text);   // "3f9c0a..." (hash of the normalized text)
 * String lang = IngestLib.language("Indonesian");       // "id"
 * String date = IngestLib.date("2021-08-12T10:00:00+07:00"); // "2021-08-12"
 * }</pre>
 */
public final class IngestLib {
    /** Number of hex digits of the SHA-256 of the normalized text used as an article id. */
    public static final int HASH_ID_LENGTH = 16;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}.*");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern LANG_TAG = Pattern.compile("([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*");
    private static final Map<String, String> LANGUAGES = languageIndex();

    private IngestLib() {
    }

    /**
     * The article id: the given id, else the URL, else the first {@value #HASH_ID_LENGTH} hex
     * digits of the SHA-256 of the text after NFC normalization and whitespace collapsing (so
     * the same text re-read with other line breaks keeps its id).
     */
    public static String articleId(String givenId, String url, String text) {
        if (givenId != null && !givenId.isBlank()) {
            return givenId.strip();
        }
        if (url != null && !url.isBlank()) {
            return url.strip();
        }
        return textHash(text);
    }

    /** SHA-256 hex prefix of the NFC-normalized, whitespace-collapsed text. */
    public static String textHash(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : digest) {
                sb.append(String.format("%02x", b));
            }
            return sb.substring(0, HASH_ID_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the Java runtime", e);
        }
    }

    /**
     * An ISO 639-1 code for a language given by the input: a code or tag ("id", "en-US",
     * "ind", "und") or an English language name ("Indonesian"). Null for null or blank input
     * and for anything not recognized (the extractor then identifies the language).
     */
    public static String language(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String g = given.strip().toLowerCase(Locale.ROOT);
        if (g.equals("und")) {
            return "und";
        }
        Matcher m = LANG_TAG.matcher(g);
        if (m.matches()) {
            String code = LANGUAGES.get(m.group(1));
            if (code != null) {
                return code;
            }
        }
        return LANGUAGES.get(g);
    }

    /**
     * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from a date given by the input: ISO dates,
     * ISO date-times (the date as written, time zone ignored), YYYY/MM/DD and RFC 1123
     * ("Thu, 12 Aug 2021 10:00:00 GMT"). Null for null or blank input.
     *
     * @throws IllegalArgumentException naming the value when it is not such a date
     */
    public static String date(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String g = given.strip();
        Matcher iso = ISO_DATE.matcher(g);
        if (iso.matches()) {
            return checked(g, iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher prefix = ISO_PREFIX.matcher(g);
        if (prefix.matches()) {
            return checked(g, prefix.group(1).substring(0, 4), prefix.group(1).substring(5, 7),
                    prefix.group(1).substring(8, 10));
        }
        Matcher slash = SLASH_DATE.matcher(g);
        if (slash.matches()) {
            return checked(g, slash.group(1), String.format("%02d", Integer.parseInt(slash.group(2))),
                    String.format("%02d", Integer.parseInt(slash.group(3))));
        }
        try {
            return ZonedDateTime.parse(g, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: \"" + g
                    + "\" (expected YYYY-MM-DD, an ISO date-time, YYYY/MM/DD or an RFC 1123 date)", e);
        }
    }

    private static String checked(String given, String y, String m, String d) {
        try {
            if (m == null) {
                return y;
            }
            if (d == null) {
                LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), 1);
                return y + "-" + m;
            }
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: \"" + given + "\"", e);
        }
    }

    private static Map<String, String> languageIndex() {
        Map<String, String> index = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale l = new Locale(code);
            index.put(code, code);
            try {
                index.putIfAbsent(l.getISO3Language(), code);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known for this language
            }
            String name = l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                index.putIfAbsent(name, code);
            }
        }
        // ISO 639-2/B codes and names that differ from what the JDK knows
        index.put("ger", "de");
        index.put("fre", "fr");
        index.put("may", "ms");
        index.put("zsm", "ms");
        index.put("malay", "ms");
        index.put("bahasa indonesia", "id");
        index.put("bahasa melayu", "ms");
        index.put("in", "id");
        return Map.copyOf(index);
    }
}
