package org.geokg.extract.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.extract.lexicon.BoilerplateLexicon;
import org.geokg.extract.lexicon.CreditFinder;
import org.geokg.extract.lexicon.LanguageDataSet;
import org.geokg.extract.lexicon.LanguageWords;
import org.geokg.extract.lexicon.SupportedLanguages;
import org.geokg.kg.model.Article;
import org.geokg.nlp.LanguageCodes;
import org.geokg.nlp.Nlp;
import org.geokg.nlp.TextSpan;
import org.geokg.sys.DataLib;

/**
 * Rule-based text preparation. Nothing in the text is rewritten: the result marks spans.
 * <ul>
 * <li>boilerplate: furniture lines from {@code data/lexicons/<lang>/boilerplate.txt} (every
 * language), everything after a tail phrase ("Tags:", comment forms), short lines without
 * sentence punctuation before the headline, a repeated headline, editor initials ("(cha/cha)",
 * "(*)"), the dateline, a closing credit ("- Bernama");</li>
 * <li>headline: the given title when the text holds it, else the first line before the body
 * that is 4 to 30 words long and does not end with a period;</li>
 * <li>dateline ("JAKARTA -", "Jakarta, CNBC Indonesia -", "WASHINGTON (Reuters) -", without a
 * dash "Seoul, June 19 (IANS) North Korea ..."): a site or
 * outlet named in it becomes the publisher when none is given, an outlet in parentheses is
 * credited (reportedVia); a bare place is neither;</li>
 * <li>credits from the cue patterns of {@code data/lexicons/<lang>/credits.tsv};</li>
 * <li>language: the given one, else identified from the body; sentences: the nlp splitter.</li>
 * </ul>
 *
 * <pre>{@code
 * TextPreparer p = RuleTextPreparer.create();
 * PreparedText t = p.prepare(article);
 * for (TextSpan s : t.sentences()) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe; lexicons and models load once.
 */
public final class RuleTextPreparer implements TextPreparer {
    private static final int HEADLINE_MIN_WORDS = 4;
    private static final int HEADLINE_MAX_WORDS = 30;
    private static final int HEADLINE_MAX_CHARS = 250;
    private static final int SHORT_LINE_WORDS = 3;
    private static final int DATELINE_MAX_CHARS = 90;
    private static final int DATELINE_MAX_TOKENS = 8;
    /** Longer "sentences" (no punctuation for pages) are cut at spaces; see {@link #capped}. */
    static final int MAX_SENTENCE_CHARS = 2000;

    private static final Pattern INITIALS_LINE = Pattern.compile(
            "\\(\\s*(?:\\*+|\\p{L}{1,10}(?:\\s*/\\s*\\p{L}{1,10}){0,3})\\s*\\)");
    private static final Pattern INITIALS_END = Pattern.compile(
            "\\s+\\(\\s*(?:\\*+|\\p{Ll}{1,10}(?:\\s*/\\s*\\p{Ll}{1,10}){0,3})\\s*\\)\\s*$");
    private static final Pattern END_CREDIT = Pattern.compile(
            "(?<=[.!?\"”’)])\\s*[-–—]{1,2}\\s*(\\p{Lu}[\\p{L}.&]*(?:\\s\\p{Lu}[\\p{L}.&]*){0,2})\\s*$");

    private static final Pattern CLOSING_CREDIT_LINE = Pattern.compile(
            "^\\s*[-–—]{1,2}\\s*(\\p{Lu}[\\p{L}.&'’]*(?:\\s\\p{Lu}[\\p{L}.&'’]*){0,2})\\s*$");
    /** A byline "By X", "OLEH X": a byline word of language.tsv, capitalized or in capitals, then a name. */
    private static final String BYLINE_NAME = "\\s+(\\p{Lu}[\\p{L}.&'’]*(?:\\s\\p{Lu}[\\p{L}.&'’]*){0,3})\\s*$";
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}.&'’]*(?:\\s\\p{Lu}[\\p{L}.&'’]*){0,4})\\s*\\(\\p{Lu}{2,8}\\)\\s*$");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    /** "Seoul, June 19 (IANS) North ...": place, a comma, a segment with a number, (agency), a capital. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "\\p{Lu}[^,()\\n]{0,30},[^,()\\n]{0,25}\\d[^,()\\n]{0,15}\\((?<agency>[^()]{2,20})(?<close>\\))\\s+(?=[\\p{Lu}\"“‘'])");
    /** The byline pattern of the supported languages' byline words (By|BY|Oleh|OLEH|...). */
    private static Pattern byline(Set<String> words) {
        List<String> alts = new ArrayList<>();
        for (String w : new TreeSet<>(words)) {
            alts.add(Pattern.quote(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)));
            alts.add(Pattern.quote(w.toUpperCase(Locale.ROOT)));
        }
        return Pattern.compile("^\\s*(?:" + String.join("|", alts) + ")" + BYLINE_NAME);
    }

    /** The outlet a furniture line names on its own, or null. */
    private String lineOutlet(String line, CreditFinder known) {
        Matcher m = CLOSING_CREDIT_LINE.matcher(line);
        if (m.matches() && known.isOutlet(m.group(1))) {
            return m.group(1);
        }
        m = byline.matcher(line);
        if (m.matches() && (known.isOutlet(m.group(1)) || ACRONYM.matcher(m.group(1)).matches())) {
            return m.group(1);
        }
        m = AGENCY_LINE.matcher(line);
        if (m.matches()) {
            String name = m.group(1);
            String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            // last words that make "X News Agency (XNA)" an outlet: language.tsv outlet-word rows
            if (outletWords.contains(last) || known.isOutlet(name)) {
                return name;
            }
        }
        String t = line.strip();
        return !t.isEmpty() && known.isOutlet(t) ? t : null;
    }

    private static final class Holder {
        static final RuleTextPreparer INSTANCE = new RuleTextPreparer(SupportedLanguages.current().data());
    }

    private final LanguageDataSet languages;
    private final Pattern byline;
    private final Set<String> outletWords;
    private final Nlp nlp;
    private final BoilerplateLexicon furniture;
    private final Set<String> placePrefixes;
    private final Set<String> mediaWords;
    private final Set<String> countries;

    private RuleTextPreparer(LanguageDataSet languages) {
        this.languages = Objects.requireNonNull(languages, "languages");
        this.byline = byline(languages.words(LanguageWords.BYLINE));
        this.outletWords = languages.words(LanguageWords.OUTLET_WORD);
        this.nlp = Nlp.get();
        this.furniture = BoilerplateLexicon.load();
        Set<String> prefixes = new HashSet<>();
        Set<String> media = new HashSet<>();
        for (String[] row : DataLib.tsv("data/lexicons/und/dateline-words.tsv", false)) {
            if (row.length >= 2 && row[0].strip().equals("place-prefix")) {
                prefixes.add(row[1].strip().toLowerCase(Locale.ROOT));
            } else if (row.length >= 2 && row[0].strip().equals("media")) {
                media.add(row[1].strip().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> names = new HashSet<>();
        for (String[] row : DataLib.tsv("data/gazetteers/countries-wikidata.tsv", true)) {
            for (int i = 3; i < row.length && i <= 4; i++) {
                names.add(row[i].strip().toLowerCase(Locale.ROOT));
            }
        }
        this.placePrefixes = Set.copyOf(prefixes);
        this.mediaWords = Set.copyOf(media);
        this.countries = Set.copyOf(names);
    }

    /** The preparer for the current data files (lexicons and models load on first call). */
    public static RuleTextPreparer create() {
        return create(SupportedLanguages.current().data());
    }

    /**
     * A preparer reading bylines and credit cues from {@code languages} (the shared one when
     * that is the data it was built with).
     */
    public static RuleTextPreparer create(LanguageDataSet languages) {
        RuleTextPreparer shared = Holder.INSTANCE;
        return shared.languages == languages ? shared : new RuleTextPreparer(languages);
    }

    /** One trimmed line of the text. */
    private record Line(int start, int end, String text) {
        TextSpan span() {
            return new TextSpan(start, end);
        }
    }

    @Override
    public PreparedText prepare(Article article) {
        String text = article.text();
        List<Line> lines = lines(text);
        int n = lines.size();
        boolean[] furnitureLine = new boolean[n];
        List<TextSpan> partial = new ArrayList<>();
        Set<String> via = new LinkedHashSet<>();

        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            BoilerplateLexicon.Hit hit = furniture.match(l.text());
            if (hit != null && hit.kind() == BoilerplateLexicon.Kind.TAIL) {
                for (int k = i; k < n; k++) {
                    furnitureLine[k] = true;
                }
                break;
            }
            if (hit != null) {
                furnitureLine[i] = true;
                if (hit.kind() == BoilerplateLexicon.Kind.CREDIT) {
                    String rest = l.text().substring(hit.restOffset()).strip();
                    if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && rest.length() < 80) {
                        via.add(rest.replaceAll("[.\\s]+$", ""));
                    }
                }
            } else if (INITIALS_LINE.matcher(l.text()).matches() || l.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                furnitureLine[i] = true;
            } else if (words(l.text()) <= SHORT_LINE_WORDS && !endsSentence(l.text())) {
                furnitureLine[i] = true;
            }
        }

        // headline
        String givenTitle = blankToNull(article.title());
        int titleLine = -1;
        if (givenTitle != null) {
            String want = BoilerplateLexicon.norm(givenTitle);
            for (int i = 0; i < n && titleLine < 0; i++) {
                if (BoilerplateLexicon.norm(lines.get(i).text()).equals(want)) {
                    titleLine = i;
                }
            }
        }
        if (titleLine < 0) {
            titleLine = detectHeadline(lines, furnitureLine);
        }
        int bodyFrom = 0;
        if (titleLine >= 0) {
            String t = BoilerplateLexicon.norm(lines.get(titleLine).text());
            for (int i = 0; i < n; i++) {
                if (i != titleLine && BoilerplateLexicon.norm(lines.get(i).text()).equals(t)) {
                    furnitureLine[i] = true;
                }
            }
            bodyFrom = titleLine + 1;
        }
        List<Integer> bodyLines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i < bodyFrom && i != titleLine) {
                furnitureLine[i] = true;
            } else if (!furnitureLine[i] && i != titleLine) {
                bodyLines.add(i);
            }
        }

        // dateline at the start of the first body line
        String publisher = blankToNull(article.publisher());
        String datelineOutlet = null;
        int[] bodyStart = new int[n];
        int[] bodyEnd = new int[n];
        for (int i = 0; i < n; i++) {
            bodyStart[i] = lines.get(i).start();
            bodyEnd[i] = lines.get(i).end();
        }
        if (!bodyLines.isEmpty()) {
            int first = bodyLines.get(0);
            Dateline d = dateline(text, lines.get(first));
            if (d != null) {
                partial.add(new TextSpan(lines.get(first).start(), d.dashEnd()));
                bodyStart[first] = d.end();
                datelineOutlet = d.outlet();
                via.addAll(d.credited());
            }
            int last = bodyLines.get(bodyLines.size() - 1);
            Line ll = lines.get(last);
            String lt = text.substring(bodyStart[last], ll.end());
            Matcher mi = INITIALS_END.matcher(lt);
            if (mi.find()) {
                partial.add(new TextSpan(bodyStart[last] + mi.start() + leadingSpace(lt, mi.start()), ll.end()));
                bodyEnd[last] = bodyStart[last] + mi.start();
                lt = text.substring(bodyStart[last], bodyEnd[last]);
            }
            Matcher mc = END_CREDIT.matcher(lt);
            if (mc.find() && words(mc.group(1)) <= 3) {
                partial.add(new TextSpan(bodyStart[last] + mc.start() + leadingSpace(lt, mc.start()), bodyEnd[last]));
                bodyEnd[last] = bodyStart[last] + mc.start();
                via.add(mc.group(1).replaceAll("\\.$", ""));
            }
        }
        if (publisher == null) {
            publisher = datelineOutlet;
        }
        // outlets on lines of their own: a byline ("By IBNS"), a header line naming a known outlet,
        // an agency with its acronym ("Antara News Agency (ANTARA)"), a closing credit ("- Bernama")
        CreditFinder known = languages.undetermined().credits();
        for (int i = 0; i < n; i++) {
            if (i == titleLine || words(lines.get(i).text()) > 6) {
                continue;
            }
            String o = lineOutlet(lines.get(i).text(), known);
            if (o == null) {
                continue;
            }
            if (publisher == null) {
                publisher = o;
            } else if (!o.equalsIgnoreCase(publisher)) {
                via.add(o);
            }
        }

        List<TextSpan> body = new ArrayList<>();
        for (int i : bodyLines) {
            int s = bodyStart[i];
            int e = bodyEnd[i];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                body.add(new TextSpan(s, e));
            }
        }
        List<TextSpan> boilerplate = new ArrayList<>(partial);
        for (int i = 0; i < n; i++) {
            if (furnitureLine[i]) {
                boilerplate.add(lines.get(i).span());
            }
        }
        boilerplate.sort(Comparator.comparingInt(TextSpan::start));

        String lang = LanguageCodes.normalize(article.language());
        if (lang.equals(LanguageCodes.UND)) {
            StringBuilder sb = new StringBuilder();
            for (TextSpan b : body) {
                sb.append(b.of(text)).append('\n');
            }
            lang = nlp.language(sb.length() > 0 ? sb.toString() : text);
        }

        CreditFinder.Credits credits = languages.get(lang).credits().find(text, body);
        via.addAll(credits.via());
        List<String> reportedVia = new ArrayList<>();
        for (String v : via) {
            if (publisher == null || !v.equalsIgnoreCase(publisher)) {
                reportedVia.add(v);
            }
        }

        List<TextSpan> sentences = new ArrayList<>();
        for (TextSpan b : body) {
            for (TextSpan s : nlp.sentences(text, b.start(), b.end(), lang)) {
                sentences.addAll(capped(text, s));
            }
        }

        String title = givenTitle;
        TextSpan titleSpan = titleLine >= 0 ? lines.get(titleLine).span() : null;
        if (title == null && titleSpan != null) {
            title = titleSpan.of(text);
        }
        return PreparedText.create().article(article).language(lang).title(title).titleSpan(titleSpan)
                .published(parseDate(article.published())).publisher(publisher).reportedVia(List.copyOf(reportedVia))
                .primarySources(credits.primary()).boilerplate(List.copyOf(boilerplate)).body(List.copyOf(body))
                .sentences(List.copyOf(sentences)).build();
    }

    /**
     * The sentence, or for one longer than {@value #MAX_SENTENCE_CHARS} characters (a table or
     * scrape without punctuation) pieces of at most that size cut at spaces: the stages look at
     * the words of a sentence around each trigger, which on one endless sentence is quadratic.
     */
    static List<TextSpan> capped(String text, TextSpan s) {
        if (s.end() - s.start() <= MAX_SENTENCE_CHARS) {
            return List.of(s);
        }
        List<TextSpan> out = new ArrayList<>();
        int from = s.start();
        while (s.end() - from > MAX_SENTENCE_CHARS) {
            int cut = from + MAX_SENTENCE_CHARS;
            int k = cut;
            while (k > from + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(k))) {
                k--;
            }
            if (Character.isWhitespace(text.charAt(k))) {
                cut = k;
            }
            int end = cut;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > from) {
                out.add(new TextSpan(from, end));
            }
            from = cut;
            while (from < s.end() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        if (from < s.end()) {
            out.add(new TextSpan(from, s.end()));
        }
        return out;
    }

    private static int leadingSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** The first non-furniture line if it looks like a headline and a body follows it; else -1. */
    private int detectHeadline(List<Line> lines, boolean[] furnitureLine) {
        for (int i = 0; i < lines.size(); i++) {
            if (furnitureLine[i]) {
                continue;
            }
            Line l = lines.get(i);
            String t = l.text();
            int w = words(t);
            boolean looks = w >= HEADLINE_MIN_WORDS && w <= HEADLINE_MAX_WORDS && t.length() <= HEADLINE_MAX_CHARS
                    && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith(";") && dateline(t, l) == null;
            if (!looks) {
                return -1;
            }
            for (int k = i + 1; k < lines.size(); k++) {
                if (!furnitureLine[k] && !BoilerplateLexicon.norm(lines.get(k).text()).equals(BoilerplateLexicon.norm(t))) {
                    return i;
                }
            }
            return -1;
        }
        return -1;
    }

    /** A dateline: where the body starts after it, the outlet it names, outlets it credits. */
    private record Dateline(int dashEnd, int end, String outlet, List<String> credited) {
    }

    private Dateline dateline(String text, Line line) {
        String t = line.text();
        int limit = Math.min(t.length() - 1, DATELINE_MAX_CHARS);
        for (int i = 1; i < limit; i++) {
            char c = t.charAt(i);
            if (c != '-' && c != '–' && c != '—') {
                continue;
            }
            char before = t.charAt(i - 1);
            if (!(Character.isWhitespace(before) || before == '.' || before == ')')) {
                continue;
            }
            int j = i;
            while (j < t.length() && (t.charAt(j) == '-' || t.charAt(j) == '–' || t.charAt(j) == '—')) {
                j++;
            }
            if (j >= t.length() || !Character.isWhitespace(t.charAt(j)) && c == '-' && j - i == 1) {
                return null;
            }
            int dashEnd = j;
            while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                j++;
            }
            String prefix = t.substring(0, i).strip();
            while (prefix.endsWith(".")) {
                prefix = prefix.substring(0, prefix.length() - 1).strip();
            }
            return readDateline(prefix, line.start() + dashEnd, line.start() + j);
        }
        return agencyDateline(line);
    }

    /**
     * A dateline without a dash: place, date and the agency in parentheses, the lede following
     * ("Seoul, June 19 (IANS) North Korea ..."). The place must be followed by a date segment
     * (a comma and a number) and the parentheses must hold an acronym or a known outlet, so a
     * name with its short form ("Presiden Joko Widodo (Jokowi) melakukan") is no dateline.
     */
    private Dateline agencyDateline(Line line) {
        Matcher m = AGENCY_DATELINE.matcher(line.text());
        if (!m.lookingAt()) {
            return null;
        }
        String inner = m.group("agency").strip();
        if (!ACRONYM.matcher(inner).matches() && !languages.undetermined().credits().isOutlet(inner)) {
            return null;
        }
        String prefix = line.text().substring(0, m.end("close"));
        return readDateline(prefix, line.start() + m.end("close"), line.start() + m.end());
    }

    private Dateline readDateline(String prefix, int dashEnd, int end) {
        if (prefix.isEmpty() || prefix.length() > DATELINE_MAX_CHARS || !Character.isLetterOrDigit(prefix.charAt(0))) {
            return null;
        }
        List<String> credited = new ArrayList<>();
        Matcher paren = Pattern.compile("\\(([^()]{1,40})\\)").matcher(prefix);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (paren.find()) {
            String inner = paren.group(1).strip();
            if (inner.isEmpty() || !Character.isUpperCase(inner.charAt(0)) && !CreditFinder.isDomain(inner)
                    && !inner.equals(inner.toLowerCase(Locale.ROOT))) {
                return null;
            }
            credited.add(inner);
            rest.append(prefix, last, paren.start()).append(' ');
            last = paren.end();
        }
        rest.append(prefix.substring(last));
        String outlet = null;
        int tokens = 0;
        for (String seg : rest.toString().split(",")) {
            String s = seg.strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] toks = s.split("\\s+");
            tokens += toks.length;
            boolean hasDigit = s.chars().anyMatch(Character::isDigit);
            for (int k = 0; k < toks.length; k++) {
                String tok = toks[k];
                char c0 = tok.charAt(0);
                boolean ok = Character.isUpperCase(c0) || Character.isDigit(c0) || CreditFinder.isDomain(tok)
                        || k > 0 && tok.length() <= 4 && tok.chars().allMatch(Character::isLetter)
                        || hasDigit && tok.length() <= 5;
                if (!ok || tok.chars().anyMatch(ch -> "!?;:\"“”".indexOf(ch) >= 0)) {
                    return null;
                }
            }
            if (outlet == null && !hasDigit && isOutletSegment(s, toks)) {
                outlet = formatOutlet(s);
            }
        }
        if (tokens > DATELINE_MAX_TOKENS || tokens == 0 && credited.isEmpty()) {
            return null;
        }
        return new Dateline(dashEnd, end, outlet, credited);
    }

    private boolean isOutletSegment(String seg, String[] toks) {
        String lower = seg.toLowerCase(Locale.ROOT);
        if (countries.contains(lower)) {
            return false;
        }
        for (String tok : toks) {
            if (CreditFinder.isDomain(tok) || mediaWords.contains(tok.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        if (languages.undetermined().credits().isOutlet(seg)) {
            return true;
        }
        boolean allCaps = seg.equals(seg.toUpperCase(Locale.ROOT));
        if (toks.length < 2 || placePrefixes.contains(toks[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (allCaps) {
            return true;
        }
        for (String tok : toks) {
            if (tok.length() >= 2 && tok.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    /** "POROS PERLAWANAN" becomes "Poros Perlawanan"; mixed case and domains stay as written. */
    private static String formatOutlet(String seg) {
        String s = seg.strip().replaceAll("\\s+", " ");
        if (!s.equals(s.toUpperCase(Locale.ROOT)) || CreditFinder.isDomain(s) || !s.contains(" ")) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (w.length() <= 3) {
                out.append(w);
            } else {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\u2028'
                    || text.charAt(i) == '\u2029') {
                int a = s;
                int b = i;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (a < b) {
                    out.add(new Line(a, b, text.substring(a, b)));
                }
                s = i + 1;
            }
        }
        return out;
    }

    /** Number of tokens holding a letter or digit. */
    static int words(String s) {
        int count = 0;
        for (String tok : s.strip().split("\\s+")) {
            if (tok.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    private static boolean endsSentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '”' || c == '’';
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** YYYY-MM-DD (or a timestamp starting so), YYYY-MM (first day), YYYY (1 January); else null. */
    static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(t.substring(0, 10));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(t + "-01");
            }
            if (t.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(t), 1, 1);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
