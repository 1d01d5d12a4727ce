package org.geokg.extract.lexicon;

import java.util.Locale;

/**
 * The flags of an {@code events.tsv} row (third column, comma-separated, written in lower case).
 *
 * <pre>{@code
 * if (entry.has(EventFlag.SYM)) { ... both sides are partners ... }
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public enum EventFlag {
    /** Both sides are partners (joint exercises, meetings, agreements). */
    SYM,
    /** A nominal trigger ("the visit"). */
    NOUN,
    /** The speaker of the enclosing speech is the source and the subject the target. */
    SPEAKER,
    /** One participant is enough. */
    SOLO,
    /** Places after the trigger count as targets. */
    LOC,
    /** An ambiguous word: lower confidence. */
    WEAK;

    /** The flag a lexicon file names ("sym"), or null when there is none of that name. */
    static EventFlag of(String word) {
        for (EventFlag f : values()) {
            if (f.label().equals(word)) {
                return f;
            }
        }
        return null;
    }

    /** The name as written in the lexicon files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
