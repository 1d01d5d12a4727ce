package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.sys.ConfigException;

/**
 * A word pattern of the lexicon files, matched against {@link Tokens.Tok} lists.
 * Elements are separated by spaces; inside an element, {@code |} separates alternatives.
 * An alternative is a word ({@code visit}), a prefix ({@code sanction*}), an affixed stem
 * for Indonesian/Malay ({@code kerah~} matches {@code dikerahkan}) or a word class
 * ({@code @military}). An element starting with {@code ?} is optional; {@code ...} (or
 * {@code ...N}) skips up to 4 (or N) words. Immutable and thread-safe.
 *
 * <pre>{@code
 * TokenPattern p = TokenPattern.parse("sign* ...3 agreement|treaty", Map.of(), "en/events.tsv row 4");
 * int end = p.match(toks, 0, toks.size(), Affixes.NONE); // -1 when no match
 * }</pre>
 */
final class TokenPattern {
    private record Alt(String text, char kind) {
    }

    private record Element(List<Alt> alts, boolean optional, int gap) {
    }

    private final String source;
    private final List<Element> elements;
    private final Map<String, List<String>> classes;

    private TokenPattern(String source, List<Element> elements, Map<String, List<String>> classes) {
        this.source = source;
        this.elements = elements;
        this.classes = classes;
    }

    static TokenPattern parse(String pattern, Map<String, List<String>> classes, String where) {
        List<Element> els = new ArrayList<>();
        for (String raw : pattern.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.startsWith("...")) {
                int n = raw.length() == 3 ? 4 : parseGap(raw.substring(3), where);
                els.add(new Element(List.of(), true, n));
                continue;
            }
            boolean optional = raw.startsWith("?");
            String body = optional ? raw.substring(1) : raw;
            List<Alt> alts = new ArrayList<>();
            for (String a : body.split("\\|")) {
                if (a.isEmpty()) {
                    throw new ConfigException(where + ": empty alternative in pattern '" + pattern + "'");
                }
                char last = a.charAt(a.length() - 1);
                if (a.startsWith("@")) {
                    if (!classes.containsKey(a.substring(1))) {
                        throw new ConfigException(where + ": unknown word class " + a + " in pattern '" + pattern
                                + "' (define it on an @class row first)");
                    }
                    alts.add(new Alt(a.substring(1), '@'));
                } else if (last == '*' || last == '~') {
                    alts.add(new Alt(a.substring(0, a.length() - 1), last));
                } else {
                    alts.add(new Alt(a, '='));
                }
            }
            els.add(new Element(List.copyOf(alts), optional, 0));
        }
        if (els.isEmpty() || els.get(0).gap() > 0 || els.get(els.size() - 1).gap() > 0) {
            throw new ConfigException(where + ": pattern '" + pattern + "' must start and end with a word");
        }
        return new TokenPattern(pattern, List.copyOf(els), classes);
    }

    private static int parseGap(String n, String where) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new ConfigException(where + ": bad gap '..." + n + "' (use ... or ...N)", e);
        }
    }

    /** The pattern text as written. */
    String source() {
        return source;
    }

    /** Number of non-gap elements (a rough specificity). */
    int weight() {
        int w = 0;
        for (Element e : elements) {
            if (e.gap() == 0) {
                w++;
            }
        }
        return w;
    }

    /**
     * Matches at token {@code i}, not beyond {@code limit}: the index after the last
     * matched token, or -1. Gaps take the shortest fill that lets the rest match.
     */
    int match(List<Tokens.Tok> toks, int i, int limit, Affixes affixes) {
        return matchFrom(toks, 0, i, limit, affixes);
    }

    private int matchFrom(List<Tokens.Tok> toks, int el, int i, int limit, Affixes affixes) {
        if (el == elements.size()) {
            return i;
        }
        Element e = elements.get(el);
        if (e.gap() > 0) {
            for (int g = 0; g <= e.gap() && i + g <= limit; g++) {
                int r = matchFrom(toks, el + 1, i + g, limit, affixes);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        if (i < limit && accepts(e, toks.get(i).norm(), affixes)) {
            int r = matchFrom(toks, el + 1, i + 1, limit, affixes);
            if (r >= 0) {
                return r;
            }
        }
        return e.optional() ? matchFrom(toks, el + 1, i, limit, affixes) : -1;
    }

    private boolean accepts(Element e, String word, Affixes affixes) {
        Set<String> stems = null;
        for (Alt a : e.alts()) {
            switch (a.kind()) {
                case '=' -> {
                    if (word.equals(a.text())) {
                        return true;
                    }
                }
                case '*' -> {
                    if (word.startsWith(a.text())) {
                        return true;
                    }
                }
                case '~' -> {
                    if (word.equals(a.text())) {
                        return true;
                    }
                    if (stems == null) {
                        stems = affixes.stems(word);
                    }
                    if (stems.contains(a.text())) {
                        return true;
                    }
                }
                default -> {
                    for (String member : classes.get(a.text())) {
                        if (memberAccepts(member, word, affixes)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean memberAccepts(String member, String word, Affixes affixes) {
        if (member.endsWith("*")) {
            return word.startsWith(member.substring(0, member.length() - 1));
        }
        if (member.endsWith("~")) {
            String stem = member.substring(0, member.length() - 1);
            return word.equals(stem) || affixes.stems(word).contains(stem);
        }
        return word.equals(member);
    }

    @Override
    public String toString() {
        return source;
    }
}
