package org.geokg.extract.lexicon;

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
        String s = name;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (c == '.' || c == '-' || Character.isWhitespace(c)) {
                gap = out.length() > 0;
                continue;
            }
            if (gap) {
                out.append(' ');
                gap = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** True when the word starts with an upper-case letter. */
    public static boolean capitalized(CharSequence word) {
        return word.length() > 0 && Character.isUpperCase(word.charAt(0));
    }
}
