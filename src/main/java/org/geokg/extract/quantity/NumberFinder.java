package org.geokg.extract.quantity;

import java.util.List;
import org.geokg.nlp.TextSpan;

/** Finds numbers with units in {@code text[from, to)}, in the conventions of {@code language}. */
public interface NumberFinder {
    List<NumberMention> find(String text, int from, int to, String language);

    /**
     * As {@link #find(String, int, int, String)}, knowing where nationality words stand
     * ({@code nationals}, sorted by start): one may stand between a number and its unit
     * ("4.800 deutsche Soldaten"), and one right after a number with no unit after it counts
     * people of that nation ("41 Russes", unit {@code nationals}). The default ignores them.
     */
    default List<NumberMention> find(String text, int from, int to, String language, List<TextSpan> nationals) {
        return find(text, from, to, language);
    }
}
