package org.geokg.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of {@link Scorer#score}: micro-averaged counts per layer over all articles and
 * per language, strict event counts, modality accuracy, mean F1, and the error listing.
 * Immutable.
 *
 * <pre>{@code
 * EvalReport r = new Scorer().score(pairs);
 * System.out.println(r.toText(true));
 * double f = r.overall().meanF1();
 * }</pre>
 */
public record EvalReport(int articles, Section overall, Map<String, Section> byLanguage, List<Error> errors,
        List<String> warnings) {

    /** Layers in report order. */
    public static final List<String> LAYERS = List.of("entities", "events", "claims", "quantities");

    public EvalReport {
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
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
     * @param layers          counts per layer (keys of {@link #LAYERS})
     * @param eventsStrict    events that also have the direction, the full code and the date right
     * @param modalityMatched matched events (denominator of modality accuracy)
     * @param modalityCorrect matched events with the gold modality
     */
    public record Section(Map<String, Counts> layers, Counts eventsStrict, int modalityMatched,
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

        /** The mean of the F1 of the four layers. */
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
            return new Section(m, eventsStrict.plus(o.eventsStrict), modalityMatched + o.modalityMatched,
                    modalityCorrect + o.modalityCorrect);
        }

        static Section empty() {
            Map<String, Counts> m = new LinkedHashMap<>();
            for (String l : LAYERS) {
                m.put(l, new Counts(0, 0, 0));
            }
            return new Section(m, new Counts(0, 0, 0), 0, 0);
        }
    }

    /**
     * One miss or false alarm.
     *
     * @param kind     "miss" (gold not found), "false-alarm" (prediction not in gold) or
     *                 "modality" (matched event with another modality)
     * @param item     what it is, in short
     * @param evidence the sentence of the article it comes from, or null
     */
    public record Error(String article, String layer, String kind, String item, String evidence) {
    }

    /** A readable table; with the error listing when {@code withErrors}. */
    public String toText(boolean withErrors) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "geokg eval: %d article(s)%n%n", articles));
        table(b, "all", overall);
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
        if (withErrors && !errors.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nerrors (%d):%n", errors.size()));
            for (Error e : errors) {
                b.append(String.format(Locale.ROOT, "  [%s] %-10s %-11s %s%n", e.article(), e.layer(), e.kind(),
                        e.item()));
                if (e.evidence() != null) {
                    b.append("      > ").append(e.evidence().replaceAll("\\s+", " ")).append('\n');
                }
            }
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

    /** The report as one JSON object; errors included when {@code withErrors}. */
    public String toJson(boolean withErrors) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("articles", articles);
        root.put("overall", json(overall));
        Map<String, Object> langs = new LinkedHashMap<>();
        byLanguage.forEach((k, v) -> langs.put(k, json(v)));
        root.put("byLanguage", langs);
        root.put("warnings", warnings);
        if (withErrors) {
            root.put("errors", errors);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the eval report as JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> json(Section s) {
        Map<String, Object> m = new LinkedHashMap<>();
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
