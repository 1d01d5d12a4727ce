package org.geokg.extract.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds and resolves date expressions in {@code text[from, to)}.
 * {@code reference} is the publication date, or null: then a weekday with day and
 * month but no year resolves to the latest year not after {@code today} whose calendar
 * fits, and relative expressions resolve against that.
 */
public interface DateFinder {
    List<DateMention> find(String text, int from, int to, String language, LocalDate reference, LocalDate today);

    /**
     * The day a dateline or page header in {@code text[from, to)} names, its year inferred from
     * the rest of the article ({@code text[to, contextTo)}) when it is missing; null when there is
     * none or it falls after {@code today}.
     */
    LocalDate headerDate(String text, int from, int to, int contextTo, String language, LocalDate today);
}
