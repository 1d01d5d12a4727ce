package org.geokg.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores predicted extraction documents against gold with the matching rules of
 * EXTRACTION-FORMAT.md. Stateless and thread-safe.
 *
 * <pre>{@code
 * EvalReport r = new Scorer().score(List.of(new Scorer.Pair(gold, pred)));
 * r.overall().layer("events").f1();
 * }</pre>
 *
 * <p>Rules, per layer (matching is one-to-one, greedy: pairs with a required gold item
 * first, then the best score):
 * <ul>
 * <li>Entities: predicted Country, Person and Organization entities always count; other
 *     types count only in an article whose gold has a non-optional entity of that type.
 *     A pair matches on the same wikidata QID; or, both Country, the same country code; or
 *     the same type and the gold label or an alias equal to the predicted label as tokens
 *     (lowercased, diacritics and hyphens removed, other punctuation splitting tokens);
 *     persons match when the last tokens are equal and the other tokens do not conflict
 *     (every other token of the shorter name is in the longer one, an initial matching
 *     a token with that letter).</li>
 * <li>Events: the predicted CAMEO root equals the root of the gold code or of a cameoAlt,
 *     and the predicted participants (source and target) include a country of the gold
 *     source and, where gold has a target, one of the gold target. A gold participant
 *     without a country (an IGO) is matched by the entity rules. Strict: additionally the
 *     gold source among the predicted sources and the gold target among the predicted
 *     targets, the full code equal to the gold code or a cameoAlt, and the date equal
 *     where gold gives one. Modality accuracy is over matched events.</li>
 * <li>Claims: the speakers match (entity rules, or the predicted speaker's country where
 *     the gold speaker is a Country) and the spans overlap in the text.</li>
 * <li>Quantities: equal value, and where gold gives {@code about}, the same country of
 *     {@code about} (entity rules when the gold actor has no country).</li>
 * </ul>
 * Optional gold items cost no recall; a prediction matching one is neither hit nor false alarm.
 */
public final class Scorer {
    private static final Set<String> CORE_TYPES = Set.of("Country", "Person", "Organization");

    /**
     * One article: gold and prediction (prediction may be an empty document), and the split the
     * article belongs to (null when the corpus has none).
     */
    public record Pair(EvalDocument gold, EvalDocument pred, Split split) {
        public Pair {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(pred, "pred");
        }

        /** An article of a corpus without splits. */
        public Pair(EvalDocument gold, EvalDocument pred) {
            this(gold, pred, null);
        }
    }

    /**
     * Scores every pair; {@code warnings} are carried into the report. The report has a section
     * per split for the splits of the pairs (none when no pair has a split).
     */
    public EvalReport score(List<Pair> pairs, List<String> warnings) {
        EvalReport.Section overall = EvalReport.Section.empty();
        Map<String, EvalReport.Section> byLang = new TreeMap<>();
        Map<Split, EvalReport.Section> bySplit = new EnumMap<>(Split.class);
        List<EvalReport.Error> errors = new ArrayList<>();
        List<String> warn = new ArrayList<>(warnings);
        for (Pair p : pairs) {
            EvalReport.Section s = new Article(p.gold(), p.pred(), p.split(), errors, warn).score();
            overall = overall.plus(s);
            String lang = p.gold().language() != null ? p.gold().language()
                    : p.pred().language() != null ? p.pred().language() : "und";
            byLang.merge(lang, s, EvalReport.Section::plus);
            if (p.split() != null) {
                bySplit.merge(p.split(), s, EvalReport.Section::plus);
            }
        }
        return new EvalReport(pairs.size(), overall, byLang, bySplit, errors, warn);
    }

    /** Scores every pair. */
    public EvalReport score(List<Pair> pairs) {
        return score(pairs, List.of());
    }

    // ---- entity rules (package-private for tests) ----

    /** How well a predicted entity matches a gold one: 0 when it does not. */
    static double entityScore(EvalDocument.Entity p, EvalDocument.Entity g) {
        if (p == null || g == null) {
            return 0;
        }
        if (p.wikidata() != null && p.wikidata().equalsIgnoreCase(nz(g.wikidata()))) {
            return 4;
        }
        if ("Country".equals(p.type()) && "Country".equals(g.type()) && p.country() != null
                && p.country().equals(g.country())) {
            return 4;
        }
        if (p.type() == null || !p.type().equals(g.type()) || p.label() == null) {
            return 0;
        }
        boolean person = "Person".equals(g.type());
        List<String> pt = tokens(p.label());
        if (g.label() != null && namesMatch(pt, tokens(g.label()), person)) {
            return 3;
        }
        for (String a : g.aliases()) {
            if (namesMatch(pt, tokens(a), person)) {
                return 2;
            }
        }
        return 0;
    }

    /** Lowercased tokens without diacritics and hyphens ("Kim Jong-un" gives [kim, jongun]). */
    static List<String> tokens(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[-\u2010\u2011\u2012\u2013]", "");
        List<String> out = new ArrayList<>();
        for (String t : s.split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean namesMatch(List<String> p, List<String> g, boolean person) {
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (!person) {
            return p.equals(g);
        }
        if (!p.get(p.size() - 1).equals(g.get(g.size() - 1))) {
            return false;
        }
        List<String> a = p.subList(0, p.size() - 1);
        List<String> b = g.subList(0, g.size() - 1);
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        for (String t : shorter) {
            boolean ok = false;
            for (String u : longer) {
                if (t.equals(u) || (t.length() == 1 && u.startsWith(t)) || (u.length() == 1 && t.startsWith(u))) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String root(String code) {
        return code == null || code.length() < 2 ? null : code.substring(0, 2);
    }

    /** One article being scored. */
    private static final class Article {
        final EvalDocument gold;
        final EvalDocument pred;
        final List<EvalReport.Error> errors;
        final List<String> warnings;
        final String name;
        final Split split;

        Article(EvalDocument gold, EvalDocument pred, Split split, List<EvalReport.Error> errors,
                List<String> warnings) {
            this.split = split;
            this.gold = gold;
            this.pred = pred;
            this.errors = errors;
            this.warnings = warnings;
            this.name = gold.file();
        }

        EvalReport.Section score() {
            Map<String, EvalReport.Counts> layers = new LinkedHashMap<>();
            layers.put("entities", entities());
            int[] strictAndModality = new int[3];
            layers.put("events", events(strictAndModality));
            layers.put("claims", claims());
            layers.put("quantities", quantities());
            EvalReport.Counts ev = layers.get("events");
            int strict = strictAndModality[0];
            EvalReport.Counts strictCounts = new EvalReport.Counts(strict, ev.tp() + ev.fp() - strict,
                    ev.tp() + ev.fn() - strict);
            return new EvalReport.Section(1, layers, strictCounts, strictAndModality[1], strictAndModality[2]);
        }

        // ---- entities ----

        EvalReport.Counts entities() {
            Set<String> scoredTypes = new HashSet<>(CORE_TYPES);
            for (EvalDocument.Entity g : gold.entities().values()) {
                if (!g.optional() && g.type() != null) {
                    scoredTypes.add(g.type());
                }
            }
            List<EvalDocument.Entity> golds = new ArrayList<>();
            for (EvalDocument.Entity g : gold.entities().values()) {
                if (g.type() != null && scoredTypes.contains(g.type()) || g.optional()) {
                    golds.add(g);
                }
            }
            List<EvalDocument.Entity> preds = new ArrayList<>(pred.entities().values());
            Map<Integer, Integer> m = match(preds, golds, Scorer::entityScore, EvalDocument.Entity::optional);
            return count("entities", preds, golds, m, EvalDocument.Entity::optional,
                    p -> p.type() != null && scoredTypes.contains(p.type()), this::describe, this::describe);
        }

        String describe(EvalDocument.Entity e) {
            return e.type() + " " + e.label() + " (" + nz(e.country()) + (e.wikidata() == null ? "" : ", "
                    + e.wikidata()) + ")";
        }

        // ---- events ----

        EvalReport.Counts events(int[] strictAndModality) {
            List<EvalDocument.Event> preds = pred.events();
            List<EvalDocument.Event> golds = gold.events();
            Map<Integer, Integer> m = match(preds, golds, this::eventScore, EvalDocument.Event::optional);
            for (Map.Entry<Integer, Integer> e : m.entrySet()) {
                EvalDocument.Event p = preds.get(e.getKey());
                EvalDocument.Event g = golds.get(e.getValue());
                if (g.optional()) {
                    continue;
                }
                if (strict(p, g)) {
                    strictAndModality[0]++;
                }
                strictAndModality[1]++;
                if (Objects.equals(p.modality(), g.modality())) {
                    strictAndModality[2]++;
                } else {
                    errors.add(new EvalReport.Error(name, split, "events", "modality",
                            describeGold(g) + " predicted " + p.modality(), evidence(pred, p)));
                }
            }
            return count("events", preds, golds, m, EvalDocument.Event::optional, p -> true, this::describePred,
                    this::describeGold);
        }

        double eventScore(EvalDocument.Event p, EvalDocument.Event g) {
            String r = root(p.cameo());
            boolean rootOk = r != null && r.equals(root(g.cameo()));
            for (String alt : g.cameoAlt()) {
                rootOk |= r != null && r.equals(root(alt));
            }
            if (!rootOk) {
                return 0;
            }
            List<EvalDocument.Entity> participants = new ArrayList<>(entities(pred, p.source()));
            participants.addAll(entities(pred, p.target()));
            if (!covers(entities(gold, g.source()), participants) || !covers(entities(gold, g.target()), participants)) {
                return 0;
            }
            double s = 1;
            if (p.evidence() != null && g.evidence() != null && p.evidence().overlap(g.evidence()) > 0) {
                s += 4;
            }
            if (strict(p, g)) {
                s += 2;
            } else if (codeOk(p, g)) {
                s += 1;
            }
            return s;
        }

        boolean strict(EvalDocument.Event p, EvalDocument.Event g) {
            boolean direction = covers(entities(gold, g.source()), entities(pred, p.source()))
                    && covers(entities(gold, g.target()), entities(pred, p.target()));
            boolean date = g.date() == null || g.date().equals(p.date());
            return direction && codeOk(p, g) && date;
        }

        static boolean codeOk(EvalDocument.Event p, EvalDocument.Event g) {
            return p.cameo() != null && (p.cameo().equals(g.cameo()) || g.cameoAlt().contains(p.cameo()));
        }

        /** True when gold is empty or a predicted participant stands for one of the gold ones. */
        static boolean covers(List<EvalDocument.Entity> goldSide, List<EvalDocument.Entity> predicted) {
            if (goldSide.isEmpty()) {
                return true;
            }
            for (EvalDocument.Entity g : goldSide) {
                for (EvalDocument.Entity p : predicted) {
                    if (g.country() != null ? g.country().equals(p.country()) : entityScore(p, g) > 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        static List<EvalDocument.Entity> entities(EvalDocument doc, List<String> refs) {
            List<EvalDocument.Entity> out = new ArrayList<>();
            for (String r : refs) {
                EvalDocument.Entity e = doc.entity(r);
                if (e != null) {
                    out.add(e);
                }
            }
            return out;
        }

        String describePred(EvalDocument.Event e) {
            return describe(pred, e);
        }

        String describeGold(EvalDocument.Event e) {
            return describe(gold, e);
        }

        static String describe(EvalDocument doc, EvalDocument.Event e) {
            return e.cameo() + (e.cameoAlt().isEmpty() ? "" : " " + e.cameoAlt()) + " " + side(doc, e.source())
                    + " -> " + side(doc, e.target()) + " " + nz(e.date()) + " " + e.modality();
        }

        static String side(EvalDocument doc, List<String> refs) {
            List<String> out = new ArrayList<>();
            for (EvalDocument.Entity x : entities(doc, refs)) {
                out.add(x.country() != null ? x.country() : x.label());
            }
            return out.toString();
        }

        // ---- claims ----

        EvalReport.Counts claims() {
            List<EvalDocument.Claim> preds = pred.claims();
            List<EvalDocument.Claim> golds = gold.claims();
            for (EvalDocument.Claim g : golds) {
                if (g.span() == null || !g.span().located()) {
                    warnings.add(name + ": gold claim " + g.ref() + " snippet not found in the text");
                }
            }
            Map<Integer, Integer> m = match(preds, golds, this::claimScore, EvalDocument.Claim::optional);
            return count("claims", preds, golds, m, EvalDocument.Claim::optional, p -> true,
                    c -> describe(pred, c), c -> describe(gold, c));
        }

        double claimScore(EvalDocument.Claim p, EvalDocument.Claim g) {
            int overlap = p.span() == null ? 0 : p.span().overlap(g.span());
            if (overlap == 0) {
                return 0;
            }
            EvalDocument.Entity gs = gold.entity(g.speaker());
            EvalDocument.Entity ps = pred.entity(p.speaker());
            boolean speakerOk;
            if (gs == null) {
                speakerOk = true;
            } else if (ps == null) {
                speakerOk = false;
            } else {
                speakerOk = entityScore(ps, gs) > 0
                        || ("Country".equals(gs.type()) && gs.country() != null && gs.country().equals(ps.country()));
            }
            return speakerOk ? 1 + overlap / 1000.0 : 0;
        }

        static String describe(EvalDocument doc, EvalDocument.Claim c) {
            EvalDocument.Entity s = doc.entity(c.speaker());
            String t = c.span() == null || c.span().text() == null ? "" : c.span().text();
            if (t.length() > 80) {
                t = t.substring(0, 77) + "...";
            }
            return "speaker " + (s == null ? c.speaker() : s.label()) + ": \"" + t + "\"";
        }

        // ---- quantities ----

        EvalReport.Counts quantities() {
            List<EvalDocument.Quantity> preds = pred.quantities();
            List<EvalDocument.Quantity> golds = gold.quantities();
            Map<Integer, Integer> m = match(preds, golds, this::quantityScore, EvalDocument.Quantity::optional);
            return count("quantities", preds, golds, m, EvalDocument.Quantity::optional, p -> true,
                    q -> describe(pred, q), q -> describe(gold, q));
        }

        double quantityScore(EvalDocument.Quantity p, EvalDocument.Quantity g) {
            if (p.value() == null || g.value() == null || p.value().compareTo(g.value()) != 0) {
                return 0;
            }
            EvalDocument.Entity ga = gold.entity(g.about());
            if (ga != null) {
                EvalDocument.Entity pa = pred.entity(p.about());
                boolean ok = pa != null && (ga.country() != null ? ga.country().equals(pa.country())
                        : entityScore(pa, ga) > 0);
                if (!ok) {
                    return 0;
                }
            }
            double s = 1;
            if (Objects.equals(p.unit(), g.unit())) {
                s += 1;
            }
            if (p.span() != null && p.span().overlap(g.span()) > 0) {
                s += 1;
            }
            return s;
        }

        static String describe(EvalDocument doc, EvalDocument.Quantity q) {
            EvalDocument.Entity a = doc.entity(q.about());
            return (q.value() == null ? "?" : q.value().toPlainString()) + " " + q.unit()
                    + (a == null ? "" : " about " + (a.country() != null ? a.country() : a.label()));
        }

        // ---- shared ----

        interface Score<T> {
            double of(T pred, T gold);
        }

        /** Greedy one-to-one matching: required gold first, then best score. pred index -> gold index. */
        static <T> Map<Integer, Integer> match(List<T> preds, List<T> golds, Score<T> score, Predicate<T> optional) {
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < preds.size(); i++) {
                for (int j = 0; j < golds.size(); j++) {
                    double s = score.of(preds.get(i), golds.get(j));
                    if (s > 0) {
                        pairs.add(new double[] {optional.test(golds.get(j)) ? 0 : 1, s, i, j});
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble((double[] a) -> -a[0]).thenComparingDouble(a -> -a[1])
                    .thenComparingDouble(a -> a[2]).thenComparingDouble(a -> a[3]));
            Map<Integer, Integer> out = new HashMap<>();
            Set<Integer> used = new HashSet<>();
            for (double[] a : pairs) {
                int i = (int) a[2];
                int j = (int) a[3];
                if (!out.containsKey(i) && !used.contains(j)) {
                    out.put(i, j);
                    used.add(j);
                }
            }
            return out;
        }

        interface Describe<T> {
            String of(T item);
        }

        <T> EvalReport.Counts count(String layer, List<T> preds, List<T> golds, Map<Integer, Integer> m,
                Predicate<T> optional, Predicate<T> predCounts, Describe<T> describePred, Describe<T> describeGold) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            Set<Integer> matchedGold = new HashSet<>(m.values());
            for (int j = 0; j < golds.size(); j++) {
                T g = golds.get(j);
                if (optional.test(g)) {
                    continue;
                }
                if (matchedGold.contains(j)) {
                    tp++;
                } else {
                    fn++;
                    errors.add(new EvalReport.Error(name, split, layer, "miss", describeGold.of(g),
                            evidence(gold, g)));
                }
            }
            for (int i = 0; i < preds.size(); i++) {
                T p = preds.get(i);
                if (m.containsKey(i) || !predCounts.test(p)) {
                    continue;
                }
                fp++;
                errors.add(new EvalReport.Error(name, split, layer, "false-alarm", describePred.of(p),
                        evidence(pred, p)));
            }
            return new EvalReport.Counts(tp, fp, fn);
        }

        String evidence(EvalDocument doc, Object item) {
            EvalDocument.Span s = null;
            if (item instanceof EvalDocument.Entity e) {
                s = e.mention();
            } else if (item instanceof EvalDocument.Event e) {
                s = e.evidence();
            } else if (item instanceof EvalDocument.Claim c) {
                s = c.span();
            } else if (item instanceof EvalDocument.Quantity q) {
                s = q.span();
            }
            String text = gold.text() != null ? gold.text() : doc.text();
            if (s == null) {
                return null;
            }
            if (text == null || !s.located() || s.end() > text.length()) {
                return s.text();
            }
            return sentence(text, s.start(), s.end());
        }

        static String sentence(String text, int start, int end) {
            int a = start;
            while (a > 0 && a > start - 300) {
                char c = text.charAt(a - 1);
                if (c == '\n' || ((c == '.' || c == '!' || c == '?') && a < text.length()
                        && Character.isWhitespace(text.charAt(a)))) {
                    break;
                }
                a--;
            }
            int b = end;
            while (b < text.length() && b < end + 300) {
                char c = text.charAt(b);
                if (c == '\n') {
                    break;
                }
                b++;
                if ((c == '.' || c == '!' || c == '?') && (b >= text.length() || Character.isWhitespace(text.charAt(b)))) {
                    break;
                }
            }
            return text.substring(a, b).strip();
        }
    }
}
