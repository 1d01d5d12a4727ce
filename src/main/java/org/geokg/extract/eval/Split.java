package org.geokg.extract.eval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.geokg.sys.InputException;

/**
 * The part of a gold corpus an article belongs to, as its {@code SPLIT.tsv} says: {@link #TUNE}
 * articles are the ones rules are developed and debugged on; {@link #FRESH} articles are only
 * measured, and their errors are not read (so their scores stay an honest estimate).
 *
 * <pre>{@code
 * Split s = Split.parse("fresh");   // Split.FRESH
 * s.label();                         // "fresh"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum Split {
    TUNE, FRESH;

    /** The word used in SPLIT.tsv and in reports: "tune" or "fresh". */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The split named by {@code word} (case-insensitive). */
    public static Split parse(String word) {
        for (Split s : values()) {
            if (s.label().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return s;
            }
        }
        throw new InputException("unknown split '" + word + "': use tune or fresh");
    }

    @Override
    public String toString() {
        return label();
    }
}
