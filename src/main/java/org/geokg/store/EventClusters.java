package org.geokg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Cross-article corroboration: groups events reported by different articles into
 * {@code gkg:EventCluster}s in the clusters graph.
 *
 * <p>Rule. Two events belong to the same group when they have the same CAMEO root (first two
 * digits), the same dyad (the set of source countries and the set of target countries; the
 * direction is ignored, so {PRK}&rarr;{RUS} and {RUS}&rarr;{PRK} are one dyad) and both have a
 * day. The day of an event is its own date when it is a full {@code YYYY-MM-DD}, else the
 * published date of its article when that is a full date; events with neither (and events with
 * no country on either side) are never clustered. Within a group, events sorted by day are
 * chained while consecutive days are at most {@code windowDays} apart (single linkage, so the
 * result does not depend on ingest order). A chain becomes a cluster only when at least two
 * distinct articles support it; {@code gkg:mentionCount} is the number of distinct supporting
 * articles, never the number of raw events.
 *
 * <p>Cluster IRIs are {@code <ID_BASE>cluster/<hash of group>-<first day>}, so recomputing
 * gives the same IRIs, and all clusters of a group share one IRI prefix: updating a group deletes
 * the subjects with that prefix and writes the group anew. Must be called inside a write
 * transaction. Not thread-safe by itself (the transaction serializes writers).
 */
final class EventClusters {
    private static final Var V_GRAPH = Var.alloc("g");
    private static final Var V_ROOT = Var.alloc("root");
    private static final Var V_ISO = Var.alloc("iso0");
    private static final Var V_COUNTRY = Var.alloc("country0");

    private final int windowDays;

    EventClusters(int windowDays) {
        this.windowDays = windowDays;
    }

    /** What clustering needs to know about one event. */
    record EventFacts(Node event, Node article, String root, String sources, String targets, LocalDate day) {
        /** The two country sets, in sorted order: the dyad without direction. */
        String dyad() {
            return sources.compareTo(targets) <= 0 ? sources + "|" + targets : targets + "|" + sources;
        }

        String groupKey() {
            return root + "|" + dyad();
        }
    }

    /** The group keys of the clusterable events in one article graph. */
    Set<String> groupsOfGraph(DatasetGraph dsg, Node graph) {
        Set<String> keys = new TreeSet<>();
        for (EventFacts f : facts(dsg, Map.of(V_GRAPH, graph))) {
            keys.add(f.groupKey());
        }
        return keys;
    }

    /** Recomputes every cluster of the given groups from the events now in the store. */
    void updateGroups(DatasetGraph dsg, Set<String> groupKeys) {
        if (groupKeys.isEmpty()) {
            return;
        }
        // one query per (CAMEO root, one participant country) serves every group sharing them
        Map<String, List<EventFacts>> byGroup = new HashMap<>();
        Map<String, String[]> lookups = new TreeMap<>();
        for (String k : groupKeys) {
            byGroup.put(k, new ArrayList<>());
            String[] parts = k.split("\\|", -1);
            String anyCountry = (parts[1].isEmpty() ? parts[2] : parts[1]).split(" ")[0];
            lookups.put(parts[0] + "|" + anyCountry, new String[] {parts[0], anyCountry});
        }
        for (String[] rc : lookups.values()) {
            Map<Var, Node> lookup = Map.of(V_ROOT, NodeFactory.createLiteralString(rc[0]),
                    V_ISO, NodeFactory.createLiteralString(rc[1]), V_COUNTRY, KgTerms.country(rc[1]));
            for (EventFacts f : facts(dsg, lookup)) {
                List<EventFacts> members = byGroup.get(f.groupKey());
                if (members != null) {
                    members.add(f);
                }
            }
        }
        Set<String> prefixes = new HashSet<>();
        for (String k : groupKeys) {
            prefixes.add(groupPrefix(k));
        }
        deleteClustersWithPrefix(dsg, prefixes);
        byGroup.forEach((k, events) -> writeGroup(dsg, k, events));
    }

    /** Drops the clusters graph and recomputes it from every event in the store. */
    void recomputeAll(DatasetGraph dsg) {
        dsg.removeGraph(KgTerms.CLUSTERS_GRAPH);
        Map<String, List<EventFacts>> byGroup = new LinkedHashMap<>();
        for (EventFacts f : facts(dsg, Map.of())) {
            byGroup.computeIfAbsent(f.groupKey(), k -> new ArrayList<>()).add(f);
        }
        byGroup.forEach((k, events) -> writeGroup(dsg, k, events));
    }

    private void writeGroup(DatasetGraph dsg, String groupKey, List<EventFacts> events) {
        events.sort(Comparator.comparing(EventFacts::day).thenComparing(f -> f.event().getURI()));
        List<EventFacts> chain = new ArrayList<>();
        for (EventFacts f : events) {
            if (!chain.isEmpty()
                    && ChronoUnit.DAYS.between(chain.get(chain.size() - 1).day(), f.day()) > windowDays) {
                writeCluster(dsg, groupKey, chain);
                chain = new ArrayList<>();
            }
            chain.add(f);
        }
        writeCluster(dsg, groupKey, chain);
    }

    private static void writeCluster(DatasetGraph dsg, String groupKey, List<EventFacts> chain) {
        Set<Node> articles = new HashSet<>();
        for (EventFacts f : chain) {
            articles.add(f.article());
        }
        if (articles.size() < 2) {
            return;
        }
        EventFacts head = chain.get(0);
        LocalDate first = head.day();
        LocalDate last = chain.get(chain.size() - 1).day();
        Node c = NodeFactory.createURI(groupPrefix(groupKey) + first);
        Node g = KgTerms.CLUSTERS_GRAPH;
        dsg.add(g, c, RDF.type.asNode(), KgTerms.EVENT_CLUSTER);
        String label = "CAMEO " + head.root() + ": " + names(head.sources()) + " / " + names(head.targets()) + ", "
                + first + (last.equals(first) ? "" : " to " + last) + " (" + articles.size() + " articles)";
        dsg.add(g, c, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        dsg.add(g, c, KgTerms.MENTION_COUNT,
                NodeFactory.createLiteralDT(Integer.toString(articles.size()), XSDDatatype.XSDinteger));
        for (Node a : articles) {
            dsg.add(g, c, KgTerms.SUPPORTING_ARTICLE, a);
        }
        for (EventFacts f : chain) {
            dsg.add(g, c, KgTerms.CLUSTER_MEMBER, f.event());
        }
        dsg.add(g, c, KgTerms.CAMEO, KgTerms.cameoConcept(head.root()));
        dsg.add(g, c, KgTerms.CAMEO_CODE, NodeFactory.createLiteralString(head.root()));
        dsg.add(g, c, KgTerms.DATE, NodeFactory.createLiteralDT(first.toString(), XSDDatatype.XSDdate));
        for (String iso : codes(head.sources())) {
            dsg.add(g, c, KgTerms.SOURCE, KgTerms.country(iso));
        }
        for (String iso : codes(head.targets())) {
            dsg.add(g, c, KgTerms.TARGET, KgTerms.country(iso));
        }
    }

    private static List<String> codes(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(" "));
    }

    private static String names(String joined) {
        return joined.isEmpty() ? "-" : joined.replace(' ', '+');
    }

    private static void deleteClustersWithPrefix(DatasetGraph dsg, Set<String> prefixes) {
        List<Node> doomed = new ArrayList<>();
        Iter.forEach(dsg.find(KgTerms.CLUSTERS_GRAPH, Node.ANY, RDF.type.asNode(), KgTerms.EVENT_CLUSTER), q -> {
            Node s = q.getSubject();
            if (s.isURI() && s.getURI().startsWith(KgTerms.CLUSTER_BASE)) {
                int dash = s.getURI().indexOf('-', KgTerms.CLUSTER_BASE.length());
                if (dash > 0 && prefixes.contains(s.getURI().substring(0, dash + 1))) {
                    doomed.add(s);
                }
            }
        });
        for (Node s : doomed) {
            dsg.deleteAny(KgTerms.CLUSTERS_GRAPH, s, Node.ANY, Node.ANY);
        }
    }

    static String groupPrefix(String groupKey) {
        return KgTerms.CLUSTER_BASE + sha256(groupKey).substring(0, 16) + "-";
    }

    /**
     * Event facts from the store; {@code bindings} restrict ?g (article graph) or ?root.
     * Country codes that are not three capital letters are ignored.
     */
    private List<EventFacts> facts(DatasetGraph dsg, Map<Var, Node> bindings) {
        Query q = QueryFactory.create(KgTerms.eventFactsQuery(bindings.containsKey(V_ROOT)));
        var b = QueryExec.dataset(dsg).query(q);
        bindings.forEach(b::substitution);
        Map<Node, Raw> raw = new LinkedHashMap<>();
        try (QueryExec qe = b.build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node ev = row.get("event");
                Raw r = raw.computeIfAbsent(ev, k -> new Raw(row.get("article"), str(row.get("code")),
                        str(row.get("date")), str(row.get("published"))));
                String role = str(row.get("role"));
                String country = countryCode(row.get("country"));
                if (country != null && "s".equals(role)) {
                    r.sources.add(country);
                } else if (country != null && "t".equals(role)) {
                    r.targets.add(country);
                }
            }
        }
        List<EventFacts> out = new ArrayList<>();
        raw.forEach((ev, r) -> {
            EventFacts f = r.toFacts(ev);
            if (f != null) {
                out.add(f);
            }
        });
        return out;
    }

    /** Rows of one event before they are folded into {@link EventFacts}. */
    private static final class Raw {
        final Node article;
        final String code;
        final String date;
        final String published;
        final Set<String> sources = new TreeSet<>();
        final Set<String> targets = new TreeSet<>();

        Raw(Node article, String code, String date, String published) {
            this.article = article;
            this.code = code;
            this.date = date;
            this.published = published;
        }

        EventFacts toFacts(Node event) {
            String digits = code == null ? "" : code.replaceAll("[^0-9]", "");
            if (digits.length() < 2 || article == null || (sources.isEmpty() && targets.isEmpty())) {
                return null;
            }
            LocalDate day = day(date);
            if (day == null) {
                day = day(published);
            }
            if (day == null) {
                return null;
            }
            return new EventFacts(event, article, digits.substring(0, 2), String.join(" ", sources),
                    String.join(" ", targets), day);
        }
    }

    private static LocalDate day(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String str(Node n) {
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
    }

    /** The ISO code of a country node: the local name of an IRI or a literal's text. */
    private static String countryCode(Node n) {
        String s = str(n);
        if (s == null || s.isBlank()) {
            return null;
        }
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        String code = s.substring(cut + 1);
        return code.matches("[A-Z]{3}") ? code : null;
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** For tests: all quads of the clusters graph. */
    static List<Quad> clusterQuads(DatasetGraph dsg) {
        return Iter.toList(dsg.find(KgTerms.CLUSTERS_GRAPH, Node.ANY, Node.ANY, Node.ANY));
    }
}
