package org.geokg.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normal forms of names: {@link #key} for identity keys ("Sin Hong-chol" gives "sin hong-chol"),
 * {@link #fold} for lenient comparison (diacritics, case, hyphens and apostrophe variants removed).
 *
 * <pre>{@code
 * NameNormalizer.fold("Kim Jong-un").equals(NameNormalizer.fold("Kim Jong Un")); // true
 * }</pre>
 * Stateless and thread-safe.
 */
public final class NameNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameNormalizer() {
    }

    /** Lowercase, apostrophes unified, spaces collapsed; hyphens and diacritics kept. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).replace('\u2019', '\'');
        return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Lowercase without diacritics; hyphens become spaces; apostrophes and dots dropped. */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace("'", "").replace(".", " ").replace('-', ' ');
        return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** True when the word starts with an upper-case letter. */
    public static boolean capitalized(CharSequence word) {
        return word.length() > 0 && Character.isUpperCase(word.charAt(0));
    }
}
