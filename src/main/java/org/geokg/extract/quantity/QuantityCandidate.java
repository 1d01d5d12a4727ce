package org.geokg.extract.quantity;

import java.math.BigDecimal;
import org.geokg.extract.mentions.Actor;

/** A number with unit attached to the actor it belongs to (or null) and a place (or null). */
public record QuantityCandidate(BigDecimal value, String unit, Actor about, Actor location, int start, int end) {
}
