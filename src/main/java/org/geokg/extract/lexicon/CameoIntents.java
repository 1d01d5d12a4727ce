package org.geokg.extract.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * The CAMEO code of the intent to do an act ({@code data/cameo-intents.tsv}): "agreed to hold joint
 * exercises" expresses the intent of 062, which CAMEO codes 0312. Immutable and thread-safe.
 *
 * <pre>{@code
 * CameoIntents.standard().intentOf("062"); // "0312"
 * CameoIntents.standard().intentOf("190"); // null: no intent code of root 03
 * }</pre>
 */
public final class CameoIntents {
    /** Path of the table inside the jar. */
    public static final String PATH = "data/cameo-intents.tsv";

    private static final class Holder {
        static final CameoIntents STANDARD = load(PATH);
    }

    private final Map<String, String> byPrefix;

    private CameoIntents(Map<String, String> byPrefix) {
        this.byPrefix = Collections.unmodifiableMap(byPrefix);
    }

    /** The bundled table, loaded once. */
    public static CameoIntents standard() {
        return Holder.STANDARD;
    }

    static CameoIntents load(String path) {
        Map<String, String> map = new LinkedHashMap<>();
        int row = 1;
        for (String[] r : DataLib.tsv(path, true)) {
            row++;
            if (r.length < 2 || r[0].isBlank() || !r[1].strip().startsWith("03")) {
                throw new ConfigException(path + " row " + row
                        + ": expected an act code prefix and an intent code of root 03");
            }
            map.put(r[0].strip(), r[1].strip());
        }
        return new CameoIntents(map);
    }

    /** The intent code for act {@code code} by its longest listed prefix, or null when none is listed. */
    public String intentOf(String code) {
        for (int n = code.length(); n >= 2; n--) {
            String intent = byPrefix.get(code.substring(0, n));
            if (intent != null) {
                return intent;
            }
        }
        return null;
    }
}
