package org.geokg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores the event and claim extractors on the dev corpus ({@code ../shared/corpus}) with
 * mentions taken from the gold entities (labels, aliases, first and last name of persons),
 * so the numbers measure this stage alone. Matching follows EXTRACTION-FORMAT.md.
 * Run: {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.geokg.extract.CorpusScorer [corpusDir] [-v]}.
 */
final class CorpusScorer {
    /** Micro-averaged counts. */
    static final class Score {
        int evTp;
        int evFp;
        int evFn;
        int modOk;
        int modN;
        int clTp;
        int clFp;
        int clFn;

        double f1(int tp, int fp, int fn) {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        double eventF1() {
            return f1(evTp, evFp, evFn);
        }

        double claimF1() {
            return f1(clTp, clFp, clFn);
        }

        double modality() {
            return modN == 0 ? 0 : (double) modOk / modN;
        }

        @Override
        public String toString() {
            return String.format("events tp=%d fp=%d fn=%d P=%.2f R=%.2f F1=%.2f | modality %d/%d=%.2f | "
                    + "claims tp=%d fp=%d fn=%d P=%.2f R=%.2f F1=%.2f", evTp, evFp, evFn,
                    evTp / Math.max(1.0, evTp + evFp), evTp / Math.max(1.0, evTp + evFn), eventF1(), modOk, modN,
                    modality(), clTp, clFp, clFn, clTp / Math.max(1.0, clTp + clFp),
                    clTp / Math.max(1.0, clTp + clFn), claimF1());
        }
    }

    private CorpusScorer() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("-") ? args[0] : "../shared/corpus");
        boolean verbose = List.of(args).contains("-v");
        System.out.println(score(dir, verbose));
    }

    static Score score(Path dir, boolean verbose) throws IOException {
        Score total = new Score();
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path g : golds) {
            Path txt = Path.of(g.toString().replace(".gold.json", ".txt"));
            scoreOne(Files.readString(txt), new ObjectMapper().readTree(g.toFile()), total, verbose,
                    txt.getFileName().toString());
        }
        return total;
    }

    private static void scoreOne(String text, JsonNode gold, Score sc, boolean verbose, String name) {
        JsonNode art = gold.get("article");
        String lang = art.get("language").asText();
        LocalDate published = null;
        if (art.hasNonNull("published") && art.get("published").asText().length() == 10) {
            published = LocalDate.parse(art.get("published").asText());
        }
        Map<String, JsonNode> ents = new HashMap<>();
        List<Object> names = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            String ref = e.get("ref").asText();
            ents.put(ref, e);
            String country = e.hasNonNull("country") ? e.get("country").asText() : null;
            Actor a = new Actor("gold:" + ref, e.get("type").asText(), e.get("label").asText(), null, country,
                    e.hasNonNull("sector") ? e.get("sector").asText() : null, null);
            Set<String> ns = new LinkedHashSet<>();
            ns.add(e.get("label").asText());
            if (e.has("aliases")) {
                e.get("aliases").forEach(x -> ns.add(x.asText()));
            }
            if (a.type().equals("Person")) {
                String[] parts = a.label().split(" ");
                if (parts.length > 1) {
                    ns.add(parts[0]);
                    ns.add(parts[parts.length - 1]);
                }
            }
            for (String n : ns) {
                if (n.length() >= 2) {
                    names.add(n);
                    names.add(a);
                }
            }
        }
        PreparedText p = TextFixtures.prepared(text, lang, published);
        List<ActorMention> ms = TextFixtures.mentions(text, names.toArray());
        List<DateMention> ds = TextFixtures.years(text);
        List<EventCandidate> evs = LexiconEventExtractor.create().find(p, ms, ds);
        List<ClaimCandidate> cls = SpeechClaimExtractor.create().find(p, ms, evs, ds);
        if (verbose) {
            System.out.println("=== " + name);
        }
        // events
        List<JsonNode> gev = new ArrayList<>();
        gold.get("events").forEach(gev::add);
        boolean[] used = new boolean[gev.size()];
        // best first: every matching (prediction, gold) pair scored, non-optional gold first,
        // then the same full code, then overlapping evidence
        List<int[]> pairs = new ArrayList<>();
        for (int pi = 0; pi < evs.size(); pi++) {
            EventCandidate e = evs.get(pi);
            Set<String> parts = new HashSet<>();
            e.source().forEach(a -> parts.add(id(a)));
            e.target().forEach(a -> parts.add(id(a)));
            for (int i = 0; i < gev.size(); i++) {
                JsonNode ge = gev.get(i);
                if (!eventMatches(e, parts, ge, ents)) {
                    continue;
                }
                int score = (ge.path("optional").asBoolean(false) ? 0 : 100)
                        + (ge.get("cameo").asText().equals(e.cameo()) ? 10 : 0);
                String ev = ge.path("evidence").asText("");
                int at = ev.isEmpty() ? -1 : text.indexOf(ev);
                if (at >= 0 && e.start() < at + ev.length() && at < e.end()) {
                    score += 20;
                }
                pairs.add(new int[] {score, pi, i});
            }
        }
        pairs.sort((x, y) -> y[0] - x[0]);
        int[] predHit = new int[evs.size()];
        java.util.Arrays.fill(predHit, -1);
        for (int[] pr : pairs) {
            if (predHit[pr[1]] < 0 && !used[pr[2]]) {
                predHit[pr[1]] = pr[2];
                used[pr[2]] = true;
            }
        }
        for (int pi = 0; pi < evs.size(); pi++) {
            EventCandidate e = evs.get(pi);
            int hit = predHit[pi];
            boolean optional = hit >= 0 && gev.get(hit).path("optional").asBoolean(false);
            String what = e.cameo() + " " + labels(e.source()) + "->" + labels(e.target()) + " " + e.modality().label()
                    + " " + String.format("%.2f", e.confidence())
                    + " '" + text.substring(e.start(), e.end()).replace('\n', ' ') + "'";
            if (hit < 0) {
                sc.evFp++;
                if (verbose) {
                    System.out.println("  EV FP " + what);
                }
            } else if (!optional) {
                sc.evTp++;
                sc.modN++;
                boolean ok = gev.get(hit).get("modality").asText().equals(e.modality().label());
                if (ok) {
                    sc.modOk++;
                }
                if (verbose) {
                    System.out.println("  EV TP " + gev.get(hit).get("ref").asText() + " " + what
                            + (ok ? "" : " MODALITY gold=" + gev.get(hit).get("modality").asText()));
                }
            } else if (verbose) {
                System.out.println("  EV opt " + gev.get(hit).get("ref").asText() + " " + what);
            }
        }
        for (int i = 0; i < gev.size(); i++) {
            if (!used[i] && !gev.get(i).path("optional").asBoolean(false)) {
                sc.evFn++;
                if (verbose) {
                    System.out.println("  EV FN " + gev.get(i).get("ref").asText() + " " + gev.get(i).get("cameo")
                            + " " + gev.get(i).get("evidence"));
                }
            }
        }
        // claims
        List<JsonNode> gcl = new ArrayList<>();
        gold.get("claims").forEach(gcl::add);
        boolean[] cused = new boolean[gcl.size()];
        for (ClaimCandidate c : cls) {
            int hit = -1;
            boolean optional = false;
            for (int pass = 0; pass < 2 && hit < 0; pass++) {
                for (int i = 0; i < gcl.size(); i++) {
                    JsonNode gc = gcl.get(i);
                    boolean opt = gc.path("optional").asBoolean(false);
                    if (cused[i] || opt != (pass == 1) || !claimMatches(c, gc, ents, text)) {
                        continue;
                    }
                    hit = i;
                    optional = opt;
                    break;
                }
            }
            String what = c.speaker().label() + (c.quote() ? " Q " : " R ") + "'"
                    + text.substring(c.start(), c.end()).replace('\n', ' ') + "'";
            if (hit < 0) {
                sc.clFp++;
                if (verbose) {
                    System.out.println("  CL FP " + what);
                }
            } else {
                cused[hit] = true;
                if (!optional) {
                    sc.clTp++;
                }
                if (verbose) {
                    System.out.println("  CL " + (optional ? "opt " : "TP ") + gcl.get(hit).get("ref").asText() + " "
                            + what);
                }
            }
        }
        for (int i = 0; i < gcl.size(); i++) {
            if (!cused[i] && !gcl.get(i).path("optional").asBoolean(false)) {
                sc.clFn++;
                if (verbose) {
                    System.out.println("  CL FN " + gcl.get(i).get("ref").asText() + " "
                            + gcl.get(i).get("speaker") + " " + gcl.get(i).get("text"));
                }
            }
        }
    }

    private static String id(Actor a) {
        return a.country() != null ? a.country() : a.key();
    }

    private static String labels(List<Actor> as) {
        List<String> out = new ArrayList<>();
        as.forEach(a -> out.add(a.label()));
        return out.toString();
    }

    private static Set<String> goldIds(JsonNode refs, Map<String, JsonNode> ents) {
        Set<String> out = new HashSet<>();
        if (refs == null) {
            return out;
        }
        for (JsonNode r : refs) {
            JsonNode e = ents.get(r.asText());
            out.add(e != null && e.hasNonNull("country") ? e.get("country").asText() : "gold:" + r.asText());
        }
        return out;
    }

    private static boolean eventMatches(EventCandidate e, Set<String> parts, JsonNode ge, Map<String, JsonNode> ents) {
        String root = e.cameo().substring(0, 2);
        boolean rootOk = ge.get("cameo").asText().startsWith(root);
        if (ge.has("cameoAlt")) {
            for (JsonNode a : ge.get("cameoAlt")) {
                rootOk |= a.asText().startsWith(root);
            }
        }
        if (!rootOk) {
            return false;
        }
        Set<String> src = goldIds(ge.get("source"), ents);
        Set<String> tgt = goldIds(ge.get("target"), ents);
        boolean s = src.stream().anyMatch(parts::contains);
        boolean t = tgt.isEmpty() || tgt.stream().anyMatch(parts::contains);
        return s && t;
    }

    private static boolean claimMatches(ClaimCandidate c, JsonNode gc, Map<String, JsonNode> ents, String text) {
        String sp = gc.get("speaker").asText();
        JsonNode ge = ents.get(sp);
        boolean speakerOk = c.speaker().key().equals("gold:" + sp)
                || (ge != null && ge.get("type").asText().equals("Country")
                        && ge.get("country").asText().equals(c.speaker().country()));
        if (!speakerOk) {
            return false;
        }
        String snippet = gc.get("text").asText();
        int at = text.indexOf(snippet);
        if (at < 0) {
            return false;
        }
        return c.start() < at + snippet.length() && at < c.end();
    }
}
