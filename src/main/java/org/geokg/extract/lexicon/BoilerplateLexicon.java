package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Page-furniture phrases of every bundled language ({@code data/lexicons/<lang>/boilerplate.txt}),
 * matched on whole lines. Immutable and thread-safe.
 */
public final class BoilerplateLexicon {
    public enum Kind {
        LINE, PREFIX, TAIL, CREDIT
    }

    /** What a line is, when it is furniture; {@code rest} is the text after a credit phrase. */
    public record Hit(Kind kind, int restOffset) {
    }

    private record Phrase(Kind kind, String norm, boolean loose) {
    }

    private final List<Phrase> phrases;

    private BoilerplateLexicon(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static BoilerplateLexicon load() {
        List<Phrase> list = new ArrayList<>();
        for (String lang : DataLib.lines("data/lexicons/und/lexicon-languages.txt")) {
            String path = "data/lexicons/" + lang.strip() + "/boilerplate.txt";
            if (!DataLib.exists(path)) {
                continue;
            }
            for (String[] row : DataLib.tsv(path, false)) {
                if (row.length < 2) {
                    throw new ConfigException("bad row in " + path + ": expected kind<TAB>phrase, got '"
                            + String.join("\t", row) + "'");
                }
                Kind kind;
                try {
                    kind = Kind.valueOf(row[0].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("bad kind '" + row[0] + "' in " + path + ": use line, prefix, tail or credit", e);
                }
                String phrase = row[1].strip();
                int words = phrase.split("\\s+").length;
                boolean colon = phrase.endsWith(":");
                boolean loose = switch (kind) {
                    case PREFIX -> colon || words >= 2;
                    case TAIL -> colon || words >= 3;
                    case CREDIT -> true;
                    case LINE -> false;
                };
                list.add(new Phrase(kind, norm(phrase), loose));
            }
        }
        return new BoilerplateLexicon(list);
    }

    /** Lowercase, whitespace collapsed, trailing separators (":", "»", "|", dashes) removed. */
    public static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        int e = n.length();
        while (e > 0 && ":»›>|-–— ".indexOf(n.charAt(e - 1)) >= 0) {
            e--;
        }
        return n.substring(0, e);
    }

    /** The furniture kind of a trimmed line, or null. */
    public Hit match(String line) {
        String n = line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        String exact = norm(line);
        for (Phrase p : phrases) {
            if (exact.equals(p.norm())) {
                return new Hit(p.kind(), line.length());
            }
            if (p.loose() && n.startsWith(p.norm()) && n.length() > p.norm().length()
                    && !Character.isLetterOrDigit(n.charAt(p.norm().length()))) {
                return new Hit(p.kind(), restOffset(line, p.norm()));
            }
        }
        return null;
    }

    /** Offset in {@code line} just after the phrase and its separators. */
    private static int restOffset(String line, String phraseNorm) {
        int matched = 0;
        int i = 0;
        while (i < line.length() && matched < phraseNorm.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (matched > 0 && phraseNorm.charAt(matched) == ' ') {
                    matched++;
                }
                i++;
                while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                continue;
            }
            matched++;
            i++;
        }
        while (i < line.length() && (":»›>|-–— ".indexOf(line.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }
}
