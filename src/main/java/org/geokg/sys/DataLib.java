package org.geokg.sys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data files that ship in the jar (the project's {@code data/}, {@code ontology/}
 * and {@code queries/} folders are on the classpath under the same names).
 *
 * <pre>{@code
 * List<String[]> rows = DataLib.tsv("data/cameo-codebook.tsv", true);
 * }</pre>
 */
public final class DataLib {
    private DataLib() {
    }

    /** True when the classpath resource exists. */
    public static boolean exists(String path) {
        return DataLib.class.getClassLoader().getResource(path) != null;
    }

    /** Opens a classpath resource; a {@link ConfigException} names the missing file. */
    public static InputStream open(String path) {
        InputStream in = DataLib.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new ConfigException("data file missing from the classpath: " + path
                    + " (rebuild with mvn package; data files live in the project's data/ folder)");
        }
        return in;
    }

    /** The whole resource as UTF-8 text. */
    public static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read data file " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lines of a data file without blank lines and {@code #} comment lines; trailing
     * carriage returns removed.
     */
    public static List<String> lines(String path) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read data file " + path + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Rows of a tab-separated data file (comments and blank lines skipped), optionally without the header. */
    public static List<String[]> tsv(String path, boolean skipHeader) {
        List<String> lines = lines(path);
        List<String[]> rows = new ArrayList<>(lines.size());
        for (int i = skipHeader ? 1 : 0; i < lines.size(); i++) {
            rows.add(lines.get(i).split("\t", -1));
        }
        return rows;
    }
}
