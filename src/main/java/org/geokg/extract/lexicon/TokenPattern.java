package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.sys.ConfigException;

/**
 * A word pattern of the lexicon files, matched against {@link Token} lists.
 * Elements are separated by spaces; inside an element, {@code |} separates alternatives.
 * An alternative is a word ({@code visit}: the word itself or, through the language's stemmer,
 * one of its inflected forms such as {@code visited}), an exact word ({@code unit=}: no
 * stemming, so "united" does not match), a prefix ({@code sanction*}), a word with its affixed
 * forms ({@code kerah~} matches {@code dikerahkan}; see {@link WordForms}) or a word class
 * ({@code @military}). An element starting with {@code ?} is optional; {@code ...} (or
 * {@code ...N}) skips up to 4 (or N) words. Immutable and thread-safe.
 *
 * <pre>{@code
 * WordForms en = WordForms.load("en");
 * TokenPattern p = TokenPattern.parse("sign* ...3 agreement|treaty", Map.of(), en, "en/events.tsv row 4");
 * int end = p.match(toks, 0, toks.size(), en); // -1 when no match
 * }</pre>
 */
public final class TokenPattern {
    /** How an alternative compares with a word. */
    enum Kind {
        WORD, EXACT, PREFIX, AFFIX, CLASS
    }

    /** One alternative; {@code stem} is the stem (root for AFFIX) of {@code text}, members those of a class. */
    record Alt(String text, Kind kind, String stem, List<Alt> members) {
    }

    private record Element(List<Alt> alts, boolean optional, int gap) {
    }

    private final String source;
    private final List<Element> elements;

    private TokenPattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements;
    }

    static TokenPattern parse(String pattern, Map<String, List<String>> classes, WordForms forms, String where) {
        List<Element> els = new ArrayList<>();
        Map<String, List<Alt>> classAlts = new HashMap<>();
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
                if (a.startsWith("@")) {
                    String name = a.substring(1);
                    if (!classes.containsKey(name)) {
                        throw new ConfigException(where + ": unknown word class " + a + " in pattern '" + pattern
                                + "' (define it on an @class row first)");
                    }
                    List<Alt> members = classAlts.computeIfAbsent(name, n -> memberAlts(classes.get(n), forms));
                    alts.add(new Alt(name, Kind.CLASS, "", members));
                } else {
                    alts.add(word(a, forms, where));
                }
            }
            els.add(new Element(List.copyOf(alts), optional, 0));
        }
        if (els.isEmpty() || els.get(0).gap() > 0 || els.get(els.size() - 1).gap() > 0) {
            throw new ConfigException(where + ": pattern '" + pattern + "' must start and end with a word");
        }
        return new TokenPattern(pattern, List.copyOf(els));
    }

    private static List<Alt> memberAlts(List<String> members, WordForms forms) {
        List<Alt> out = new ArrayList<>();
        for (String m : members) {
            out.add(word(m, forms, "class member '" + m + "'"));
        }
        return List.copyOf(out);
    }

    private static Alt word(String a, WordForms forms, String where) {
        char last = a.charAt(a.length() - 1);
        String text = a.substring(0, a.length() - 1);
        if ((last == '*' || last == '~' || last == '=') && text.isEmpty()) {
            throw new ConfigException(where + ": '" + a + "' has no word before its marker");
        }
        return switch (last) {
            case '*' -> new Alt(text, Kind.PREFIX, "", List.of());
            case '~' -> new Alt(text, Kind.AFFIX, forms.root(text), List.of());
            case '=' -> new Alt(text, Kind.EXACT, "", List.of());
            default -> new Alt(a, Kind.WORD, forms.stem(a), List.of());
        };
    }

    private static int parseGap(String n, String where) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new ConfigException(where + ": bad gap '..." + n + "' (use ... or ...N)", e);
        }
    }

    /** The pattern text as written. */
    public String source() {
        return source;
    }

    /** The most alternatives one element lists ("said|says|told to" gives 3): the forms a row names. */
    int forms() {
        int n = 1;
        for (Element e : elements) {
            n = Math.max(n, e.alts().size());
        }
        return n;
    }

    /** True when the pattern skips words somewhere ("schlug ...6 vor"). */
    boolean hasGap() {
        for (Element e : elements) {
            if (e.gap() > 0) {
                return true;
            }
        }
        return false;
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
     * matched token, or -1. Gaps take the shortest fill that lets the rest match. {@code forms}
     * must be the word forms of the language the pattern was parsed with, or their
     * {@link WordForms#literal()} view (no stemming).
     */
    int match(List<Token> toks, int i, int limit, WordForms forms) {
        return matchFrom(toks, 0, i, limit, forms);
    }

    /**
     * False only when no match can start at a token with this word: the first element is required
     * and accepts none of its alternatives for it. {@link PatternStarts} indexes rows with this.
     */
    boolean mayStartWith(String word, WordForms forms) {
        Element e = elements.get(0);
        return e.optional() || e.gap() > 0 || accepts(e.alts(), word, forms);
    }

    /**
     * The alternatives of the first element with classes expanded to their members, or null when
     * the first element is optional (any word may start a match). {@code mayStartWith(w)} is true
     * exactly when one of them accepts {@code w}; {@link PatternStarts} indexes rows by them.
     */
    List<Alt> startAlts() {
        Element e = elements.get(0);
        if (e.optional() || e.gap() > 0) {
            return null;
        }
        List<Alt> out = new ArrayList<>();
        for (Alt a : e.alts()) {
            if (a.kind() == Kind.CLASS) {
                out.addAll(a.members());
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private int matchFrom(List<Token> toks, int el, int i, int limit, WordForms forms) {
        if (el == elements.size()) {
            return i;
        }
        Element e = elements.get(el);
        if (e.gap() > 0) {
            for (int g = 0; g <= e.gap() && i + g <= limit; g++) {
                int r = matchFrom(toks, el + 1, i + g, limit, forms);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        if (i < limit && accepts(e.alts(), toks.get(i).norm(), forms)) {
            int r = matchFrom(toks, el + 1, i + 1, limit, forms);
            if (r >= 0) {
                return r;
            }
        }
        return e.optional() ? matchFrom(toks, el + 1, i, limit, forms) : -1;
    }

    private static boolean accepts(List<Alt> alts, String word, WordForms forms) {
        String stem = null;
        for (Alt a : alts) {
            boolean ok = switch (a.kind()) {
                case WORD -> {
                    if (word.equals(a.text())) {
                        yield true;
                    }
                    if (forms.compoundOf(a.text(), a.stem(), word)) {
                        yield true;
                    }
                    if (!forms.stems() || a.stem().length() < WordForms.MIN_STEM) {
                        yield false;
                    }
                    if (stem == null) {
                        stem = forms.stem(word);
                    }
                    yield stem.equals(a.stem());
                }
                case EXACT -> word.equals(a.text());
                case PREFIX -> word.startsWith(a.text());
                case AFFIX -> forms.affixed(a.text(), a.stem(), word);
                case CLASS -> accepts(a.members(), word, forms);
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return source;
    }
}
