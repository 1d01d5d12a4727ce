package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * The per-language words the actor finders need, read from {@code data/lexicons/<lang>/}:
 * {@code titles.tsv} (person titles), {@code bodies.tsv} (state bodies named after their
 * country), {@code names.tsv} (particles, connectors, speech verbs, stop words...),
 * {@code pronouns.txt}, {@code anaphors.tsv} and {@code home.tsv}. A language without files gets an empty lexicon.
 *
 * <pre>{@code
 * ActorLexicon id = ActorLexicon.load("id");
 * ActorLexicon.Title t = id.titleAt(tokens, 0);
 * }</pre>
 * Immutable; thread-safe.
 */
public final class ActorLexicon {
    /**
     * A person title; an empty role marks an honorific. {@code portfolio}: a generic office
     * ("Menteri", "Dirjen", "Minister") that may be followed by the capitalized name of its
     * portfolio before the person ("Menteri Pembangunan Luar Bandar Datuk Seri X"). {@code abroad}:
     * an office the language's home state does not have ("Perdana Menteri" in Indonesian,
     * "Presiden" in Malay), so a holder named with no country is not taken for the home state's.
     */
    public record Title(List<String> words, String role, String sector, boolean affiliation, String country, int gap,
            boolean portfolio, boolean abroad) {
        public boolean honorific() {
            return role == null;
        }
    }

    /**
     * A state body phrase ("Kementerian Luar Negeri") and where its country stands; {@code place}:
     * the state may also follow a place preposition ("the foreign ministry in Beijing").
     */
    public record Body(List<String> words, String kind, String sector, boolean after, boolean before,
            boolean standsForState, boolean home, boolean place) {
    }

    /**
     * A definite description of an organization ("el ministerio", "das Ministerium", "the
     * statement") and the kind of organization it refers back to: a word the earlier body's kind
     * or label contains ("ministry"), or {@code any} for any non-media organization.
     */
    public record Anaphor(List<String> words, String kind) {
    }

    private final String language;
    private final Map<String, Set<String>> words = new HashMap<>();
    /** Rows of names.tsv with several words ("according to"), by kind, as folded words, longest first. */
    private final Map<String, List<List<String>>> phrases = new HashMap<>();
    /** The titles, bodies and anaphors by their first (folded) word, longest first, for lookups per token. */
    private final Map<String, List<Title>> titlesByFirst = new HashMap<>();
    private final Map<String, List<Body>> bodiesByFirst = new HashMap<>();
    private final Map<String, List<Anaphor>> anaphorsByFirst = new HashMap<>();
    private final Set<String> pronouns = new HashSet<>();
    private String home;
    private final Set<String> otherHomes = new HashSet<>();

    private ActorLexicon(String language) {
        this.language = language;
    }

    static ActorLexicon load(String language) {
        ActorLexicon x = new ActorLexicon(language);
        List<Title> titles = new ArrayList<>();
        List<Body> bodies = new ArrayList<>();
        List<Anaphor> anaphors = new ArrayList<>();
        String dir = "data/lexicons/" + language + "/";
        if (DataLib.exists(dir + "titles.tsv")) {
            for (DataLib.Line line : DataLib.tsvLines(dir + "titles.tsv", true)) {
                String[] r = line.columns();
                String where = dir + "titles.tsv line " + line.number();
                check(r, 3, where);
                int gap;
                try {
                    gap = r.length > 5 && !r[5].isBlank() ? Integer.parseInt(r[5].strip()) : 0;
                } catch (NumberFormatException e) {
                    throw new ConfigException(where + ": gap (column 6) must be a number, got '" + r[5].strip() + "'", e);
                }
                titles.add(new Title(fold(r[0]), LexiconFiles.blankToNull(r[1]), LexiconFiles.blankToNull(r[2]),
                        r.length > 3 && r[3].strip().equals("yes"), r.length > 4 ? LexiconFiles.blankToNull(r[4]) : null,
                        gap, flag(r, 6, "portfolio"), flag(r, 6, "abroad")));
            }
        }
        if (DataLib.exists(dir + "bodies.tsv")) {
            for (DataLib.Line line : DataLib.tsvLines(dir + "bodies.tsv", true)) {
                String[] r = line.columns();
                check(r, 6, dir + "bodies.tsv line " + line.number());
                String pos = r[3].strip();
                bodies.add(new Body(fold(r[0]), r[1].strip(), r[2].strip(),
                        pos.equals("after") || pos.equals("both"), pos.equals("before") || pos.equals("both"),
                        r[4].strip().equals("country"), r[5].strip().equals("yes"),
                        r.length > 6 && r[6].strip().equals("yes")));
            }
        }
        if (DataLib.exists(dir + "anaphors.tsv")) {
            for (DataLib.Line line : DataLib.tsvLines(dir + "anaphors.tsv", true)) {
                String[] r = line.columns();
                check(r, 2, dir + "anaphors.tsv line " + line.number());
                anaphors.add(new Anaphor(fold(r[0]), r[1].strip()));
            }
        }
        if (DataLib.exists(dir + "names.tsv")) {
            for (DataLib.Line line : DataLib.tsvLines(dir + "names.tsv", true)) {
                String[] r = line.columns();
                check(r, 2, dir + "names.tsv line " + line.number());
                String word = r[0].strip();
                if (word.indexOf(' ') > 0) {
                    x.phrases.computeIfAbsent(r[1].strip(), k -> new ArrayList<>()).add(fold(word));
                } else {
                    x.words.computeIfAbsent(r[1].strip(), k -> new HashSet<>()).add(word);
                }
            }
        }
        if (DataLib.exists(dir + "pronouns.txt")) {
            for (String l : DataLib.lines(dir + "pronouns.txt")) {
                x.pronouns.add(l.strip());
            }
        }
        if (DataLib.exists(dir + "home.tsv")) {
            for (String[] r : DataLib.tsv(dir + "home.tsv", true)) {
                if (r.length >= 2 && r[0].strip().equals("home")) {
                    x.home = r[1].strip();
                } else if (r.length >= 2 && r[0].strip().equals("other-homes")) {
                    for (String c : r[1].strip().split("\\|")) {
                        if (!c.isBlank()) {
                            x.otherHomes.add(c.strip());
                        }
                    }
                }
            }
        }
        x.phrases.values().forEach(l -> l.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed()));
        titles.sort(Comparator.comparingInt((Title t) -> t.words().size()).reversed());
        bodies.sort(Comparator.comparingInt((Body b) -> b.words().size()).reversed());
        anaphors.sort(Comparator.comparingInt((Anaphor a) -> a.words().size()).reversed());
        // the lookups by first word keep each list's longest-first order
        titles.forEach(t -> byFirst(x.titlesByFirst, t.words(), t));
        bodies.forEach(b -> byFirst(x.bodiesByFirst, b.words(), b));
        anaphors.forEach(a -> byFirst(x.anaphorsByFirst, a.words(), a));
        return x;
    }

    private static <T> void byFirst(Map<String, List<T>> index, List<String> words, T entry) {
        index.computeIfAbsent(words.isEmpty() ? "" : words.get(0), k -> new ArrayList<>()).add(entry);
    }

    /** The entries whose first word is token {@code i}'s, longest first (none past the end). */
    private static <T> List<T> startingAt(Map<String, List<T>> index, List<Token> toks, int i) {
        return i < toks.size() ? index.getOrDefault(toks.get(i).folded(), List.of()) : List.of();
    }

    /** True when column {@code col} lists the word {@code flag} (flags separated by commas or blanks). */
    private static boolean flag(String[] r, int col, String flag) {
        return r.length > col && List.of(r[col].strip().split("[,\\s]+")).contains(flag);
    }

    private static void check(String[] r, int n, String file) {
        if (r.length < n) {
            throw new ConfigException(file + ": " + r.length + " columns, expected at least " + n
                    + " (tab-separated): " + String.join("\\t", r));
        }
    }

    private static List<String> fold(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokens.joined(phrase.strip(), 0, phrase.strip().length())) {
            out.add(t.folded());
        }
        return out;
    }

    String language() {
        return language;
    }

    /**
     * Other states whose press writes in the language (AUT, CHE for German): an article datelined
     * there or credited to an outlet of theirs has that state for home ({@link #home()} otherwise).
     */
    public Set<String> otherHomes() {
        return Collections.unmodifiableSet(otherHomes);
    }

    /** The home state of the language (IDN for Indonesian) or null. */
    public String home() {
        return home;
    }

    /** Longest title starting at token {@code i}, or null. */
    public Title titleAt(List<Token> toks, int i) {
        for (Title t : startingAt(titlesByFirst, toks, i)) {
            if (matches(toks, i, t.words())) {
                return t;
            }
        }
        return i < toks.size() ? compoundTitle(toks.get(i).text()) : null;
    }

    /**
     * A one-word title closing a hyphenated compound ("Junta-Sprecher", "Ex-President"): the
     * part before the hyphen qualifies the office; null when the last part is no title.
     */
    private Title compoundTitle(String word) {
        int dash = word.lastIndexOf('-');
        if (dash <= 0 || dash == word.length() - 1 || !Character.isUpperCase(word.charAt(dash + 1))) {
            return null;
        }
        String tail = NameNormalizer.fold(word.substring(dash + 1));
        for (Title t : titlesByFirst.getOrDefault(tail, List.of())) {
            if (t.words().size() == 1) {
                return t;
            }
        }
        return null;
    }

    /**
     * Longest title of at most {@code limit} words starting at token {@code i}, or null: the
     * title that ends before a body named inside a longer one ("jefe del [Estado Mayor de Rusia]").
     */
    public Title titleAt(List<Token> toks, int i, int limit) {
        for (Title t : startingAt(titlesByFirst, toks, i)) {
            if (t.words().size() <= limit && matches(toks, i, t.words())) {
                return t;
            }
        }
        return null;
    }

    /** Longest body phrase starting at token {@code i}, or null. */
    public Body bodyAt(List<Token> toks, int i) {
        for (Body b : startingAt(bodiesByFirst, toks, i)) {
            if (matches(toks, i, b.words())) {
                return b;
            }
        }
        return null;
    }

    /**
     * Longest body phrase of two or more words whose first word is at token {@code i} and whose
     * other words start at token {@code rest} ("ministère [turc] de la Défense"), or null.
     */
    public Body bodySplitAt(List<Token> toks, int i, int rest) {
        for (Body b : startingAt(bodiesByFirst, toks, i)) {
            if (b.words().size() > 1 && b.after() && matches(toks, i, b.words().subList(0, 1))
                    && matches(toks, rest, b.words().subList(1, b.words().size()))) {
                return b;
            }
        }
        return null;
    }

    /** Longest organization description starting at token {@code i}, or null. */
    public Anaphor anaphorAt(List<Token> toks, int i) {
        for (Anaphor a : startingAt(anaphorsByFirst, toks, i)) {
            if (matches(toks, i, a.words())) {
                return a;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> toks, int i, List<String> words) {
        if (i + words.size() > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!toks.get(i + k).folded().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when the word is listed under this kind in names.tsv (exact spelling). */
    public boolean is(String kind, String word) {
        Set<String> s = words.get(kind);
        return s != null && s.contains(word);
    }

    /**
     * The number of tokens of the word (exact spelling) or longest phrase (any case) of this kind
     * in names.tsv at token {@code i}: 1 for "said", 2 for "according to", 0 for none.
     */
    public int lengthAt(String kind, List<Token> toks, int i) {
        if (i >= toks.size()) {
            return 0;
        }
        if (is(kind, toks.get(i).text())) {
            return 1;
        }
        for (List<String> p : phrases.getOrDefault(kind, List.of())) {
            if (matches(toks, i, p)) {
                return p.size();
            }
        }
        return 0;
    }

    public boolean pronoun(String word) {
        return pronouns.contains(word);
    }
}
