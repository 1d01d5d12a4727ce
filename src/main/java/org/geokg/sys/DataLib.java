package org.geokg.sys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data files that ship in the jar (the project's {@code data/}, {@code ontology/}
 * and {@code queries/} folders are on the classpath under the same names). The system property
 * {@value #OVERLAY_PROPERTY} may name a directory laid over the classpath: a file at
 * {@code DIR/data/lexicons/xx/events.tsv} wins over the bundled one of the same path, every other
 * file still comes from the jar (add or try out a language without rebuilding).
 *
 * <pre>{@code
 * List<String[]> rows = DataLib.tsv("data/cameo-codebook.tsv", true);
 * }</pre>
 *
 * Thread-safe (static helpers; the overlay is read on each call).
 */
public final class DataLib {
    /** System property naming a directory whose files override the bundled data files. */
    public static final String OVERLAY_PROPERTY = "geokg.data";

    private DataLib() {
    }

    /** The overlay file for {@code path}, or null when there is no overlay or no such file in it. */
    private static Path overlay(String path) {
        String dir = System.getProperty(OVERLAY_PROPERTY);
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path f = Paths.get(dir).resolve(path);
        return Files.isRegularFile(f) ? f : null;
    }

    /** True when the data file exists (in the overlay directory or on the classpath). */
    public static boolean exists(String path) {
        return overlay(path) != null || DataLib.class.getClassLoader().getResource(path) != null;
    }

    /** Opens a data file; a {@link ConfigException} names the missing file. */
    public static InputStream open(String path) {
        Path f = overlay(path);
        if (f != null) {
            try {
                return Files.newInputStream(f);
            } catch (IOException e) {
                throw new ConfigException("cannot read data file " + f + ": " + e.getMessage(), e);
            }
        }
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
        for (Line l : numberedLines(path)) {
            out.add(l.text());
        }
        return out;
    }

    /**
     * {@link #lines(String)} with the 1-based line number of each line in the file, for
     * messages that name the line ("data/lexicons/de/events.tsv line 12: ...").
     */
    public static List<Line> numberedLines(String path) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                out.add(new Line(n, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read data file " + path + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** {@link #numberedLines(String)} optionally without the first (header) line. */
    public static List<Line> tsvLines(String path, boolean skipHeader) {
        List<Line> lines = numberedLines(path);
        return skipHeader && !lines.isEmpty() ? lines.subList(1, lines.size()) : lines;
    }

    /** One line of a data file and its 1-based number in the file. */
    public record Line(int number, String text) {
        /** The line split at tabs (trailing empty columns kept). */
        public String[] columns() {
            return text.split("\t", -1);
        }
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
