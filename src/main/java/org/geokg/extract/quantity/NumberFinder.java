package org.geokg.extract.quantity;

import java.util.List;

/** Finds numbers with units in {@code text[from, to)}, in the conventions of {@code language}. */
public interface NumberFinder {
    List<NumberMention> find(String text, int from, int to, String language);
}
