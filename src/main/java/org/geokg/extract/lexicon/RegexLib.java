package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Regular-expression pieces built from lexicon words. Static, stateless. */
public final class RegexLib {
    private RegexLib() {
    }

    /**
     * An alternation of the words, quoted, longest first so the longest word wins; {@code (?!)}
     * (never matches) for no words. With {@code flexibleSpaces} a space in a word matches any run
     * of whitespace ("waktu  setempat").
     */
    public static String alternation(Collection<String> words, boolean flexibleSpaces) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder b = new StringBuilder();
        for (String w : sorted) {
            if (b.length() > 0) {
                b.append('|');
            }
            String quoted = Pattern.quote(w);
            b.append(flexibleSpaces ? quoted.replace(" ", "\\E\\s+\\Q") : quoted);
        }
        return b.toString();
    }
}
