package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/** Shared reading of the per-language lexicon files under {@code data/lexicons/<lang>/}. */
public final class LexiconFiles {
    private LexiconFiles() {
    }

    static String path(String lang, String file) {
        return "data/lexicons/" + lang + "/" + file;
    }

    /**
     * Rows of a lexicon file (header skipped) with their row numbers; {@code @class} rows
     * (first column one word starting with {@code @}) are collected into {@code classes} instead; a
     * first column of several words starting with a class ("@pact ...3 signed") is a pattern.
     */
    static List<Row> rows(String path, int minColumns, Map<String, List<String>> classes) {
        List<Row> out = new ArrayList<>();
        List<DataLib.Line> lines = DataLib.numberedLines(path);
        for (DataLib.Line line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] r = line.columns();
            String where = path + " line " + line.number();
            if (r[0].startsWith("@") && !r[0].strip().contains(" ")) {
                if (r.length < 2 || r[1].isBlank()) {
                    throw new ConfigException(where + ": a word class row needs @name<TAB>word|word|...");
                }
                List<String> members = new ArrayList<>();
                for (String m : r[1].strip().toLowerCase(Locale.ROOT).split("\\|")) {
                    if (!m.isBlank()) {
                        members.add(m.strip());
                    }
                }
                classes.computeIfAbsent(r[0].substring(1).strip(), k -> new ArrayList<>()).addAll(members);
                continue;
            }
            if (r.length < minColumns || r[0].isBlank()) {
                throw new ConfigException(where + ": expected at least " + minColumns
                        + " tab-separated columns, found " + r.length);
            }
            out.add(new Row(r, where));
        }
        return out;
    }

    /** The stripped value of a data cell, or null when it is blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Map<String, List<String>> newClasses() {
        return new LinkedHashMap<>();
    }

    /** One data row and where it came from (for messages). */
    record Row(String[] cols, String where) {
        String col(int i) {
            return i < cols.length ? cols[i].strip() : "";
        }
    }
}
