package org.geokg.kg.model;

import java.util.Locale;

/** Event modality; the JSON and RDF use {@link #label()} ("asserted"). */
public enum Modality {
    ASSERTED, INTENDED, FUTURE, HYPOTHETICAL, NEGATED, HISTORICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
