package org.geokg.kg.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A number with a unit, attached to the actor it belongs to.
 *
 * @param value    the value (28500, 101550000000, 18.9)
 * @param unit     troops, personnel, casualties, diplomats, ships, aircraft, missiles, tanks, equipment (other
 *                 weapons), visitors, tonnes, entities, refugees,
 *                 prisoners, hostages, individuals, nationals (people counted by their nation), or an ISO
 *                 4217 code (USD, MYR)
 * @param about    entity ref of the actor it belongs to, or null
 * @param location entity ref of the place, or null
 */
@JsonPropertyOrder({"value", "unit", "about", "location", "text", "start", "end"})
public record Quantity(BigDecimal value, String unit, String about, String location, String text, int start,
        int end) {
}
