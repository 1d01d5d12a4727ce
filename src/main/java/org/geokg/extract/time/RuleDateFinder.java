package org.geokg.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.extract.lexicon.RegexLib;
import org.geokg.extract.lexicon.SupportedLanguages;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Finds dates by rules and per-language date words ({@code data/lexicons/<lang>/dates.tsv}
 * and the small number words of {@code numbers.tsv}), and resolves them to ISO values.
 *
 * <pre>{@code
 * DateFinder f = RuleDateFinder.create();
 * List<DateMention> ds = f.find(text, 0, text.length(), "id", LocalDate.of(2021, 8, 13), LocalDate.now());
 * }</pre>
 *
 * <p>Recognised forms (month and weekday names from the lexicon of the language):
 * <ul>
 * <li>day month [year], with an optional weekday and local-time connector before it
 *     ("Kamis 12 Agustus", "Selasa waktu setempat, 26 Juli 2022", "12. August 2021",
 *     "12 de agosto de 2021"), day ranges ("1-14 Agustus 2022") and cross-month ranges
 *     ("30 Juli - 2 Agustus 2022");</li>
 * <li>month day[, year] in English ("August 12, 2021", "Aug. 12"); in other languages only
 *     with the year ("Ogos 6, 2022", a page header style);</li>
 * <li>month year ("Agustus 2022": YYYY-MM);</li>
 * <li>numeric dates with an optional weekday and parentheses ("Rabu (20/11/2024)",
 *     "Rabu, (03/08/22)", "20.11.2024"): day first, except in English where the part
 *     above 12 decides, else the weekday decides, else month first (US usage);</li>
 * <li>ISO dates "2024-11-20"; year ranges "1950-1953" (date and endDate are years);</li>
 * <li>years after a year cue ("pada 2013", "sejak 2009", "in 2022": the span is the year);</li>
 * <li>relative expressions ("kemarin", "pekan depan", "bulan ini", "last year"), counted
 *     ones ("dua tahun lepas", "two years ago", "hace dos años") and weekdays alone
 *     ("on Wednesday", "mulai Isnin").</li>
 * </ul>
 *
 * <p>Resolution: a day and month without year take the nearest such date not after the
 * reference (or, without a reference, not after {@code today}) whose calendar fits the
 * weekday when one is written; without a weekday and without a reference they take the
 * year of the latest full date found earlier in the text, else they are skipped. Relative
 * expressions (relative=true) resolve against the reference, else against the latest
 * full date written earlier in the text, else they are skipped. Granularity follows the
 * expression: days give YYYY-MM-DD, a week gives the Monday starting that ISO week
 * (YYYY-MM-DD), months YYYY-MM, years YYYY. A weekday alone is the latest such day on or
 * before the base date, the next one after it with a "next" cue ("depan", "mulai", "next"),
 * the one before it with a "last" cue, the day of the base date's own week with a
 * "this" cue ("este miércoles", "Rabu ini"). {@link #headerDate} reads the day a dateline names.
 * historical=true when the year of the date (or range end) is before the reference year;
 * without reference when it is a past year range or more than five years before today.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleDateFinder implements DateFinder {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Direction of a weekday with a "this" cue: the day of the base date's own week. */
    private static final int SAME_WEEK = 2;
    /** How far after the header a weekday may stand to date a header date without a year. */
    private static final int LEDE_CHARS = 400;
    /** How many years back a header date without a year may be placed. */
    private static final int YEARS_BACK = 40;

    private final Map<String, Rules> rules;
    private final Rules fallback;

    private RuleDateFinder(Map<String, Rules> rules, Rules fallback) {
        this.rules = rules;
        this.fallback = fallback;
    }

    /** Loads the date lexicons of the supported languages ({@link SupportedLanguages}). */
    public static RuleDateFinder create() {
        Map<String, Rules> rules = new LinkedHashMap<>();
        Lexicon all = new Lexicon();
        SupportedLanguages langs = SupportedLanguages.current();
        for (String lang : langs.codes()) {
            Lexicon lex = Lexicon.load(lang);
            rules.put(lang, new Rules(lex, langs.words(lang).monthFirst()));
            all.month.putAll(lex.month);
            all.ordinalSuffix.addAll(lex.ordinalSuffix);
            all.dayLink.addAll(lex.dayLink);
            all.yearLink.addAll(lex.yearLink);
        }
        return new RuleDateFinder(Map.copyOf(rules), new Rules(all, false));
    }

    @Override
    public List<DateMention> find(String text, int from, int to, String language, LocalDate reference,
            LocalDate today) {
        if (text == null || from >= to) {
            return List.of();
        }
        LocalDate now = today != null ? today : reference != null ? reference : LocalDate.now();
        String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
        Rules r = rules.getOrDefault(lang, fallback);
        List<Candidate> candidates = r.scan(text, Math.min(to, text.length()));
        List<DateMention> out = new ArrayList<>();
        LocalDate anchor = null;
        for (Candidate c : candidates) {
            Resolved v = resolve(c, reference, now, anchor);
            if (v == null) {
                continue;
            }
            if (!c.relative && v.date.length() == 10) {
                LocalDate d = LocalDate.parse(v.date);
                if (anchor == null || d.isAfter(anchor)) {
                    anchor = d;
                }
            }
            if (c.start >= from && c.end <= to) {
                out.add(new DateMention(c.start, c.end, text.substring(c.start, c.end), v.date, v.endDate,
                        c.relative, historical(v, c, reference, now)));
            }
        }
        return out;
    }

    /**
     * The day a dateline or page header names: the first expression in {@code text[from, to)} that
     * gives a day and a month ("Teherán, 2 oct (EFE).-", "Seoul, June 19 (IANS)", "Rabu, 02 Apr 2025",
     * "Kamis (12/8/2021)"), resolved without a publication date. A missing year is inferred, in
     * this order: from a weekday written with the date; from the latest year the article writes
     * in {@code text[to, contextTo)} (full dates, month and year, a year after a cue); from the
     * first weekday written without a "next"/"last" cue within {@value #LEDE_CHARS} characters
     * after the header (the lede's "on Wednesday" is the dateline's day); else the latest such
     * day not after {@code today}. Relative expressions and ranges are no header date.
     *
     * @return the day, or null when the header names none or it falls after {@code today}
     */
    @Override
    public LocalDate headerDate(String text, int from, int to, int contextTo, String language, LocalDate today) {
        if (text == null || from >= to || today == null) {
            return null;
        }
        String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
        Rules r = rules.getOrDefault(lang, fallback);
        int end = Math.min(Math.max(to, contextTo), text.length());
        List<Candidate> candidates = r.scan(text, end);
        Candidate found = null;
        for (Candidate c : candidates) {
            if (c.start >= from && c.end <= to && c.endDay == 0 && (c.kind == Kind.FULL || c.kind == Kind.DAY_MONTH)) {
                found = c;
                break;
            }
        }
        if (found == null) {
            return null;
        }
        LocalDate day;
        if (found.kind == Kind.FULL) {
            day = valid(found.year, found.month, found.day) ? LocalDate.of(found.year, found.month, found.day) : null;
        } else if (found.weekday != 0) {
            Resolved v = resolveDayMonth(found, null, today, null);
            day = v == null ? null : LocalDate.parse(v.date);
        } else {
            day = yearless(found, candidates, to, today);
        }
        return day == null || day.isAfter(today) ? null : day;
    }

    private static LocalDate yearless(Candidate c, List<Candidate> candidates, int after, LocalDate today) {
        int latestYear = 0;
        int ledeWeekday = 0;
        for (Candidate o : candidates) {
            if (o.start < after) {
                continue;
            }
            if ((o.kind == Kind.FULL || o.kind == Kind.MONTH_YEAR || o.kind == Kind.YEAR)
                    && o.year <= today.getYear() && o.year > today.getYear() - YEARS_BACK) {
                latestYear = Math.max(latestYear, o.year);
            } else if (o.kind == Kind.WEEKDAY && (o.amount == 0 || o.amount == SAME_WEEK) && ledeWeekday == 0
                    && o.start < after + LEDE_CHARS) {
                ledeWeekday = o.weekday;
            }
        }
        if (latestYear > 0 && valid(latestYear, c.month, c.day)) {
            return LocalDate.of(latestYear, c.month, c.day);
        }
        LocalDate fallbackDate = null;
        for (int y = today.getYear(); y > today.getYear() - YEARS_BACK; y--) {
            if (!valid(y, c.month, c.day) || LocalDate.of(y, c.month, c.day).isAfter(today)) {
                continue;
            }
            LocalDate d = LocalDate.of(y, c.month, c.day);
            if (fallbackDate == null) {
                fallbackDate = d;
            }
            if (ledeWeekday == 0 || d.getDayOfWeek().getValue() == ledeWeekday) {
                return d;
            }
        }
        return fallbackDate;
    }

    private static boolean historical(Resolved v, Candidate c, LocalDate reference, LocalDate today) {
        String last = v.endDate != null ? v.endDate : v.date;
        int year = Integer.parseInt(last.substring(0, 4));
        if (reference != null) {
            return year < reference.getYear();
        }
        boolean yearRange = c.kind == Kind.YEAR_RANGE;
        return (yearRange && year < today.getYear()) || year < today.getYear() - 5;
    }

    private Resolved resolve(Candidate c, LocalDate reference, LocalDate today, LocalDate anchor) {
        LocalDate base = reference != null ? reference : anchor;
        switch (c.kind) {
            case FULL:
                return valid(c.year, c.month, c.day) ? new Resolved(iso(c.year, c.month, c.day), rangeEnd(c)) : null;
            case DAY_MONTH:
                return resolveDayMonth(c, reference, today, anchor);
            case MONTH_YEAR:
                return new Resolved(String.format(Locale.ROOT, "%04d-%02d", c.year, c.month), null);
            case YEAR:
                return new Resolved(String.format(Locale.ROOT, "%04d", c.year), null);
            case YEAR_RANGE:
                return new Resolved(String.format(Locale.ROOT, "%04d", c.year),
                        String.format(Locale.ROOT, "%04d", c.endYear));
            case RELATIVE:
                return base == null ? null : new Resolved(shift(base, c.unit, c.amount), null);
            case WEEKDAY:
                return base == null ? null : new Resolved(weekday(base, c.weekday, c.amount).toString(), null);
            default:
                return null;
        }
    }

    private static Resolved resolveDayMonth(Candidate c, LocalDate reference, LocalDate today, LocalDate anchor) {
        if (c.weekday == 0 && reference == null) {
            if (anchor == null || !valid(anchor.getYear(), c.month, c.day)) {
                return null;
            }
            return new Resolved(iso(anchor.getYear(), c.month, c.day), rangeEnd(c, anchor.getYear()));
        }
        LocalDate limit = reference != null ? reference : today;
        LocalDate fallbackDate = null;
        for (int y = limit.getYear(); y >= limit.getYear() - 40; y--) {
            if (!valid(y, c.month, c.day)) {
                continue;
            }
            LocalDate d = LocalDate.of(y, c.month, c.day);
            if (d.isAfter(limit)) {
                continue;
            }
            if (fallbackDate == null) {
                fallbackDate = d;
            }
            if (c.weekday == 0 || d.getDayOfWeek().getValue() == c.weekday) {
                return new Resolved(d.toString(), rangeEnd(c, y));
            }
        }
        return fallbackDate == null ? null : new Resolved(fallbackDate.toString(), rangeEnd(c, fallbackDate.getYear()));
    }

    private static String rangeEnd(Candidate c) {
        return rangeEnd(c, c.year);
    }

    private static String rangeEnd(Candidate c, int year) {
        if (c.endDay == 0) {
            return null;
        }
        int endMonth = c.endMonth == 0 ? c.month : c.endMonth;
        int endYear = endMonth < c.month ? year + 1 : year;
        return valid(endYear, endMonth, c.endDay) ? iso(endYear, endMonth, c.endDay) : null;
    }

    private static String shift(LocalDate base, String unit, int n) {
        switch (unit) {
            case "day":
                return base.plusDays(n).toString();
            case "week":
                return base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n).toString();
            case "month":
                LocalDate m = base.plusMonths(n);
                return String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue());
            default:
                return String.format(Locale.ROOT, "%04d", base.getYear() + n);
        }
    }

    private static LocalDate weekday(LocalDate base, int weekday, int direction) {
        DayOfWeek dow = DayOfWeek.of(weekday);
        if (direction == SAME_WEEK) {
            return base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(weekday - 1L);
        }
        if (direction > 0) {
            return base.with(TemporalAdjusters.next(dow));
        }
        if (direction < 0) {
            return base.with(TemporalAdjusters.previous(dow));
        }
        return base.with(TemporalAdjusters.previousOrSame(dow));
    }

    private static boolean valid(int y, int m, int d) {
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) {
            return false;
        }
        return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }

    private static String iso(int y, int m, int d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
    }

    private record Resolved(String date, String endDate) {
    }

    private enum Kind {
        FULL, DAY_MONTH, MONTH_YEAR, YEAR, YEAR_RANGE, RELATIVE, WEEKDAY
    }

    /** A matched expression before resolution; fields unused by its kind stay 0. */
    private static final class Candidate {
        final Kind kind;
        final int start;
        final int end;
        boolean relative;
        int year;
        int month;
        int day;
        int endYear;
        int endMonth;
        int endDay;
        int weekday;
        String unit;
        int amount;

        Candidate(Kind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }
    }

    /** Date words of one language, as read from its lexicon files. */
    private static final class Lexicon {
        final Map<String, Integer> month = new HashMap<>();
        final Map<String, Integer> weekday = new HashMap<>();
        final Map<String, String> relative = new HashMap<>();
        final Map<String, String> agoUnit = new HashMap<>();
        final Map<String, String> ago = new HashMap<>();
        final Map<String, String> next = new HashMap<>();
        final Map<String, String> last = new HashMap<>();
        final Map<String, String> same = new HashMap<>();
        final List<String> yearCue = new ArrayList<>();
        final List<String> connector = new ArrayList<>();
        /** Letters after a day number: en "19th" (ordinal). */
        final List<String> ordinalSuffix = new ArrayList<>();
        /** Word between a day and its month: es "12 de agosto". */
        final List<String> dayLink = new ArrayList<>();
        /** Word between a month and its year: es "agosto de 2021", "agosto del 2021". */
        final List<String> yearLink = new ArrayList<>();
        final Map<String, Integer> numberWords = new HashMap<>();
        boolean namesCapitalized;

        static Lexicon load(String lang) {
            String path = "data/lexicons/" + lang + "/dates.tsv";
            Lexicon lex = new Lexicon();
            for (DataLib.Line line : DataLib.tsvLines(path, true)) {
                String[] row = line.columns();
                String where = path + " line " + line.number();
                if (row.length < 2) {
                    throw new ConfigException(where + ": expected kind<TAB>phrase<TAB>value, got '" + line.text() + "'");
                }
                String kind = row[0].strip();
                String phrase = row[1].strip().toLowerCase(Locale.ROOT);
                String value = row.length > 2 ? row[2].strip() : "";
                try {
                    switch (kind) {
                        case "month" -> lex.month.put(phrase, Integer.parseInt(value));
                        case "weekday" -> lex.weekday.put(phrase, Integer.parseInt(value));
                        case "relative" -> lex.relative.put(phrase, value);
                        case "agounit" -> lex.agoUnit.put(phrase, value);
                        case "ago" -> lex.ago.put(phrase, value);
                        case "wdnext" -> lex.next.put(phrase, value);
                        case "wdlast" -> lex.last.put(phrase, value);
                        case "wdthis" -> lex.same.put(phrase, value);
                        case "yearcue" -> lex.yearCue.add(phrase);
                        case "connector" -> lex.connector.add(phrase);
                        case "ordinal-suffix" -> lex.ordinalSuffix.add(phrase);
                        case "day-link" -> lex.dayLink.add(phrase);
                        case "year-link" -> lex.yearLink.add(phrase);
                        case "option" -> lex.namesCapitalized |= phrase.equals("names-capitalized")
                                && value.equals("true");
                        default -> throw new ConfigException(where + ": unknown kind '" + kind + "'");
                    }
                } catch (NumberFormatException e) {
                    throw new ConfigException(where + ": bad number '" + value + "' for '" + phrase + "'", e);
                }
            }
            String numbers = "data/lexicons/" + lang + "/numbers.tsv";
            if (DataLib.exists(numbers)) {
                for (DataLib.Line line : DataLib.tsvLines(numbers, true)) {
                    String[] row = line.columns();
                    if (row.length >= 3 && row[1].strip().equals("n")) {
                        try {
                            lex.numberWords.put(row[0].strip().toLowerCase(Locale.ROOT),
                                    Integer.parseInt(row[2].strip()));
                        } catch (NumberFormatException e) {
                            throw new ConfigException(numbers + " line " + line.number() + ": bad number '" + row[2]
                                    + "'", e);
                        }
                    }
                }
            }
            return lex;
        }
    }

    /** The compiled patterns of one language. */
    private static final class Rules {
        final Lexicon lex;
        final boolean monthFirst;
        final Pattern dayMonth;
        final Pattern crossMonth;
        final Pattern monthDay;
        final Pattern monthYear;
        final Pattern numeric;
        final Pattern isoDate;
        final Pattern yearRange;
        final Pattern cueYear;
        final Pattern relative;
        final Pattern agoAfter;
        final Pattern agoBefore;
        final Pattern weekdayAlone;

        Rules(Lexicon lex, boolean monthFirst) {
            this.lex = lex;
            this.monthFirst = monthFirst;
            String mon = alt(lex.month.keySet());
            String wd = alt(lex.weekday.keySet());
            String conn = alt(lex.connector);
            String wdPrefix = "(?:(?<wd>" + wd + ")" + E + "\\s*,?\\s*(?:(?:" + conn + ")" + E + "\\s*,?\\s*)?)?";
            // dates.tsv day-link / year-link words ("de", "del") and ordinal suffixes ("th")
            String dl = lex.dayLink.isEmpty() ? "" : "(?:(?:" + alt(lex.dayLink) + ")\\s+)?";
            String yl = lex.yearLink.isEmpty() ? "" : "(?:(?:" + alt(lex.yearLink) + ")\\s+)?";
            String ord = lex.ordinalSuffix.isEmpty() ? "" : "(?:" + alt(lex.ordinalSuffix) + ")?";
            dayMonth = Pattern.compile(B + wdPrefix + "(?<d1>\\d{1,2})\\.?(?:\\s*[-–]\\s*(?<d2>\\d{1,2})\\.?)?\\s+"
                    + dl + "(?<mon>" + mon + ")" + E + "\\.?(?:,?\\s+" + yl + "(?<y>\\d{4})(?!\\d))?",
                    FLAGS);
            crossMonth = Pattern.compile(B + wdPrefix + "(?<d1>\\d{1,2})\\.?\\s+" + dl + "(?<mon>" + mon + ")" + E
                    + "\\.?\\s*[-–]\\s*(?<d2>\\d{1,2})\\.?\\s+" + dl + "(?<mon2>" + mon + ")" + E
                    + "\\.?(?:,?\\s+" + yl + "(?<y>\\d{4})(?!\\d))?", FLAGS);
            monthDay = Pattern.compile(B + "(?:(?<wd>" + wd + ")" + E + ",?\\s+)?(?<mon>" + mon + ")" + E
                    + "\\.?\\s+(?<d1>\\d{1,2})" + ord + "(?:\\s*[-–]\\s*(?<d2>\\d{1,2})" + ord + ")?"
                    + E + "(?:,?\\s+(?<y>\\d{4})(?!\\d))?", FLAGS);
            monthYear = Pattern.compile(B + "(?<mon>" + mon + ")" + E + "\\.?,?\\s+" + yl + "(?<y>\\d{4})"
                    + "(?![\\d.,]\\d)" + E, FLAGS);
            numeric = Pattern.compile(B + "(?:(?<wd>" + wd + ")" + E + "\\s*,?\\s*)?(?<open>\\()?(?<a>\\d{1,2})"
                    + "(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\d.,/-]*\\d)", FLAGS);
            isoDate = Pattern.compile(B + "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?!\\d)");
            yearRange = Pattern.compile(B + "(?<y1>1[5-9]\\d\\d|20\\d\\d)\\s*[-–]\\s*(?<y2>1[5-9]\\d\\d|20\\d\\d|\\d\\d)"
                    + "(?![\\d.,/-]*\\d)");
            cueYear = lex.yearCue.isEmpty() ? null : Pattern.compile(B + "(?:" + alt(lex.yearCue) + ")\\s+"
                    + "(?<y>1[5-9]\\d\\d|20\\d\\d)(?![\\d.,/]*\\d)" + E, FLAGS);
            relative = lex.relative.isEmpty() ? null
                    : Pattern.compile(B + "(?<rel>" + alt(lex.relative.keySet()) + ")" + E, FLAGS);
            String num = "(?<num>\\d{1,3}" + (lex.numberWords.isEmpty() ? "" : "|" + alt(lex.numberWords.keySet()))
                    + ")";
            String unitAlt = alt(lex.agoUnit.keySet());
            List<String> after = new ArrayList<>();
            List<String> before = new ArrayList<>();
            lex.ago.forEach((k, v) -> (v.equals("before") ? before : after).add(k));
            agoAfter = after.isEmpty() || lex.agoUnit.isEmpty() ? null : Pattern.compile(B + num + "\\s+(?<unit>"
                    + unitAlt + ")\\s+(?:" + alt(after) + ")" + E, FLAGS);
            agoBefore = before.isEmpty() || lex.agoUnit.isEmpty() ? null : Pattern.compile(B + "(?:" + alt(before)
                    + ")\\s+" + num + "\\s+(?<unit>" + unitAlt + ")" + E, FLAGS);
            List<String> pre = new ArrayList<>();
            List<String> post = new ArrayList<>();
            lex.next.forEach((k, v) -> (v.equals("before") ? pre : post).add(k));
            lex.last.forEach((k, v) -> (v.equals("before") ? pre : post).add(k));
            lex.same.forEach((k, v) -> (v.equals("before") ? pre : post).add(k));
            weekdayAlone = lex.weekday.isEmpty() ? null : Pattern.compile(B + "(?:(?<pre>" + alt(pre) + ")\\s+)?(?<wd>"
                    + wd + ")" + E + "(?:\\s+(?<post>" + alt(post) + ")" + E + ")?", FLAGS);
        }

        /**
         * All expressions in text[0, to), without overlaps (earliest, then longest wins, except that
         * a weekday alone gives way to a longer date starting inside it), in order.
         */
        List<Candidate> scan(String text, int to) {
            CharSequence s = text.subSequence(0, to);
            List<Candidate> all = new ArrayList<>();
            if (!lex.month.isEmpty()) {
                crossMonth(s, all);
                dayMonth(s, all);
                monthDay(s, all);
                monthYear(s, all);
            }
            numeric(s, all);
            iso(s, all);
            yearRange(s, all);
            cueYear(s, all);
            relative(s, all);
            ago(s, all);
            weekdayAlone(s, all);
            all.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> -(c.end - c.start)));
            List<Candidate> out = new ArrayList<>();
            int reached = -1;
            for (Candidate c : all) {
                if (c.start >= reached) {
                    out.add(c);
                    reached = c.end;
                } else if (c.end > reached && out.get(out.size() - 1).kind == Kind.WEEKDAY && c.kind != Kind.WEEKDAY
                        && !c.relative) {
                    // "ce mercredi 18 mai": the cue-led weekday gives way to the date it opens
                    out.set(out.size() - 1, c);
                    reached = c.end;
                }
            }
            return out;
        }

        private int weekdayOf(Matcher m) {
            String w = m.group("wd");
            return w == null ? 0 : lex.weekday.getOrDefault(w.toLowerCase(Locale.ROOT), 0);
        }

        private int monthOf(String name) {
            return lex.month.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
        }

        private void crossMonth(CharSequence s, List<Candidate> out) {
            Matcher m = crossMonth.matcher(s);
            while (m.find()) {
                Candidate c = dayMonthCandidate(m);
                if (c != null) {
                    c.endMonth = monthOf(m.group("mon2"));
                    out.add(c);
                }
            }
        }

        private void dayMonth(CharSequence s, List<Candidate> out) {
            Matcher m = dayMonth.matcher(s);
            while (m.find()) {
                Candidate c = dayMonthCandidate(m);
                if (c != null) {
                    out.add(c);
                }
            }
        }

        private Candidate dayMonthCandidate(Matcher m) {
            int d1 = Integer.parseInt(m.group("d1"));
            int d2 = m.group("d2") == null ? 0 : Integer.parseInt(m.group("d2"));
            if (d1 < 1 || d1 > 31 || d2 > 31 || (d2 != 0 && d2 <= d1 && m.pattern() != crossMonth)) {
                return null;
            }
            if (lex.namesCapitalized && !Character.isUpperCase(m.group("mon").charAt(0))) {
                return null;
            }
            String y = m.group("y");
            Candidate c = new Candidate(y == null ? Kind.DAY_MONTH : Kind.FULL, m.start(), m.end());
            c.month = monthOf(m.group("mon"));
            c.day = d1;
            c.endDay = d2;
            c.weekday = weekdayOf(m);
            c.year = y == null ? 0 : Integer.parseInt(y);
            return c;
        }

        private void monthDay(CharSequence s, List<Candidate> out) {
            Matcher m = monthDay.matcher(s);
            while (m.find()) {
                if (!monthFirst && m.group("y") == null) {
                    continue; // "Ogos 6, 2022" in a day-first language only with its year
                }
                Candidate c = dayMonthCandidate(m);
                if (c != null) {
                    out.add(c);
                }
            }
        }

        private void monthYear(CharSequence s, List<Candidate> out) {
            Matcher m = monthYear.matcher(s);
            while (m.find()) {
                if (lex.namesCapitalized && !Character.isUpperCase(m.group("mon").charAt(0))) {
                    continue;
                }
                Candidate c = new Candidate(Kind.MONTH_YEAR, m.start(), m.end());
                c.month = monthOf(m.group("mon"));
                c.year = Integer.parseInt(m.group("y"));
                out.add(c);
            }
        }

        private void numeric(CharSequence s, List<Candidate> out) {
            Matcher m = numeric.matcher(s);
            while (m.find()) {
                String ys = m.group("y");
                String sep = m.group("sep");
                if (ys.length() == 2 && !sep.equals("/")) {
                    continue;
                }
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                int y = Integer.parseInt(ys);
                if (ys.length() == 2) {
                    y += 2000;
                }
                int wd = weekdayOf(m);
                int day = a;
                int month = b;
                if (monthFirst && sep.equals("/")) {
                    if (a <= 12 && b > 12) {
                        day = b;
                        month = a;
                    } else if (a <= 12 && b <= 12) {
                        boolean dayFirstFits = fits(y, b, a, wd);
                        boolean monthFirstFits = fits(y, a, b, wd);
                        if (!(wd != 0 && dayFirstFits && !monthFirstFits)) {
                            day = b;
                            month = a;
                        }
                    }
                }
                if (!valid(y, month, day)) {
                    continue;
                }
                int end = m.end();
                if (m.group("open") != null && end < s.length() && s.charAt(end) == ')') {
                    end++;
                }
                int start = m.group("wd") == null && m.group("open") != null ? m.start("open") : m.start();
                Candidate c = new Candidate(Kind.FULL, start, end);
                c.year = y;
                c.month = month;
                c.day = day;
                out.add(c);
            }
        }

        private static boolean fits(int y, int month, int day, int wd) {
            return valid(y, month, day) && (wd == 0 || LocalDate.of(y, month, day).getDayOfWeek().getValue() == wd);
        }

        private void iso(CharSequence s, List<Candidate> out) {
            Matcher m = isoDate.matcher(s);
            while (m.find()) {
                int y = Integer.parseInt(m.group("y"));
                int mo = Integer.parseInt(m.group("m"));
                int d = Integer.parseInt(m.group("d"));
                if (valid(y, mo, d)) {
                    Candidate c = new Candidate(Kind.FULL, m.start(), m.end());
                    c.year = y;
                    c.month = mo;
                    c.day = d;
                    out.add(c);
                }
            }
        }

        private void yearRange(CharSequence s, List<Candidate> out) {
            Matcher m = yearRange.matcher(s);
            while (m.find()) {
                int y1 = Integer.parseInt(m.group("y1"));
                String e = m.group("y2");
                int y2 = e.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(e) : Integer.parseInt(e);
                if (y2 > y1 && y2 - y1 < 100) {
                    Candidate c = new Candidate(Kind.YEAR_RANGE, m.start(), m.end());
                    c.year = y1;
                    c.endYear = y2;
                    out.add(c);
                }
            }
        }

        private void cueYear(CharSequence s, List<Candidate> out) {
            if (cueYear == null) {
                return;
            }
            Matcher m = cueYear.matcher(s);
            while (m.find()) {
                Candidate c = new Candidate(Kind.YEAR, m.start("y"), m.end("y"));
                c.year = Integer.parseInt(m.group("y"));
                out.add(c);
            }
        }

        private void relative(CharSequence s, List<Candidate> out) {
            if (relative == null) {
                return;
            }
            Matcher m = relative.matcher(s);
            while (m.find()) {
                String v = lex.relative.get(m.group("rel").toLowerCase(Locale.ROOT));
                int colon = v == null ? -1 : v.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                Candidate c = new Candidate(Kind.RELATIVE, m.start(), m.end());
                c.relative = true;
                c.unit = v.substring(0, colon);
                c.amount = Integer.parseInt(v.substring(colon + 1).replace("+", ""));
                out.add(c);
            }
        }

        private void ago(CharSequence s, List<Candidate> out) {
            for (Pattern p : new Pattern[] {agoAfter, agoBefore}) {
                if (p == null) {
                    continue;
                }
                Matcher m = p.matcher(s);
                while (m.find()) {
                    String n = m.group("num").toLowerCase(Locale.ROOT);
                    int amount = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : lex.numberWords.get(n);
                    Candidate c = new Candidate(Kind.RELATIVE, m.start(), m.end());
                    c.relative = true;
                    c.unit = lex.agoUnit.get(m.group("unit").toLowerCase(Locale.ROOT));
                    c.amount = -amount;
                    if (c.unit.equals("week")) {
                        c.unit = "day";
                        c.amount = -7 * amount;
                    }
                    out.add(c);
                }
            }
        }

        private void weekdayAlone(CharSequence s, List<Candidate> out) {
            if (weekdayAlone == null) {
                return;
            }
            Matcher m = weekdayAlone.matcher(s);
            while (m.find()) {
                if (lex.namesCapitalized && !Character.isUpperCase(s.charAt(m.start("wd")))) {
                    continue;
                }
                String pre = m.group("pre");
                String post = m.group("post");
                int direction = 0;
                int start = m.start("wd");
                int end = m.end("wd");
                if (pre != null) {
                    direction = direction(pre);
                    start = m.start();
                } else if (post != null) {
                    direction = direction(post);
                    end = m.end();
                }
                Candidate c = new Candidate(Kind.WEEKDAY, start, end);
                c.relative = true;
                c.weekday = weekdayOf(m);
                c.amount = direction;
                out.add(c);
            }
        }

        /** 1 for a "next" cue, -1 for a "last" cue, {@link #SAME_WEEK} for a "this" cue. */
        private int direction(String cue) {
            String k = cue.toLowerCase(Locale.ROOT);
            return lex.next.containsKey(k) ? 1 : lex.same.containsKey(k) ? SAME_WEEK : -1;
        }

        private static String alt(Collection<String> words) {
            return RegexLib.alternation(words, true);
        }
    }
}
