package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.nlp.TextSpan;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Finds credited outlets (reportedVia) and primary sources in body text with the cue patterns
 * of {@code data/lexicons/<lang>/credits.tsv}, and reads names the way the preparer needs them.
 * Immutable and thread-safe; one instance per language, in its {@link LanguageData}.
 */
public final class CreditFinder {
    static final String OUTLETS = "data/lexicons/und/news-outlets.txt";
    private static final Pattern DOMAIN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?i:com|co|id|my|net|org|news|tv|info|online|asia|uk|de|es|fr|ru|cn)\\b");

    /** Words joining two credited names ("Reuters dan AFP"). */
    private final Set<String> conjunctions = LanguageWords.all(LanguageWords.CONJUNCTION);

    private final List<Cue> cues;
    private final Set<String> strip;
    private final Set<String> links;
    private final Set<String> outlets;

    /** {@code first}: the cue's first word up to any apostrophe, case-folded (see {@link #fold}); a match contains it. */
    private record Cue(boolean primary, boolean outletOnly, boolean nameFirst, Pattern cue, int length, String first) {
    }

    /** Names found: credited outlets and primary sources, in text order, as written. */
    public record Credits(List<String> via, List<String> primary) {
    }

    private CreditFinder(String lang) {
        Set<String> known = new HashSet<>();
        for (String line : DataLib.lines(OUTLETS)) {
            known.add(line.strip().toLowerCase(Locale.ROOT));
        }
        this.outlets = Set.copyOf(known);
        List<Cue> list = new ArrayList<>();
        Set<String> st = new HashSet<>();
        Set<String> lk = new HashSet<>();
        String path = "data/lexicons/" + lang + "/credits.tsv";
        if (lang.matches("[a-z]{2,3}") && DataLib.exists(path)) {
            for (DataLib.Line line : DataLib.tsvLines(path, false)) {
                String[] row = line.columns();
                String where = path + " line " + line.number();
                if (row.length < 3) {
                    throw new ConfigException(where + ": expected kind<TAB>name<TAB>pattern, got '"
                            + String.join("\t", row) + "'");
                }
                String kind = row[0].strip();
                String pattern = row[2].strip();
                switch (kind) {
                    case "strip" -> st.add(pattern);
                    case "link" -> lk.add(pattern);
                    case "via", "primary" -> list.add(cue(where, kind.equals("primary"), row[1].strip(), pattern));
                    default -> throw new ConfigException(where + ": bad kind '" + kind
                            + "'; use via, primary, strip or link");
                }
            }
        }
        list.sort(Comparator.comparingInt(Cue::length).reversed());
        this.cues = List.copyOf(list);
        this.strip = Set.copyOf(st);
        this.links = Set.copyOf(lk);
    }

    /** The cues of {@code data/lexicons/<lang>/credits.tsv} (none for {@code und}) and the known outlets. */
    static CreditFinder load(String lang) {
        return new CreditFinder(lang);
    }

    private static Cue cue(String where, boolean primary, String name, String pattern) {
        boolean first = pattern.startsWith("{NAME}");
        boolean last = pattern.endsWith("{NAME}");
        if (first == last) {
            throw new ConfigException(where + ": bad pattern '" + pattern
                    + "': {NAME} must stand once, at the start or at the end");
        }
        if (!name.equals("any") && !name.equals("outlet")) {
            throw new ConfigException(where + ": bad name class '" + name + "'; use any or outlet");
        }
        String words = pattern.replace("{NAME}", "").strip();
        boolean elided = words.endsWith("'") || words.endsWith("’");
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] parts = words.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append("\\s+");
            }
            re.append(Pattern.quote(parts[i]).replace("'", "\\E['’]\\Q"));
        }
        if (!elided) {
            re.append("(?![\\p{L}\\p{N}])");
        }
        String lead = parts[0].split("['’]", -1)[0];
        return new Cue(primary, name.equals("outlet"), first,
                Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), words.length(),
                fold(lead, 0, lead.length()));
    }

    /** Whether the name is a known outlet or a web domain. */
    public boolean isOutlet(String name) {
        String n = name.strip();
        return outlets.contains(n.toLowerCase(Locale.ROOT)) || DOMAIN.matcher(n).matches();
    }

    /** Whether the token looks like a web domain ("Suarabali.com", "ERA.id"). */
    public static boolean isDomain(String token) {
        return DOMAIN.matcher(token).matches();
    }

    /** Credits found in the given spans of {@code text}. */
    public Credits find(String text, List<TextSpan> spans) {
        Set<String> via = new LinkedHashSet<>();
        Set<String> primary = new LinkedHashSet<>();
        for (TextSpan span : spans) {
            List<TextSpan> used = new ArrayList<>();
            String folded = fold(text, span.start(), span.end());
            for (Cue c : cues) {
                if (!folded.contains(c.first())) {
                    continue;
                }
                Matcher m = c.cue().matcher(text).region(span.start(), span.end());
                while (m.find()) {
                    TextSpan cueSpan = new TextSpan(m.start(), m.end());
                    if (used.stream().anyMatch(u -> u.overlaps(cueSpan))) {
                        continue;
                    }
                    List<String> names = c.nameFirst() ? optional(nameBefore(text, span.start(), m.start()))
                            : namesAfter(text, m.end(), span.end());
                    boolean any = false;
                    for (String n : names) {
                        if (c.outletOnly() && !isOutlet(n)) {
                            continue;
                        }
                        (c.primary() ? primary : via).add(n);
                        any = true;
                    }
                    if (any) {
                        used.add(cueSpan);
                    }
                }
            }
        }
        return new Credits(List.copyOf(via), List.copyOf(primary));
    }

    /**
     * Case-folds each char as the regex flags CASE_INSENSITIVE and UNICODE_CASE compare them (two
     * chars that match fold to the same char), so a cue can only match where its folded first word
     * occurs in the folded text: a cheap test before running the cue's pattern.
     */
    static String fold(CharSequence s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            b.append(Character.toLowerCase(Character.toUpperCase(s.charAt(i))));
        }
        return b.toString();
    }

    private static List<String> optional(String name) {
        return name == null ? List.of() : List.of(name);
    }

    private static boolean isNameStart(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
    }

    /** End of the token starting at {@code i}: letters, digits and inner . - ' & joins. */
    private static int tokenEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if ((c == '.' || c == '-' || c == '\'' || c == '’' || c == '&') && j + 1 < to
                    && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Names after a cue: "X", "X (Y)" gives Y, "X dan Y" gives both. */
    List<String> namesAfter(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        int i = from;
        while (out.size() < 4) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = -1;
            int end = -1;
            int count = 0;
            int j = i;
            while (j < to && count < 6) {
                int e = tokenEnd(text, j, to);
                if (e == j) {
                    break;
                }
                String tok = text.substring(j, e);
                if (isNameStart(tok.charAt(0)) || isDomain(tok)) {
                    if (s < 0) {
                        s = j;
                    }
                    end = e;
                    count++;
                } else if (!(s < 0 && strip.contains(tok) || s >= 0 && links.contains(tok))) {
                    break;
                }
                int k = e;
                while (k < to && text.charAt(k) == ' ') {
                    k++;
                }
                if (k == e) {
                    break;
                }
                j = k;
            }
            if (s < 0) {
                return out;
            }
            String name = stripLeading(clean(text.substring(s, end)));
            int k = end;
            while (k < to && text.charAt(k) == ' ') {
                k++;
            }
            if (k + 1 < to && text.charAt(k) == '(' && isNameStart(text.charAt(k + 1))) {
                int close = text.indexOf(')', k);
                if (close > k && close < to && close - k < 60) {
                    name = clean(text.substring(k + 1, close));
                    k = close + 1;
                }
            }
            if (!name.isEmpty()) {
                out.add(name);
            }
            while (k < to && text.charAt(k) == ' ') {
                k++;
            }
            int w = tokenEnd(text, k, to);
            String conj = text.substring(k, w).toLowerCase(Locale.ROOT);
            if (w == k || !conjunctions.contains(conj)) {
                return out;
            }
            i = w;
        }
        return out;
    }

    private String stripLeading(String name) {
        for (String s : strip) {
            if (name.startsWith(s + " ")) {
                return name.substring(s.length() + 1).strip();
            }
        }
        return name;
    }

    /** The name right before a cue: capitalized tokens, or a parenthesized alias "(Y)". */
    String nameBefore(String text, int from, int cueStart) {
        int i = cueStart;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i > from && text.charAt(i - 1) == ')') {
            int open = text.lastIndexOf('(', i - 1);
            if (open >= from && i - open < 60 && isNameStart(text.charAt(open + 1))) {
                String n = clean(text.substring(open + 1, i - 1));
                return n.isEmpty() ? null : n;
            }
            return null;
        }
        int end = i;
        int start = -1;
        int count = 0;
        while (i > from && count < 6) {
            int s = i;
            while (s > from && (Character.isLetterOrDigit(text.charAt(s - 1)) || "-.'’&".indexOf(text.charAt(s - 1)) >= 0
                    && s - 1 > from && Character.isLetterOrDigit(text.charAt(s - 2)))) {
                s--;
            }
            if (s == i) {
                break;
            }
            String tok = text.substring(s, i);
            if (isNameStart(tok.charAt(0)) || isDomain(tok)) {
                start = s;
                count++;
            } else if (!links.contains(tok)) {
                break;
            }
            i = s;
            if (i > from && text.charAt(i - 1) == ' ') {
                i--;
            } else {
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        String name = stripLeading(clean(text.substring(start, end)));
        return name.isEmpty() ? null : name;
    }

    private static String clean(String s) {
        String n = s.strip().replaceAll("\\s+", " ");
        if (n.endsWith("'s") || n.endsWith("’s")) {
            n = n.substring(0, n.length() - 2);
        }
        while (n.endsWith(".") && !isDomain(n)) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }
}
