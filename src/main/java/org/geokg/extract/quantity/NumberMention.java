package org.geokg.extract.quantity;

import java.math.BigDecimal;

/**
 * A number with its unit as written ("28.500 serdadu" is 28500 troops, "US$101.55 bilion"
 * is 101550000000 USD, "lima personel" is 5 personnel).
 *
 * @param unit troops, personnel, casualties, countries, percent, entities, or ISO 4217 (USD, MYR...)
 */
public record NumberMention(int start, int end, String text, BigDecimal value, String unit) {
}
