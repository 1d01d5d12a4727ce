package org.geokg.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.extract.lexicon.RegexLib;
import org.geokg.extract.lexicon.SupportedLanguages;
import org.geokg.nlp.TextSpan;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Finds numbers with a unit, written as each language writes them, using
 * {@code data/lexicons/<lang>/numbers.tsv} (number words, decimal and thousands separators)
 * and {@code units.tsv} (unit words and currency signs before or after the number).
 *
 * <pre>{@code
 * NumberFinder f = RuleNumberFinder.create();
 * f.find("AS menempatkan 28.500 serdadu", 0, 29, "id"); // 28500 troops
 * }</pre>
 *
 * <p>Separators: a single separator followed by exactly three digits is the thousands
 * separator of the language ("28.500" in id/es/de is 28500, "28,500" in en/ms too) and
 * otherwise a decimal point ("101.55", "3,5"); when both occur the last one is the decimal
 * point; a separator that repeats is a thousands separator. A no-break, narrow or thin space
 * groups thousands in every language, a plain space where numbers.tsv says so ({@code group}
 * row, or {@code thousands} {@code space}: "28 500" in French, German, Spanish). A scale word after the number multiplies it ("US$101.55 bilion", "$300-million"),
 * and so does a larger one after it ("2 mil millones" is two thousand millions); in number words a
 * scale larger than the one before multiplies all before it ("tres mil quinientos millones").
 * A bare number after a {@code tally} word takes the unit word before that ("pasukan sebanyak
 * 10.000", "the death toll in Gaza rose to 52"). Number words may be joined ({@code joiner}: "two
 * hundred and fifty", "treinta y cinco") or glued ({@code compound}: "fünfundzwanzig"); a number in
 * words after a {@code vague} word is no count ("several hundred"). A bare number right after a
 * share word ({@code share} rows: "davon", "of which", "dont") takes
 * the unit of the quantity before it in the range ("4600 Soldaten in der Region, davon 2400 in
 * Mali"). Only numbers with a unit are returned; years, dates, ages and names with numbers are not,
 * and neither is a lone number word meaning one ("satu negara"). Between a number and a
 * unit word after it may stand up to three capitalized words or dotted abbreviations ("10,900 North
 * Korean troops", "28,500 U.S. troops"),
 * {@code modifier} words ("5,000 more troops", "20 buah kapal") and nationality words
 * ("4.800 deutsche Soldaten"). A {@code tail} unit also ends a compound word ("US-Soldaten",
 * "Kampfdrohnen"). A number followed by a {@code rate} word ("$80 per barrel") is a price, not
 * a quantity. A count (not money, shares or weights) read with a fraction of exactly three
 * digits is read again with that separator as thousands ("1.337 personnel" in English text).
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleNumberFinder implements NumberFinder {
    /** Languages with bundled number and unit lexicons. */
    public static final List<String> LANGUAGES = List.of("id", "ms", "en", "es", "de", "fr");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Language-independent units (weapon system names). */
    private static final String UND_UNITS = "data/lexicons/und/units.tsv";
    /** A type designation standing for the things counted ("F-35", "Su-30", "MiG-29", "T-72", "F-16s"). */
    private static final Pattern DESIGNATION =
            Pattern.compile("\\p{Lu}\\p{L}{0,2}-\\d{1,3}\\p{Lu}?s?(?![\\p{L}\\p{N}-])");

    /** A count of one to three digits after a scale word ("3 mil 500 millones", "2 mil 300 soldados"). */
    private static final Pattern SCALE_PART = Pattern.compile("\\s+(\\d{1,3})(?![\\d.,]?\\d)");
    /** A capitalized abbreviation with dots ("U.S.", "U.K."), hopped like a capitalized word. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}");

    private final Map<String, Rules> rules;
    private final Rules fallback;

    private RuleNumberFinder(Map<String, Rules> rules, Rules fallback) {
        this.rules = rules;
        this.fallback = fallback;
    }

    /** Loads the bundled lexicons; an unknown language gets digits and currency signs only. */
    public static RuleNumberFinder create() {
        Map<String, Rules> map = new LinkedHashMap<>();
        Rules en = null;
        for (String lang : SupportedLanguages.current().codes()) {
            Rules r = Rules.load(lang);
            map.put(lang, r);
            if (lang.equals("en")) {
                en = r;
            }
        }
        return new RuleNumberFinder(Map.copyOf(map), en.symbolsOnly());
    }

    @Override
    public List<NumberMention> find(String text, int from, int to, String language) {
        return find(text, from, to, language, List.of());
    }

    @Override
    public List<NumberMention> find(String text, int from, int to, String language, List<TextSpan> nationals) {
        if (text == null || from >= to) {
            return List.of();
        }
        String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
        Rules r = rules.getOrDefault(lang, fallback);
        return r.find(text, from, Math.min(to, text.length()), nationals == null ? List.of() : nationals);
    }

    /** Index marking a count of nationals ("41 Russes") in place of a unit of the lexicon. */
    private static final int NATIONAL_UNIT = -1;
    /** Index marking a type designation ("F-35") in place of a unit of the lexicon. */
    private static final int DESIGNATION_UNIT = -2;

    /** Unit of a count of people by a generic noun ("15 orang", "12 people"). */
    private static final String PEOPLE = "people";

    /** Unit of a count of people named by their nation ("41 Russes"). */
    static final String NATIONALS = "nationals";

    /**
     * A unit phrase; codes and signs ("USD", "RM") match case-sensitively; a tail unit may end a
     * compound; a name (a weapon system: "Patriot") is no unit after a year ("in 2024 Patriot ...").
     */
    private record Unit(String phrase, String unit, boolean prefix, boolean tail, boolean name) {
        boolean caseSensitive() {
            return !phrase.equals(phrase.toLowerCase(Locale.ROOT));
        }
    }

    /** True for units that count things (not money, shares or weights). */
    private static boolean countUnit(String unit) {
        boolean currency = unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
        return !currency && !unit.equals("percent") && !unit.equals("tonnes");
    }

    private record Word(String kind, long value) {
    }

    private static final class Rules {
        final Map<String, Word> words;
        final char decimal;
        final String thousands;
        final List<Unit> prefixes;
        final List<Unit> suffixes;
        final Pattern number;
        final Pattern scale;
        final List<String> links;
        final List<String> shares;
        final Set<String> modifiers;
        final List<String> rates;
        final Set<String> joiners;
        final Set<String> vague;
        final List<String> clitics;
        final boolean compound;
        final List<String> tallies;
        final List<String> yearCues;

        Rules(Map<String, Word> words, char decimal, String thousands, boolean spaceGroups, List<Unit> prefixes,
                List<Unit> suffixes,
                List<String> links, List<String> shares, Set<String> modifiers, List<String> rates,
                Set<String> joiners, Set<String> vague, List<String> clitics, boolean compound, List<String> tallies,
                List<String> yearCues) {
            this.words = words;
            this.tallies = tallies;
            this.yearCues = yearCues;
            this.joiners = joiners;
            this.vague = vague;
            this.clitics = clitics;
            this.compound = compound;
            this.links = links;
            this.shares = shares;
            this.modifiers = modifiers;
            this.rates = rates;
            this.decimal = decimal;
            this.thousands = thousands;
            this.prefixes = prefixes;
            this.suffixes = suffixes;
            String digits = "\\d+(?:[.,]\\d+)*";
            // groups of three digits after a space: a no-break, narrow or thin space in every
            // language, a plain space too where the language groups so ("28 500" in fr, de, es)
            String groupSpace = spaceGroups ? "[ \\u00A0\\u202F\\u2009]" : "[\\u00A0\\u202F\\u2009]";
            digits = "\\d{1,3}(?:" + groupSpace + "\\d{3})+(?:" + Pattern.quote(String.valueOf(decimal))
                    + "\\d+)?|" + digits;
            String wordAlt = alt(words.keySet());
            // between number words: spaces or hyphens, a joiner ("hundred and fifty", "treinta y cinco"),
            // and in languages that glue them nothing or a glued joiner ("fünfundzwanzig", "zweitausend")
            String joinAlt = joiners.isEmpty() ? "" : "(?:[\\s-]+(?:" + alt(joiners) + "))?";
            String glue = "(?:[\\s-]+" + (compound ? "|(?:" + alt(joiners) + ")?" : "") + ")";
            number = Pattern.compile("(?<![\\p{N}]|[\\p{N}][.,])(?<num>" + digits + ")(?![\\p{N}]|[.,]\\p{N})"
                    + (words.isEmpty() ? "" : "|(?<![\\p{L}\\p{N}-])(?<words>(?:" + wordAlt + ")(?:" + joinAlt + glue
                    + "(?:" + wordAlt + "))*)(?![\\p{L}\\p{N}])"), FLAGS);
            List<String> scales = new ArrayList<>();
            words.forEach((k, v) -> {
                if (v.kind.equals("scale")) {
                    scales.add(k);
                }
            });
            scale = scales.isEmpty() ? null
                    : Pattern.compile("(?:\\s*|-)(?<scale>" + alt(scales) + ")(?![\\p{L}\\p{N}])", FLAGS);
        }

        Rules symbolsOnly() {
            List<Unit> sym = new ArrayList<>();
            for (Unit u : suffixes) {
                if (!Character.isLetter(u.phrase.charAt(0))) {
                    sym.add(u);
                }
            }
            return new Rules(Map.of(), '.', ",", false, prefixes, sym, List.of(), List.of(), Set.of(), List.of(), Set.of(),
                    Set.of(), List.of(), false, List.of(), List.of());
        }

        static Rules load(String lang) {
            String numbersPath = "data/lexicons/" + lang + "/numbers.tsv";
            Map<String, Word> words = new HashMap<>();
            // kinds whose rows only list words (value column unused)
            Map<String, List<String>> lists = new HashMap<>();
            for (String k : List.of("link", "share", "modifier", "rate", "joiner", "vague", "clitic", "tally",
                    "year-cue")) {
                lists.put(k, new ArrayList<>());
            }
            boolean compound = false;
            char decimal = '.';
            String thousands = ",";
            boolean spaceGroups = false;
            for (DataLib.Line line : DataLib.tsvLines(numbersPath, true)) {
                String[] row = line.columns();
                String where = numbersPath + " line " + line.number();
                if (row.length < 3) {
                    throw new ConfigException(where + ": expected word<TAB>kind<TAB>value, got '" + line.text() + "'");
                }
                String w = row[0].strip();
                String kind = row[1].strip();
                String value = row[2].strip();
                if (kind.equals("sep")) {
                    if (w.equals("decimal")) {
                        decimal = value.charAt(0);
                    } else if (w.equals("group")) {
                        spaceGroups |= value.equals("space");
                    } else {
                        thousands = value;
                        spaceGroups |= value.equals("space");
                    }
                    continue;
                }
                List<String> listed = lists.get(kind);
                if (listed != null) {
                    listed.add(w.toLowerCase(Locale.ROOT));
                    continue;
                }
                if (kind.equals("option")) {
                    if (!w.equals("compound")) {
                        throw new ConfigException(where + ": unknown option '" + w + "'");
                    }
                    compound = value.equals("true");
                    continue;
                }
                if (!List.of("n", "teen", "mul", "scale", "article").contains(kind)) {
                    throw new ConfigException(where + ": unknown kind '" + kind + "' for '" + w + "'");
                }
                try {
                    words.put(w.toLowerCase(Locale.ROOT), new Word(kind, Long.parseLong(value)));
                } catch (NumberFormatException e) {
                    throw new ConfigException(where + ": bad value '" + value + "' for '" + w + "'", e);
                }
            }
            List<Unit> prefixes = new ArrayList<>();
            List<Unit> suffixes = new ArrayList<>();
            readUnits("data/lexicons/" + lang + "/units.tsv", prefixes, suffixes, false);
            if (DataLib.exists(UND_UNITS)) {
                readUnits(UND_UNITS, prefixes, suffixes, true);
            }
            Comparator<Unit> longest = Comparator.comparingInt((Unit u) -> u.phrase.length()).reversed();
            prefixes.sort(longest);
            suffixes.sort(longest);
            return new Rules(Map.copyOf(words), decimal, thousands, spaceGroups, List.copyOf(prefixes),
                    List.copyOf(suffixes),
                    List.copyOf(lists.get("link")), List.copyOf(lists.get("share")), Set.copyOf(lists.get("modifier")),
                    List.copyOf(lists.get("rate")), Set.copyOf(lists.get("joiner")), Set.copyOf(lists.get("vague")),
                    List.copyOf(lists.get("clitic")), compound, List.copyOf(lists.get("tally")),
                    List.copyOf(lists.get("year-cue")));
        }

        private static void readUnits(String unitsPath, List<Unit> prefixes, List<Unit> suffixes, boolean names) {
            for (DataLib.Line line : DataLib.tsvLines(unitsPath, true)) {
                String[] row = line.columns();
                String position = row.length < 3 ? "" : row[2].strip();
                if (!List.of("prefix", "suffix", "tail").contains(position)) {
                    throw new ConfigException(unitsPath + " line " + line.number()
                            + ": expected phrase<TAB>unit<TAB>prefix|suffix|tail, got " + String.join(" | ", row));
                }
                Unit u = new Unit(row[0].strip(), row[1].strip(), position.equals("prefix"), position.equals("tail"),
                        names);
                (u.prefix ? prefixes : suffixes).add(u);
            }
        }

        List<NumberMention> find(String text, int from, int to, List<TextSpan> nationals) {
            List<NumberMention> out = new ArrayList<>();
            Matcher m = number.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            int reached = from;
            while (m.find()) {
                if (m.start() < reached) {
                    continue;
                }
                BigDecimal value;
                boolean fromWords = m.group("num") == null;
                if (fromWords) {
                    value = words(m.group("words"));
                    if (value == null || afterVague(text, m.start(), from)) {
                        continue; // "several hundred", "beberapa ribu": no count
                    }
                } else {
                    value = digits(m.group("num"));
                }
                int start = m.start();
                int end = m.end();
                boolean scaled = false;
                // a scale word after digits ("101.55 bilion", "3 juta"), and a larger one after it
                // ("2 mil millones": two thousand millions)
                long lastScale = 0;
                while (!fromWords && scale != null) {
                    Matcher s = scale.matcher(text).region(end, to);
                    if (!s.lookingAt()) {
                        // a smaller count after a scale ("2 mil 300": 2,300), also before a larger scale
                        // ("3 mil 500 millones": 3,500 millions)
                        Matcher part = lastScale > 0 ? SCALE_PART.matcher(text).region(end, to) : null;
                        if (part == null || !part.lookingAt()
                                || Long.parseLong(part.group(1)) >= lastScale) {
                            break;
                        }
                        value = value.add(new BigDecimal(part.group(1)));
                        end = part.end();
                        Matcher larger = scale.matcher(text).region(part.end(), to);
                        if (!larger.lookingAt()
                                || words.get(larger.group("scale").toLowerCase(Locale.ROOT)).value <= lastScale) {
                            break; // "2 mil 300 soldados": two thousand three hundred
                        }
                        s = larger;
                    }
                    Word w = words.get(s.group("scale").toLowerCase(Locale.ROOT));
                    if (w.value <= lastScale) {
                        break;
                    }
                    value = value.multiply(BigDecimal.valueOf(w.value));
                    end = s.end();
                    scaled = true;
                    lastScale = w.value;
                }
                String unit = null;
                int uStart = start;
                int uEnd = end;
                Unit pre = prefixBefore(text, start, from, scaled);
                if (pre != null) {
                    unit = pre.unit;
                    uStart = start - gapBefore(text, start) - pre.phrase.length();
                }
                if (unit == null && !fromWords && yearLike(m.group("num")) && afterPhrase(text, start, from, yearCues)) {
                    continue; // "seit 2022 Waffen geliefert", "since 2022 troops have": a year, not a count
                }
                if (unit == null && !fromWords && start > from && Character.isLetter(text.charAt(start - 1))) {
                    continue; // "SGS2022", "G7": a number glued to a word that is no currency
                }
                if (unit == null && !fromWords && start > from + 1 && text.charAt(start - 1) == '-'
                        && Character.isLetter(text.charAt(start - 2))) {
                    continue; // "F-18", "Su-35", "COVID-19": a model or name, not a count
                }
                int[] suffix = unit == null ? suffixAfter(text, end, to, true, nationals) : null;
                boolean noUnit = suffix == null || suffix[0] == NATIONAL_UNIT;
                int linked = unit == null && noUnit ? afterLink(text, end, to) : -1;
                if (linked > 0) {
                    int[] viaLink = suffixAfter(text, linked, to, false, List.of());
                    suffix = viaLink == null ? suffix : viaLink;
                }
                boolean named = suffix != null && (suffix[0] < 0 || suffixes.get(suffix[0]).name);
                if (named && !fromWords && yearLike(m.group("num"))) {
                    suffix = null; // "in 2024 Russians ...", "in 2023 F-16 jets ...": a year, not a count
                }
                if (suffix != null) {
                    unit = suffix[0] == DESIGNATION_UNIT ? "equipment"
                            : suffix[0] == NATIONAL_UNIT ? NATIONALS : suffixes.get(suffix[0]).unit;
                    uEnd = suffix[1];
                }
                if (unit != null && !fromWords && !scaled && countUnit(unit)
                        && value.scale() > 0 && m.group("num").matches("\\d{1,3}[.,]\\d{3}")) {
                    value = new BigDecimal(m.group("num").replaceAll("[.,]", "")); // "1.337 personnel"
                }
                if (unit != null && rateAfter(text, uEnd, to)) {
                    reached = uEnd;
                    continue; // "$80 per barrel": a price
                }
                boolean tallied = afterPhrase(text, start, from, tallies);
                if (PEOPLE.equals(unit)) {
                    String before = unitBefore(text, start, from, tallied);
                    unit = before == null ? unit : before; // "pasukan sebanyak 1.000 orang" counts troops
                }
                if (unit == null && !(!fromWords && yearLike(m.group("num"))) && tallied) {
                    unit = unitBefore(text, start, from, true); // "pasukan sebanyak 10.000", "death toll rose to 50"
                }
                if (unit == null && !out.isEmpty() && afterShare(text, start, from)) {
                    unit = out.get(out.size() - 1).unit(); // "4600 Soldaten ..., davon 2400 in Mali"
                }
                if (unit == null) {
                    continue;
                }
                if (fromWords && value.compareTo(BigDecimal.ONE) <= 0) {
                    continue;
                }
                out.add(new NumberMention(uStart, uEnd, text.substring(uStart, uEnd), value, unit));
                reached = uEnd;
            }
            return out;
        }

        private static boolean yearLike(String digits) {
            if (!digits.matches("\\d{4}")) {
                return false;
            }
            int y = Integer.parseInt(digits);
            return y >= 1800 && y <= 2100;
        }

        /**
         * The unit of a word unit that ends at most two lowercase words before {@code start}
         * ("pasukan sebanyak 1.000 orang", "personel berjumlah 500 orang"), or null; people,
         * casualties (a casualty word makes people casualties in the extractor, who then keeps
         * the killer from owning them: "strikes killed 20 people"; but after a tally word they count:
         * "death toll rose to 50") and money or shares are not taken.
         */
        private String unitBefore(String text, int start, int from, boolean casualties) {
            int p = start;
            // after a tally word also over a place ("the death toll in Gaza rose to 52")
            for (int hop = 0; hop <= (casualties ? 5 : 2); hop++) {
                int e = p;
                while (e > from && text.charAt(e - 1) == ' ') {
                    e--;
                }
                for (Unit u : suffixes) {
                    int b = e - u.phrase.length();
                    if (b >= from && Character.isLetter(u.phrase.charAt(0)) && countUnit(u.unit)
                            && !PEOPLE.equals(u.unit) && (casualties || !"casualties".equals(u.unit))
                            && text.regionMatches(!u.caseSensitive(), b, u.phrase, 0, u.phrase.length())
                            && (b == from || !Character.isLetter(text.charAt(b - 1)))) {
                        return u.unit;
                    }
                }
                int b = e;
                while (b > from && (Character.isLowerCase(text.charAt(b - 1))
                        || (casualties && Character.isLetter(text.charAt(b - 1))))) {
                    b--;
                }
                if (b == e || (b > from && Character.isLetter(text.charAt(b - 1)))) {
                    return null;
                }
                p = b;
            }
            return null;
        }

        /** True when a rate word ("per", "each", "pro") follows the quantity. */
        private boolean rateAfter(String text, int end, int to) {
            int q = skipSpaces(text, end, to);
            if (q == end && q < to && text.charAt(q) == '/') {
                return true;
            }
            for (String r : rates) {
                int e = q + r.length();
                if (e <= to && text.regionMatches(true, q, r, 0, r.length())
                        && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                    return true;
                }
            }
            return false;
        }

        /** True when a share word ("davon", "of which", "dont") stands right before the number. */
        private boolean afterShare(String text, int start, int from) {
            return afterPhrase(text, start, from, shares);
        }

        /** True when one of the phrases stands right before the number. */
        private static boolean afterPhrase(String text, int start, int from, List<String> phrases) {
            return phraseBefore(text, from, start, phrases, true);
        }

        private static int gapBefore(String text, int start) {
            return start > 0 && text.charAt(start - 1) == ' ' ? 1 : 0;
        }

        private Unit prefixBefore(String text, int start, int from, boolean scaled) {
            int p = start - gapBefore(text, start);
            for (Unit u : prefixes) {
                int s = p - u.phrase.length();
                if (s < from || !text.regionMatches(!u.caseSensitive(), s, u.phrase, 0, u.phrase.length())) {
                    continue;
                }
                if (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)) && Character.isLetter(u.phrase.charAt(0))) {
                    continue;
                }
                if (p < start && u.phrase.chars().noneMatch(Character::isLetter) && !scaled) {
                    continue; // "$ 5" is no amount, "€ 4 Milliarden" is; letter codes are ("Rp 5.000", "US$ 300")
                }
                return u;
            }
            return null;
        }

        /**
         * {index of the unit in suffixes, end}, {-1, end} for a count of nationals ("41 Russes"),
         * or null.
         */
        private int[] suffixAfter(String text, int end, int to, boolean needSpace, List<TextSpan> nationals) {
            int q = skipSpaces(text, end, to);
            int[] people = null;
            for (int hop = 0; hop <= 3; hop++) {
                int[] unit = unitAt(text, q, to, hop == 0, hop > 0 || q > end || !needSpace);
                if (unit != null) {
                    return unit;
                }
                int w = nationalEnd(nationals, q);
                if (w > 0 && hop == 0 && q > end) {
                    people = new int[] {NATIONAL_UNIT, w};
                }
                if (w < 0) {
                    // hop over one capitalized or modifier word ("10,900 North Korean troops", "5,000 more troops")
                    Matcher abbreviation = ABBREVIATION.matcher(text).region(q, to);
                    w = abbreviation.lookingAt() ? abbreviation.end() : q;
                    while (w < to && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '-')) {
                        w++;
                    }
                    boolean hoppable = w > q && (Character.isUpperCase(text.charAt(q))
                            || modifiers.contains(text.substring(q, w).toLowerCase(Locale.ROOT)));
                    if (!hoppable) {
                        return people;
                    }
                }
                int next = skipSpaces(text, w, to);
                if (next == w || next >= to) {
                    return people;
                }
                q = next;
            }
            return people;
        }

        /** The end of the nationality word starting at {@code q}, or -1. */
        private static int nationalEnd(List<TextSpan> nationals, int q) {
            for (TextSpan s : nationals) {
                if (s.start() == q) {
                    return s.end();
                }
                if (s.start() > q) {
                    break;
                }
            }
            return -1;
        }

        /**
         * The suffix unit at {@code q} as {index, end}, or null. Signs stand right after the number
         * ({@code first}); a word unit needs a space before it ({@code spaced}).
         */
        private int[] unitAt(String text, int q, int to, boolean first, boolean spaced) {
            for (int i = 0; i < suffixes.size(); i++) {
                Unit u = suffixes.get(i);
                boolean symbol = !Character.isLetter(u.phrase.charAt(0));
                if ((symbol && !first) || (!symbol && !spaced)) {
                    continue;
                }
                int ue = q + u.phrase.length();
                if (ue > to || !text.regionMatches(!u.caseSensitive(), q, u.phrase, 0, u.phrase.length())) {
                    continue;
                }
                if (ue < text.length() && (Character.isLetterOrDigit(text.charAt(ue)) || text.charAt(ue) == '-')
                        && Character.isLetter(u.phrase.charAt(u.phrase.length() - 1))) {
                    int ce = cliticEnd(text, ue, to);
                    if (ce < 0) {
                        continue; // part of a longer word ("Leopard-Panzer" is no "Leopard")
                    }
                    return new int[] {i, ce}; // "10.000 tentaranya" (its troops)
                }
                return new int[] {i, ue};
            }
            Matcher d = DESIGNATION.matcher(text).region(q, to);
            if (spaced && d.lookingAt()) {
                return new int[] {DESIGNATION_UNIT, d.end()};
            }
            // a tail unit closing a compound word ("US-Soldaten", "Kampfdrohnen"), also after a
            // type number ("Leopard-2-Panzer", "F-35A-Kampfjets")
            int w = q;
            while (w < to && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '-'
                    || (Character.isDigit(text.charAt(w)) && w > q && text.charAt(w - 1) == '-'))
                    || (w > q && Character.isLetterOrDigit(text.charAt(w)) && Character.isDigit(text.charAt(w - 1)))) {
                w++;
            }
            if (!spaced || w == q) {
                return null;
            }
            for (int i = 0; i < suffixes.size(); i++) {
                Unit u = suffixes.get(i);
                int s = w - u.phrase.length();
                if (u.tail && s > q && text.regionMatches(true, s, u.phrase, 0, u.phrase.length())) {
                    return new int[] {i, w};
                }
            }
            return null;
        }

        /** The end of a clitic glued to a unit word ("tentara|nya"), or -1. */
        private int cliticEnd(String text, int ue, int to) {
            for (String c : clitics) {
                int e = ue + c.length();
                if (e <= to && text.regionMatches(true, ue, c, 0, c.length())
                        && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                    return e;
                }
            }
            return -1;
        }

        /** True when a vague word ("several", "beberapa", "einige") stands right before a number in words. */
        private boolean afterVague(String text, int start, int from) {
            return afterWord(text, start, from, vague);
        }

        /** True when one of the words stands right before the number. */
        private static boolean afterWord(String text, int start, int from, Set<String> set) {
            int e = start;
            while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > from && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            return b < e && set.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
        }

        /** The position after a link word ("millones de euros"), with the space before it, or -1. */
        private int afterLink(String text, int end, int to) {
            int q = skipSpaces(text, end, to);
            if (q == end) {
                return -1;
            }
            for (String l : links) {
                int e = q + l.length();
                if (e <= to && text.regionMatches(true, q, l, 0, l.length())
                        && (l.endsWith("'") || (e < to && text.charAt(e) == ' '))) {
                    return e;
                }
            }
            return -1;
        }

        private static int skipSpaces(String text, int p, int to) {
            while (p < to && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0')) {
                p++;
            }
            return p;
        }

        /** A number written in digits, separators read as described in the class comment. */
        BigDecimal digits(String raw) {
            String s = raw.replaceAll("[ \\u00A0\\u202F\\u2009]", "");
            int dots = count(s, '.');
            int commas = count(s, ',');
            String plain;
            if (dots > 0 && commas > 0) {
                char dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
                char th = dec == '.' ? ',' : '.';
                plain = s.replace(String.valueOf(th), "").replace(dec, '.');
            } else if (dots + commas == 0) {
                plain = s;
            } else {
                char sep = dots > 0 ? '.' : ',';
                int n = dots + commas;
                int after = s.length() - s.lastIndexOf(sep) - 1;
                boolean isThousands = n > 1 || (after == 3 && sep != decimal);
                plain = isThousands ? s.replace(String.valueOf(sep), "") : s.replace(sep, '.');
            }
            return new BigDecimal(plain.strip());
        }

        private static int count(String s, char c) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == c) {
                    n++;
                }
            }
            return n;
        }

        /**
         * A number written in words ("dua puluh lima ribu", "twenty-five", "two dozen"), or null.
         * Scale and multiplier words without a number word are vague ("Milliarden", "millions",
         * "dozens") and give null, but for a lone scale of a thousand ("mil soldados", "mille").
         */
        BigDecimal words(String raw) {
            long total = 0;
            long current = 0;
            long last = 0;
            long lastScale = 0;
            boolean any = false;
            boolean counted = false;
            String[] toks = tokens(raw.toLowerCase(Locale.ROOT));
            if (toks == null) {
                return null;
            }
            for (int i = 0; i < toks.length; i++) {
                String tok = toks[i];
                Word w = words.get(tok);
                if (w == null) {
                    return null;
                }
                if (w.kind.equals("article")) {
                    // "a million", "a dozen": one only before a multiplier or scale
                    Word next = i + 1 < toks.length ? words.get(toks[i + 1]) : null;
                    if (next == null || !(next.kind.equals("mul") || next.kind.equals("scale"))) {
                        return null;
                    }
                    w = new Word("n", w.value);
                }
                switch (w.kind) {
                    case "n" -> {
                        current += w.value;
                        last = w.value;
                        any = true;
                        counted = true;
                    }
                    case "teen" -> {
                        current += w.value;
                        last += w.value;
                    }
                    case "mul" -> {
                        long base = last == 0 ? 1 : last;
                        current = current - last + base * w.value;
                        last = base * w.value;
                        any = true;
                    }
                    default -> {
                        if (lastScale > 0 && w.value > lastScale) {
                            total = (total + current) * w.value; // "mil millones", "tres mil quinientos millones"
                        } else {
                            total += (current == 0 ? 1 : current) * w.value;
                        }
                        // a lone thousand counts ("mil millones", "mille milliards"); a lone larger scale is vague
                        counted |= i == 0 && w.value == 1000 && toks.length > 1;
                        lastScale = w.value;
                        current = 0;
                        last = 0;
                        any = true;
                    }
                }
            }
            if (!counted && !(toks.length == 1 && total + current <= 1000)) {
                return null;
            }
            return any ? BigDecimal.valueOf(total + current) : null;
        }

        /**
         * The number words of a match, without joiners, compounds split ("fünfundzwanzig" is fünf,
         * zwanzig); null when a joiner does not join a smaller number to a larger one ("two and
         * three" is no number, "hundred and fifty" and "treinta y cinco" are).
         */
        private String[] tokens(String raw) {
            List<String> out = new ArrayList<>();
            long beforeJoiner = -1;
            for (String part : hyphenParts(raw)) {
                List<String> pieces = words.containsKey(part) || joiners.contains(part) ? List.of(part) : split(part);
                if (pieces == null) {
                    return null;
                }
                for (String piece : pieces) {
                    if (joiners.contains(piece)) {
                        if (out.isEmpty()) {
                            return null;
                        }
                        beforeJoiner = words.get(out.get(out.size() - 1)).value;
                        if (beforeJoiner < 20 && !compound) {
                            return null; // "two and a half" joins no number
                        }
                        continue;
                    }
                    if (beforeJoiner >= 0 && words.get(piece).value >= beforeJoiner && !compound) {
                        return null;
                    }
                    beforeJoiner = -1;
                    out.add(piece);
                }
            }
            return out.toArray(new String[0]);
        }

        /**
         * The words of {@code raw} split at spaces and hyphens, but for the longest hyphenated runs
         * that are number words themselves ("quatre-vingt-dix" is quatre-vingt, dix).
         */
        private List<String> hyphenParts(String raw) {
            List<String> out = new ArrayList<>();
            for (String spaced : raw.split("\\s+")) {
                String[] hy = spaced.split("-+");
                int i = 0;
                while (i < hy.length) {
                    int e = hy.length;
                    while (e > i + 1 && !words.containsKey(String.join("-", List.of(hy).subList(i, e)))) {
                        e--;
                    }
                    String part = String.join("-", List.of(hy).subList(i, e));
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                    i = e;
                }
            }
            return out;
        }

        /** A glued word split into number words and joiners, longest first ("zweitausend"), or null. */
        private List<String> split(String word) {
            if (!compound) {
                return null;
            }
            List<String> out = new ArrayList<>();
            int p = 0;
            while (p < word.length()) {
                String best = null;
                for (int e = word.length(); e > p && best == null; e--) {
                    String piece = word.substring(p, e);
                    if (words.containsKey(piece) || joiners.contains(piece)) {
                        best = piece;
                    }
                }
                if (best == null) {
                    return null;
                }
                out.add(best);
                p += best.length();
            }
            return out;
        }

        private static String alt(Collection<String> words) {
            return RegexLib.alternation(words, false);
        }
    }

    /**
     * True when one of the lower-case {@code phrases} ends right before {@code at} (spaces
     * between allowed) and starts at {@code from} or after a character that is not a letter (nor
     * a digit, with {@code digitsBound}). Reads back only as far as the longest phrase and one
     * character more, so a long region costs no more than a short one.
     */
    static boolean phraseBefore(String text, int from, int at, List<String> phrases, boolean digitsBound) {
        int end = at;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int longest = 0;
        for (String w : phrases) {
            longest = Math.max(longest, w.length());
        }
        String before = text.substring(Math.max(from, end - longest - 1), end).toLowerCase(Locale.ROOT);
        for (String w : phrases) {
            if (!before.endsWith(w)) {
                continue;
            }
            if (before.length() == w.length()) {
                return true;
            }
            char c = before.charAt(before.length() - w.length() - 1);
            if (!(digitsBound ? Character.isLetterOrDigit(c) : Character.isLetter(c))) {
                return true;
            }
        }
        return false;
    }
}
