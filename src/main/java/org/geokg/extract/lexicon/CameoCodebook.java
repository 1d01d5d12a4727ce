package org.geokg.extract.lexicon;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * The CAMEO 1.1b3 codebook ({@code data/cameo-codebook.tsv}): names, Goldstein
 * weights, quad classes and PLOVER types by code. Immutable and thread-safe.
 *
 * <pre>{@code
 * CameoCodebook.Code c = CameoCodebook.standard().get("062");
 * c.quad(); // 2
 * }</pre>
 */
public final class CameoCodebook {
    /** Path of the codebook inside the jar. */
    public static final String PATH = "data/cameo-codebook.tsv";

    /**
     * One CAMEO code.
     *
     * @param code      the code as a string ("062")
     * @param name      the codebook name
     * @param goldstein Goldstein weight or null where the codebook has none
     * @param quad      quad class 1..4
     * @param plover    PLOVER type or null
     * @param ploverMode PLOVER mode or null
     */
    public record Code(String code, String name, Double goldstein, int quad, String plover, String ploverMode) {
        /** The root: the first two digits. */
        public String root() {
            return code.substring(0, 2);
        }

        /** The parent code ("0871" gives "087", "087" gives "08"), or null for a root. */
        public String parent() {
            return code.length() <= 2 ? null : code.substring(0, code.length() - 1);
        }
    }

    private static final class Holder {
        static final CameoCodebook STANDARD = load(PATH);
    }

    private final Map<String, Code> codes;

    private CameoCodebook(Map<String, Code> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** The bundled codebook, loaded once. */
    public static CameoCodebook standard() {
        return Holder.STANDARD;
    }

    static CameoCodebook load(String path) {
        Map<String, Code> map = new LinkedHashMap<>();
        int line = 1;
        for (String[] r : DataLib.tsv(path, true)) {
            line++;
            if (r.length < 5) {
                throw new ConfigException(path + " row " + line + ": expected at least 5 tab-separated columns");
            }
            try {
                Double g = r[2].isBlank() ? null : Double.valueOf(r[2].strip());
                map.put(r[0].strip(), new Code(r[0].strip(), r[1].strip(), g, Integer.parseInt(r[3].strip()),
                        blankToNull(r[4]), r.length > 5 ? blankToNull(r[5]) : null));
            } catch (NumberFormatException e) {
                throw new ConfigException(path + " row " + line + ": bad number (" + e.getMessage() + ")", e);
            }
        }
        return new CameoCodebook(map);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The code, or null when unknown. */
    public Code get(String code) {
        return codes.get(code);
    }

    /** The code; a {@link ConfigException} when the code is not in the codebook. */
    public Code require(String code, String where) {
        Code c = codes.get(code);
        if (c == null) {
            throw new ConfigException(where + ": CAMEO code '" + code + "' is not in " + PATH);
        }
        return c;
    }

    /**
     * The PLOVER type of a code, walking up to the parent code when the code itself has
     * none (CAMEO 01x and 02x have none at any level: null).
     */
    public String plover(String code) {
        for (String c = code; c != null; ) {
            Code k = codes.get(c);
            if (k != null && k.plover() != null) {
                return k.plover();
            }
            c = c.length() <= 2 ? null : c.substring(0, c.length() - 1);
        }
        return null;
    }

    public Collection<Code> all() {
        return codes.values();
    }
}
