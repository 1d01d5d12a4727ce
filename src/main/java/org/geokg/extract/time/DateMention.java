package org.geokg.extract.time;

/**
 * A date expression resolved to ISO values.
 *
 * @param date       ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
 * @param endDate    ISO end date for ranges ("1-14 Agustus 2022"), else null
 * @param relative   true for relative expressions resolved against the article date ("pekan depan")
 * @param historical true when the date lies clearly before the article time (a past year range
 *                   such as "1950-1953", or a year well before the reference date)
 */
public record DateMention(int start, int end, String text, String date, String endDate, boolean relative,
        boolean historical) {
}
