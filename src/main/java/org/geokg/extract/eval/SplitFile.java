package org.geokg.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.geokg.sys.InputException;

/**
 * Reads the {@code SPLIT.tsv} of a gold folder: one article a line, {@code NAME<TAB>tune} or
 * {@code NAME<TAB>fresh} (NAME as in {@code NAME.gold.json}); blank lines and lines starting
 * with {@code #} are skipped. Every article of the folder must be listed, and every listed
 * name must be an article of the folder, so a new article cannot slip into a score unsplit.
 *
 * <pre>{@code
 * Map<String, Split> splits = SplitFile.read(dir, List.of("01-id-x", "02-en-y"));
 * if (splits.isEmpty()) { ... the folder has no SPLIT.tsv ... }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SplitFile {
    /** The file name, beside the gold files. */
    public static final String NAME = "SPLIT.tsv";

    private SplitFile() {
    }

    /** True when {@code dir} holds a SPLIT.tsv. */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(NAME));
    }

    /**
     * The split of each of {@code articles}, in their order; an empty map when {@code dir} has no
     * SPLIT.tsv.
     *
     * @throws InputException when the file cannot be read, a line is malformed, names an unknown
     *                        split, repeats an article, lists an article that is not in
     *                        {@code articles}, or an article is not listed
     */
    public static Map<String, Split> read(Path dir, Collection<String> articles) {
        Path file = dir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, Split> listed = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank()) {
                throw new InputException(file + " line " + (i + 1) + ": expected NAME<TAB>tune|fresh, found '"
                        + line + "'");
            }
            Split split;
            try {
                split = Split.parse(cols[1]);
            } catch (InputException e) {
                throw new InputException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
            if (listed.put(cols[0].strip(), split) != null) {
                throw new InputException(file + " line " + (i + 1) + ": article " + cols[0].strip()
                        + " is listed twice");
            }
        }
        TreeSet<String> unknown = new TreeSet<>(listed.keySet());
        unknown.removeAll(articles);
        if (!unknown.isEmpty()) {
            throw new InputException(file + " lists article(s) with no gold file in " + dir + ": " + unknown
                    + "; remove them from " + NAME + " or add their NAME.gold.json and NAME.txt");
        }
        List<String> unlisted = new ArrayList<>();
        Map<String, Split> out = new LinkedHashMap<>();
        for (String a : articles) {
            Split s = listed.get(a);
            if (s == null) {
                unlisted.add(a);
            } else {
                out.put(a, s);
            }
        }
        if (!unlisted.isEmpty()) {
            throw new InputException(file + " does not list article(s) " + unlisted + ": add a line NAME<TAB>tune"
                    + " or NAME<TAB>fresh for each (fresh = measured only, its errors never read)");
        }
        return out;
    }
}
