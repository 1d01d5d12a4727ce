package org.geokg.extract.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.geokg.extract.lexicon.LanguageWords;
import org.geokg.extract.lexicon.LexiconFiles;
import org.geokg.extract.lexicon.NameNormalizer;
import org.geokg.extract.lexicon.SupportedLanguages;
import org.geokg.extract.lexicon.Tokens;
import org.geokg.kg.model.EntityType;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Names of states, organizations, outlets, well-known persons and places, per language, and
 * a longest-match scanner over text. States come from {@code data/gazetteers/countries-wikidata.tsv}
 * with their names in each language from the JDK's CLDR data, plus the curated
 * {@code country-aliases.tsv}; the rest from {@code organizations.tsv}, {@code persons.tsv} and
 * {@code places.tsv}.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.load();
 * List<Gazetteer.Match> found = g.scan(text, 0, text.length(), "id");
 * Actor usa = g.lookup("Amerika Serikat", "id");
 * }</pre>
 * Immutable after loading (per-language indexes are built lazily in a concurrent map); thread-safe.
 */
public final class Gazetteer {
    static final String DIR = "data/gazetteers/";
    /** Languages whose curated aliases ship with the project. */

    /** A name found at {@code [start, end)}. */
    public record Match(Actor actor, int start, int end, String how) {
    }

    enum CaseMode { EXACT, CAPITAL, ANY }

    private record Entry(String alias, CaseMode mode, Actor actor, String how, boolean nameContext) {
    }

    private record Raw(String lang, String alias, Actor actor, String how, boolean scan) {
    }

    private static final class Index {
        /** Scanned entries by their alias's first word, lower-cased letter by letter; longest alias first. */
        final Map<String, List<Entry>> byFirstWord = new HashMap<>();
        final Map<String, Actor> byFolded = new HashMap<>();
    }

    private final Map<String, Actor> countries = new LinkedHashMap<>();
    private final Map<String, String> iso2 = new HashMap<>();
    private final Map<String, String> attributive = new HashMap<>();
    private final Map<String, String> bodyLabels = new HashMap<>();
    private final Map<String, Actor> byKey = new HashMap<>();
    private final Map<String, Actor> personsByFolded = new HashMap<>();
    private final Map<String, Set<Actor>> personsByPart = new HashMap<>();
    private final List<Raw> raws = new ArrayList<>();
    private final Set<String> nameContext = new HashSet<>();
    private final Map<String, Index> indexes = new ConcurrentHashMap<>();

    private Gazetteer() {
    }

    /** Loads the bundled gazetteers. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        g.loadCountries();
        g.loadCountryAliases();
        g.loadBodyLabels();
        g.loadOrganizations();
        g.loadPersons();
        g.loadPlaces();
        return g;
    }

    /** The state with this ISO alpha-3 code, or null. */
    public Actor country(String iso3) {
        return iso3 == null ? null : countries.get(iso3);
    }

    /** The actor with this key from the gazetteers (states, bodies, outlets, persons, places) or null. */
    public Actor byKey(String key) {
        return byKey.get(key);
    }

    /** A known person by any of its names (compared folded), or null. */
    public Actor person(String name) {
        return personsByFolded.get(NameNormalizer.fold(name));
    }

    /**
     * The one listed person whose name (label or an alias) has this word as one of its parts
     * ("Marcos", "Anwar"), or null when no listed person or several share it.
     */
    public Actor personByNamePart(String word) {
        Set<Actor> s = word == null ? null : personsByPart.get(NameNormalizer.fold(word));
        return s != null && s.size() == 1 ? s.iterator().next() : null;
    }

    /** The English word that names things of this state ("Russian"), else its English name. */
    public String attributive(String iso3) {
        String a = attributive.get(iso3);
        if (a != null) {
            return a;
        }
        Actor c = countries.get(iso3);
        return c == null ? iso3 : c.label();
    }

    /**
     * The English label of a state body of this kind that no curated actor names, from
     * {@code body-labels.tsv} ("Ministry of Defence of Armenia"), else the state's attributive word
     * and the kind ("Polish Navy").
     */
    public String bodyLabel(String iso3, String kind) {
        String template = bodyLabels.get(kind);
        Actor c = countries.get(iso3);
        if (template != null && c != null) {
            return template.replace("{country}", c.label());
        }
        StringBuilder sb = new StringBuilder(attributive(iso3));
        for (String w : kind.split(" ")) {
            if (!w.isEmpty()) {
                sb.append(' ').append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    /** The actor a bare name stands for in this language (any letter case), or null. */
    public Actor lookup(String name, String language) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return index(language).byFolded.get(NameNormalizer.fold(name));
    }

    /**
     * Longest gazetteer names in {@code text[from, to)}, left to right, not overlapping, each
     * starting and ending at a word boundary.
     */
    public List<Match> scan(String text, int from, int to, String language) {
        Index idx = index(language);
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean start = Tokens.wordChar(c) && (i == 0 || !Tokens.wordChar(text.charAt(i - 1)));
            if (!start) {
                i++;
                continue;
            }
            List<Entry> cands = idx.byFirstWord.get(firstWord(text, i, to));
            Match found = null;
            if (cands != null) {
                for (Entry e : cands) {
                    int end = matchAt(text, i, to, e);
                    if (end > 0 && (!e.nameContext() || !nameAround(text, i, end, from, to))) {
                        found = new Match(e.actor(), i, end, e.how());
                        break;
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The letters, digits and marks from {@code pos} on, lower-cased one by one: an alias can
     * match only where the text's word has the same key, since {@link #matchAt} compares letters
     * case-folded one by one and wants a word boundary where the alias's first word ends.
     */
    private static String firstWord(String s, int pos, int to) {
        int end = pos;
        while (end < to && Tokens.wordChar(s.charAt(end))) {
            end++;
        }
        char[] out = new char[end - pos];
        for (int k = pos; k < end; k++) {
            out[k - pos] = Character.toLowerCase(s.charAt(k));
        }
        return new String(out);
    }

    private static int matchAt(String text, int pos, int to, Entry e) {
        String a = e.alias();
        int ti = pos;
        for (int ai = 0; ai < a.length(); ai++) {
            char ac = a.charAt(ai);
            if (ac == ' ') {
                int n = 0;
                while (ti < to && isBlank(text.charAt(ti))) {
                    ti++;
                    n++;
                }
                if (n == 0) {
                    return -1;
                }
                continue;
            }
            if (ti >= to) {
                return -1;
            }
            char tc = text.charAt(ti);
            boolean same;
            if (Tokens.apostrophe(ac)) {
                same = Tokens.apostrophe(tc);
            } else if (e.mode() == CaseMode.EXACT || (e.mode() == CaseMode.CAPITAL && wordStartCapital(a, ai))) {
                same = ac == tc;
            } else {
                same = Character.toLowerCase(ac) == Character.toLowerCase(tc);
            }
            if (!same) {
                return -1;
            }
            ti++;
        }
        if (ti < to) {
            char next = text.charAt(ti);
            if (Tokens.wordChar(next) && Tokens.wordChar(text.charAt(ti - 1))) {
                return -1;
            }
            if (next == '$') {
                return -1;
            }
        }
        return ti;
    }

    /**
     * True when the alias has a capital letter at {@code ai} that begins one of its words: in a
     * capitalized alias each such capital must be a capital in the text too, so that "Russia
     * Today" (the outlet) does not match "Russia today".
     */
    private static boolean wordStartCapital(String alias, int ai) {
        return ai == 0 || Character.isUpperCase(alias.charAt(ai)) && alias.charAt(ai - 1) == ' ';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** True when a capitalized word touches the span across plain spaces (a person's name). */
    private static boolean nameAround(String text, int start, int end, int from, int to) {
        int j = start - 1;
        while (j >= from && isBlank(text.charAt(j))) {
            j--;
        }
        if (j >= from && j < start - 1 && Character.isLetter(text.charAt(j))) {
            int k = j;
            while (k > from && Tokens.wordChar(text.charAt(k - 1))) {
                k--;
            }
            boolean sentenceStart = k == from || prevNonBlank(text, k, from) == '.' || prevNonBlank(text, k, from) == '\n';
            if (Character.isUpperCase(text.charAt(k)) && !sentenceStart) {
                return true;
            }
        }
        j = end;
        while (j < to && isBlank(text.charAt(j))) {
            j++;
        }
        return j > end && j < to && Character.isUpperCase(text.charAt(j));
    }

    private static char prevNonBlank(String text, int k, int from) {
        int j = k - 1;
        while (j >= from && isBlank(text.charAt(j))) {
            j--;
        }
        return j >= from ? text.charAt(j) : '\n';
    }

    private Index index(String language) {
        String lang = language == null || language.isBlank() ? "und" : language.toLowerCase(Locale.ROOT);
        return indexes.computeIfAbsent(lang, this::buildIndex);
    }

    private Index buildIndex(String lang) {
        SupportedLanguages langs = SupportedLanguages.current();
        String curated = langs.supports(lang) ? lang : "en";
        LanguageWords words = langs.supports(lang) ? langs.words(lang) : null;
        Index idx = new Index();
        Set<String> seen = new HashSet<>();
        List<Raw> all = new ArrayList<>();
        for (Raw r : raws) {
            if (r.lang().equals("*") || r.lang().equals(curated)) {
                all.add(r);
            }
        }
        Locale loc = Locale.forLanguageTag(lang);
        for (Map.Entry<String, Actor> c : countries.entrySet()) {
            String code2 = iso2.get(c.getKey());
            if (code2 == null || code2.isEmpty()) {
                continue;
            }
            for (String n : cldrNames(new Locale("", code2).getDisplayCountry(loc))) {
                all.add(new Raw(lang, n, c.getValue(), "gazetteer", true));
                String genitive = words == null ? null : words.genitive(n);
                if (genitive != null) {
                    all.add(new Raw(lang, genitive, c.getValue(), "gazetteer", true)); // de genitive: Russlands
                }
            }
        }
        for (Raw r : all) {
            String folded = NameNormalizer.fold(r.alias());
            idx.byFolded.putIfAbsent(folded, r.actor());
            if (!r.scan() || !seen.add(r.alias())) {
                continue;
            }
            if (!Tokens.wordChar(r.alias().charAt(0))) {
                continue; // a scan starts at a letter or digit, which no other character matches
            }
            Entry e = new Entry(r.alias(), mode(r.alias()), r.actor(), r.how(), nameContext.contains(r.alias()));
            idx.byFirstWord.computeIfAbsent(firstWord(r.alias(), 0, r.alias().length()), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> l : idx.byFirstWord.values()) {
            l.sort(Comparator.comparingInt((Entry e) -> e.alias().length()).reversed());
        }
        return idx;
    }

    /** CLDR display names split into usable names: "Myanmar (Burma)" gives Myanmar and Burma. */
    static List<String> cldrNames(String display) {
        List<String> out = new ArrayList<>();
        if (display == null || display.contains(" - ") || display.contains("SAR") || display.contains("DAK")
                || display.contains("R.A.S.") || display.contains("RAE")) {
            return out;
        }
        int p = display.indexOf(" (");
        if (p > 0 && display.endsWith(")")) {
            out.add(display.substring(0, p));
            out.add(display.substring(p + 2, display.length() - 1));
        } else {
            out.add(display);
        }
        out.removeIf(s -> s.length() < 3);
        return out;
    }

    static CaseMode mode(String alias) {
        boolean hasUpper = false;
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    hasUpper = true;
                }
            }
        }
        if (!hasUpper) {
            return CaseMode.ANY;
        }
        if (upper >= 2 && upper * 2 > letters || letters == 1) {
            return CaseMode.EXACT;
        }
        return CaseMode.CAPITAL;
    }

    // ---- loading

    private void loadCountries() {
        for (String[] r : rows("countries-wikidata.tsv", 5)) {
            String iso3 = r[0].strip();
            Actor a = new Actor("country:" + iso3, EntityType.Country, r[3].strip(), blankToNull(r[2]), iso3, null,
                    null);
            countries.put(iso3, a);
            byKey.put(a.key(), a);
            iso2.put(iso3, r[1].strip());
            addRaw("*", r[3].strip(), a, "gazetteer");
            if (!r[4].isBlank()) {
                addRaw("*", r[4].strip(), a, "gazetteer");
            }
            for (String n : cldrNames(new Locale("", r[1].strip()).getDisplayCountry(Locale.ENGLISH))) {
                addRaw("*", n, a, "gazetteer");
            }
        }
    }

    private void loadBodyLabels() {
        for (String[] r : rows("body-labels.tsv", 2)) {
            if (!r[1].contains("{country}")) {
                throw new ConfigException(DIR + "body-labels.tsv: the label of kind '" + r[0].strip()
                        + "' has no {country} (write where the state's name goes)");
            }
            bodyLabels.put(r[0].strip(), r[1].strip());
        }
    }

    private void loadCountryAliases() {
        for (String[] r : rows("country-aliases.tsv", 4)) {
            Actor a = countries.get(r[0].strip());
            if (a == null) {
                throw new ConfigException(DIR + "country-aliases.tsv: unknown country code '" + r[0]
                        + "' (must be an iso3 of countries-wikidata.tsv)");
            }
            String kind = r[3].strip();
            String how = switch (kind) {
                case "demonym", "adjective" -> "demonym";
                case "capital", "seat of power" -> "capital";
                default -> "gazetteer";
            };
            boolean flag = r.length > 4 && r[4].contains("name-context");
            for (String alias : expand(r[2].strip())) {
                if (kind.equals("attributive")) {
                    attributive.putIfAbsent(a.country(), alias);
                    continue;
                }
                if (flag) {
                    nameContext.add(alias);
                }
                addRaw(r[1].strip(), alias, a, how);
                String genitive = kind.equals("name") || kind.equals("capital") ? genitive(r[1].strip(), alias) : null;
                if (genitive != null) {
                    addRaw(r[1].strip(), genitive, a, how); // de genitive: Großbritanniens, Pekings
                }
            }
        }
    }

    /**
     * The genitive of a one-word capitalized alias in a language whose language.tsv gives a
     * genitive ending (de: Großbritanniens), or null.
     */
    private static String genitive(String lang, String alias) {
        SupportedLanguages langs = SupportedLanguages.current();
        if (alias.isEmpty() || !Character.isUpperCase(alias.charAt(0)) || alias.indexOf(' ') >= 0
                || !langs.supports(lang)) {
            return null;
        }
        return langs.words(lang).genitive(alias);
    }

    private void loadOrganizations() {
        for (String[] r : rows("organizations.tsv", 6)) {
            String label = r[1].strip();
            boolean labelHidden = label.startsWith("=");
            if (labelHidden) {
                label = label.substring(1);
            }
            Actor a = new Actor(r[0].strip(), type(r[2], "organizations.tsv", r[0]), label, blankToNull(r[5]),
                    blankToNull(r[3]), blankToNull(r[4]), null);
            if (byKey.put(a.key(), a) != null) {
                throw new ConfigException(DIR + "organizations.tsv: duplicate key '" + a.key() + "'");
            }
            raws.add(new Raw("*", label, a, "gazetteer", !labelHidden));
            addAliases(r.length > 6 ? r[6] : "", a);
        }
    }

    private void loadPersons() {
        for (String[] r : rows("persons.tsv", 4)) {
            String label = r[0].strip();
            String country = blankToNull(r[1]);
            Actor a = new Actor(personKey(label, country), EntityType.Person, label, blankToNull(r[3]), country,
                    blankToNull(r[2]), null);
            byKey.put(a.key(), a);
            raws.add(new Raw("*", label, a, "gazetteer", true));
            personsByFolded.put(NameNormalizer.fold(label), a);
            List<Raw> names = new ArrayList<>(addAliases(r.length > 4 ? r[4] : "", a));
            names.add(new Raw("*", label, a, "gazetteer", true));
            for (Raw x : names) {
                personsByFolded.putIfAbsent(NameNormalizer.fold(x.alias()), a);
                for (String part : x.alias().split("\\s+")) {
                    // a given name or surname, not an initial, suffix or particle ("Jr.", "bin")
                    if (part.length() >= 3 && Character.isUpperCase(part.charAt(0)) && !part.endsWith(".")) {
                        personsByPart.computeIfAbsent(NameNormalizer.fold(part), k -> new HashSet<>()).add(a);
                    }
                }
                String spaced = spacedVariant(x.alias());
                if (x.scan() && spaced != null) {
                    raws.add(new Raw(x.lang(), spaced, a, "gazetteer", true));
                }
            }
        }
    }

    /**
     * A hyphenated given name written with a space instead, as the press often spells Korean and
     * Chinese names ("Moon Jae-in" gives "Moon Jae in", which matches "Moon Jae In"); null when
     * the name has no hyphen between two letters.
     */
    static String spacedVariant(String name) {
        StringBuilder sb = new StringBuilder(name);
        boolean changed = false;
        for (int i = 1; i + 1 < sb.length(); i++) {
            if (sb.charAt(i) == '-' && Character.isLetter(sb.charAt(i - 1)) && Character.isLetter(sb.charAt(i + 1))
                    && i > name.indexOf(' ')) {
                sb.setCharAt(i, ' ');
                changed = true;
            }
        }
        return changed && name.indexOf(' ') > 0 ? sb.toString() : null;
    }

    private void loadPlaces() {
        for (String[] r : rows("places.tsv", 4)) {
            String label = r[0].strip();
            Actor a = new Actor("place:" + NameNormalizer.key(label), type(r[1], "places.tsv", label), label,
                    blankToNull(r[3]), blankToNull(r[2]), null, null);
            byKey.put(a.key(), a);
            raws.add(new Raw("*", label, a, "gazetteer", true));
            addAliases(r.length > 4 ? r[4] : "", a);
        }
    }

    /** The key of a person: "person:PRK:sin hong-chol", or "person:sin hong-chol" without a country. */
    static String personKey(String name, String country) {
        return "person:" + (country == null ? "" : country + ":") + NameNormalizer.key(name);
    }

    private List<Raw> addAliases(String field, Actor a) {
        List<Raw> out = new ArrayList<>();
        for (String item : field.split("\\|")) {
            String s = item.strip();
            if (s.isEmpty()) {
                continue;
            }
            String lang = "*";
            int colon = s.indexOf(':');
            if (colon == 2 && Character.isLowerCase(s.charAt(0))) {
                lang = s.substring(0, 2);
                s = s.substring(3).strip();
            }
            boolean scan = !s.startsWith("=");
            if (!scan) {
                s = s.substring(1);
            }
            if (s.startsWith("~")) {
                // "~Congress": not next to another capitalized word ("Party Congress", "Congress Speaker")
                s = s.substring(1);
                nameContext.add(s);
            }
            Raw raw = new Raw(lang, s, a, "gazetteer", scan);
            raws.add(raw);
            out.add(raw);
        }
        return out;
    }

    private void addRaw(String lang, String alias, Actor a, String how) {
        if (!alias.isEmpty()) {
            raws.add(new Raw(lang, alias, a, how, true));
        }
    }

    /** Expands one brace group: "rus{o,a}" gives "ruso", "rusa". */
    static List<String> expand(String s) {
        int open = s.indexOf('{');
        int close = s.indexOf('}');
        if (open < 0 || close < open) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        for (String part : s.substring(open + 1, close).split(",", -1)) {
            out.add(s.substring(0, open) + part + s.substring(close + 1));
        }
        return out;
    }

    private static List<String[]> rows(String file, int minColumns) {
        List<String[]> rows = DataLib.tsv(DIR + file, true);
        int line = 0;
        for (String[] r : rows) {
            line++;
            if (r.length < minColumns) {
                throw new ConfigException(DIR + file + ": data row " + line + " has " + r.length
                        + " columns, expected at least " + minColumns + " (tab-separated)");
            }
        }
        return rows;
    }

    /** The entity type a gazetteer row names, or a {@link ConfigException} naming the file and the row. */
    private static EntityType type(String value, String file, String row) {
        try {
            return EntityType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(DIR + file + ": row '" + row.strip() + "' has type '" + value.strip()
                    + "', expected one of " + Arrays.toString(EntityType.values()), e);
        }
    }

    static String blankToNull(String s) {
        return LexiconFiles.blankToNull(s);
    }
}
