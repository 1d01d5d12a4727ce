package org.geokg.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of {@link Scorer#score}: micro-averaged counts per layer over all articles, per
 * split (when the corpus has a {@link SplitFile SPLIT.tsv}) and per language, strict event
 * counts, modality accuracy, mean F1, and the error listing. Immutable.
 *
 * <pre>{@code
 * EvalReport r = new Scorer().score(pairs);
 * System.out.println(r.toText(EvalReport.Listing.NOT_FRESH));
 * double f = r.overall().meanF1();
 * double tune = r.bySplit().get(Split.TUNE).layer("events").f1();
 * }</pre>
 *
 * @param articles   number of articles scored
 * @param overall    all articles
 * @param byLanguage per language code, sorted
 * @param bySplit    per split, tune before fresh; empty when the articles have no split
 * @param errors     every miss, false alarm and modality mismatch, in article order
 * @param warnings   problems of the input that did not stop the scoring
 */
public record EvalReport(int articles, Section overall, Map<String, Section> byLanguage, Map<Split, Section> bySplit,
        List<Error> errors, List<String> warnings) {

    /** Layers in report order. */
    public static final List<String> LAYERS = List.of("entities", "events", "claims", "quantities");

    public EvalReport {
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        bySplit = bySplit.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(bySplit));
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Which errors a rendering lists. */
    public enum Listing {
        /** No error. */
        NONE,
        /**
         * The errors of every article except the fresh ones: a fresh article is measured, never
         * debugged, so its errors are only counted.
         */
        NOT_FRESH,
        /** Every error, those of fresh articles too. */
        ALL
    }

    /** True positives, false positives (false alarms) and false negatives (misses). */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /**
     * Scores of a set of articles.
     *
     * @param articles        how many articles
     * @param layers          counts per layer (keys of {@link #LAYERS})
     * @param eventsStrict    events that also have the direction, the full code and the date right
     * @param modalityMatched matched events (denominator of modality accuracy)
     * @param modalityCorrect matched events with the gold modality
     */
    public record Section(int articles, Map<String, Counts> layers, Counts eventsStrict, int modalityMatched,
            int modalityCorrect) {
        public Section {
            layers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        }

        public Counts layer(String name) {
            return layers.getOrDefault(name, new Counts(0, 0, 0));
        }

        /** Share of matched events whose modality equals the gold one; 0 when none matched. */
        public double modalityAccuracy() {
            return modalityMatched == 0 ? 0 : (double) modalityCorrect / modalityMatched;
        }

        /**
         * Mean F1 over the layers that have anything to score: a layer with no gold item and no
         * prediction (nothing to find, nothing found) is left out rather than counted as 0.
         */
        public double meanF1() {
            double sum = 0;
            int n = 0;
            for (String l : LAYERS) {
                Counts c = layer(l);
                if (c.tp() + c.fp() + c.fn() > 0) {
                    sum += c.f1();
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }

        Section plus(Section o) {
            Map<String, Counts> m = new LinkedHashMap<>();
            for (String l : LAYERS) {
                m.put(l, layer(l).plus(o.layer(l)));
            }
            return new Section(articles + o.articles, m, eventsStrict.plus(o.eventsStrict),
                    modalityMatched + o.modalityMatched, modalityCorrect + o.modalityCorrect);
        }

        static Section empty() {
            Map<String, Counts> m = new LinkedHashMap<>();
            for (String l : LAYERS) {
                m.put(l, new Counts(0, 0, 0));
            }
            return new Section(0, m, new Counts(0, 0, 0), 0, 0);
        }
    }

    /**
     * One miss or false alarm.
     *
     * @param article  the article file
     * @param split    the article's split, or null when the corpus has none
     * @param kind     "miss" (gold not found), "false-alarm" (prediction not in gold) or
     *                 "modality" (matched event with another modality)
     * @param item     what it is, in short
     * @param evidence the sentence of the article it comes from, or null
     */
    public record Error(String article, Split split, String layer, String kind, String item, String evidence) {
    }

    /** The errors that {@code listing} shows, in article order. */
    public List<Error> errors(Listing listing) {
        return switch (listing) {
            case NONE -> List.of();
            case ALL -> errors;
            case NOT_FRESH -> errors.stream().filter(e -> e.split() != Split.FRESH).toList();
        };
    }

    /** Readable tables (all, each split, each language), with the errors that {@code listing} shows. */
    public String toText(Listing listing) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "geokg eval: %d article(s)", articles));
        if (!bySplit.isEmpty()) {
            StringBuilder parts = new StringBuilder();
            bySplit.forEach((k, v) -> parts.append(parts.length() == 0 ? "" : ", ").append(v.articles()).append(' ')
                    .append(k.label()));
            b.append(" (").append(parts).append(')');
        }
        b.append(String.format(Locale.ROOT, "%n%n"));
        table(b, "all", overall);
        for (Map.Entry<Split, Section> e : bySplit.entrySet()) {
            b.append('\n');
            table(b, e.getKey().label(), e.getValue());
        }
        for (Map.Entry<String, Section> e : byLanguage.entrySet()) {
            b.append('\n');
            table(b, e.getKey(), e.getValue());
        }
        if (!warnings.isEmpty()) {
            b.append("\nwarnings:\n");
            for (String w : warnings) {
                b.append("  ").append(w).append('\n');
            }
        }
        List<Error> shown = errors(listing);
        if (!shown.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nerrors (%d):%n", shown.size()));
            for (Error e : shown) {
                b.append(String.format(Locale.ROOT, "  [%s] %-10s %-11s %s%n", e.article(), e.layer(), e.kind(),
                        e.item()));
                if (e.evidence() != null) {
                    b.append("      > ").append(e.evidence().replaceAll("\\s+", " ")).append('\n');
                }
            }
        }
        int hidden = errors(Listing.ALL).size() - errors(Listing.NOT_FRESH).size();
        if (listing == Listing.NOT_FRESH && hidden > 0) {
            b.append(String.format(Locale.ROOT, "%n%d error(s) of fresh articles not listed: fresh articles are "
                    + "measured, not debugged%n", hidden));
        }
        return b.toString();
    }

    private static void table(StringBuilder b, String title, Section s) {
        b.append(String.format(Locale.ROOT, "%-16s %5s %5s %5s %7s %7s %7s%n", "[" + title + "]", "tp", "fp", "fn",
                "P", "R", "F1"));
        for (String l : LAYERS) {
            row(b, l, s.layer(l));
        }
        row(b, "events (strict)", s.eventsStrict());
        b.append(String.format(Locale.ROOT, "%-16s %d/%d = %.3f%n", "modality acc.", s.modalityCorrect(),
                s.modalityMatched(), s.modalityAccuracy()));
        b.append(String.format(Locale.ROOT, "%-16s %.3f%n", "mean F1", s.meanF1()));
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-16s %5d %5d %5d %7.3f %7.3f %7.3f%n", name, c.tp(), c.fp(), c.fn(),
                c.precision(), c.recall(), c.f1()));
    }

    /** The report as one JSON object, with the errors that {@code listing} shows. */
    public String toJson(Listing listing) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("articles", articles);
        root.put("overall", json(overall));
        if (!bySplit.isEmpty()) {
            Map<String, Object> splits = new LinkedHashMap<>();
            bySplit.forEach((k, v) -> splits.put(k.label(), json(v)));
            root.put("bySplit", splits);
        }
        Map<String, Object> langs = new LinkedHashMap<>();
        byLanguage.forEach((k, v) -> langs.put(k, json(v)));
        root.put("byLanguage", langs);
        root.put("warnings", warnings);
        if (listing != Listing.NONE) {
            root.put("errors", errors(listing));
            root.put("errorsNotListed", errors.size() - errors(listing).size());
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the eval report as JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> json(Section s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", s.articles());
        for (String l : LAYERS) {
            m.put(l, json(s.layer(l)));
        }
        m.put("eventsStrict", json(s.eventsStrict()));
        m.put("modalityAccuracy", round(s.modalityAccuracy()));
        m.put("modalityMatched", s.modalityMatched());
        m.put("meanF1", round(s.meanF1()));
        return m;
    }

    private static Map<String, Object> json(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", c.tp());
        m.put("fp", c.fp());
        m.put("fn", c.fn());
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
