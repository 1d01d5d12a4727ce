package org.geokg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Cross-article corroboration: groups events reported by different articles into
 * {@code gkg:EventCluster}s in the clusters graph, maintained incrementally.
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
 * <p>Index. Each clusterable event carries, in its own article graph, one {@code gkg:clusterKey}
 * literal {@code root|sources|targets|day} ({@link #keyQuads}), written with the article. An
 * update starts from the keys of the events added and removed (the seeds) and walks outward day
 * by day through exact-key lookups (TDB2's POSG index) until the gaps exceed the window: it
 * reads only the chains the seeds can touch, never the whole store or all clusters.
 *
 * <p>Cluster IRIs are {@code <ID_BASE>cluster/<hash of group>-<first day>}: deterministic, so
 * re-running gives the same triples; since chains of one group never share a day, a walk deletes
 * exactly the clusters whose first day it visited before writing its chains anew. Must be called
 * inside a write transaction. Not thread-safe by itself (the transaction serializes writers).
 */
final class EventClusters {

    private final int windowDays;

    EventClusters(int windowDays) {
        this.windowDays = windowDays;
    }

    /** What clustering needs to know about one event: {@code graph} is its article's graph. */
    record EventFacts(Node event, Node graph, String root, String sources, String targets, LocalDate day) {
        /** The two country sets, in sorted order: the dyad without direction. */
        String dyad() {
            return sources.compareTo(targets) <= 0 ? sources + "|" + targets : targets + "|" + sources;
        }

        String groupKey() {
            return root + "|" + dyad();
        }

        /** The {@code gkg:clusterKey} literal: root, sources, targets, day. */
        String key() {
            return key(root, sources, targets, day);
        }

        static String key(String root, String sources, String targets, LocalDate day) {
            return root + "|" + sources + "|" + targets + "|" + day;
        }

        /** Facts back from a stored key, or null when the key is not one of ours. */
        static EventFacts parse(Node event, Node graph, String key) {
            String[] p = key.split("\\|", -1);
            LocalDate day = p.length == 4 ? EventClusters.day(p[3]) : null;
            return day == null ? null : new EventFacts(event, graph, p[0], p[1], p[2], day);
        }
    }

    // ------------------------------------------------------------------ facts and index

    /**
     * The clusterable events among the quads of ONE article graph {@code g} (what the store is
     * about to write): an event ({@code a gkg:Event}) with a CAMEO code of two digits or more, a
     * country on at least one side (a state's {@code gkg:iso3}, else the {@code gkg:country} an
     * actor belongs to) and a day (its {@code dct:date}, else the article's {@code dct:issued}).
     */
    static List<EventFacts> factsOfQuads(Node g, Collection<Quad> quads) {
        Map<Node, Map<Node, List<Node>>> props = new HashMap<>();
        Set<Node> events = new TreeSet<>(Comparator.comparing(Node::toString));
        Set<Node> articles = new HashSet<>();
        Map<Node, Node> issued = new HashMap<>();
        for (Quad q : quads) {
            Node s = q.getSubject();
            Node p = q.getPredicate();
            Node o = q.getObject();
            props.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(o);
            if (p.equals(RDF.type.asNode()) && o.equals(KgTerms.EVENT)) {
                events.add(s);
            } else if (p.equals(RDF.type.asNode()) && o.equals(KgTerms.NEWS_ARTICLE)) {
                articles.add(s);
            } else if (p.equals(KgTerms.ISSUED)) {
                issued.putIfAbsent(s, o);
            }
        }
        Node articleIssued = articles.stream().map(issued::get).filter(x -> x != null).findFirst().orElse(null);
        List<EventFacts> out = new ArrayList<>();
        for (Node ev : events) {
            Map<Node, List<Node>> ep = props.get(ev);
            String code = first(ep, KgTerms.CAMEO_CODE);
            String digits = code == null ? "" : code.replaceAll("[^0-9]", "");
            if (digits.length() < 2) {
                continue;
            }
            Set<String> sources = countries(props, ep.get(KgTerms.SOURCE));
            Set<String> targets = countries(props, ep.get(KgTerms.TARGET));
            if (sources.isEmpty() && targets.isEmpty()) {
                continue;
            }
            LocalDate d = day(first(ep, KgTerms.DATE));
            if (d == null) {
                d = day(str(articleIssued));
            }
            if (d == null) {
                continue;
            }
            out.add(new EventFacts(ev, g, digits.substring(0, 2), String.join(" ", sources),
                    String.join(" ", targets), d));
        }
        return out;
    }

    private static String first(Map<Node, List<Node>> props, Node p) {
        List<Node> vs = props == null ? null : props.get(p);
        if (vs == null || vs.isEmpty()) {
            return null;
        }
        return vs.stream().map(EventClusters::str).filter(x -> x != null).sorted().findFirst().orElse(null);
    }

    /** The ISO codes of the actors: their gkg:iso3, else the gkg:country they belong to. */
    private static Set<String> countries(Map<Node, Map<Node, List<Node>>> props, List<Node> actors) {
        Set<String> out = new TreeSet<>();
        if (actors == null) {
            return out;
        }
        for (Node a : actors) {
            Map<Node, List<Node>> ap = props.getOrDefault(a, Map.of());
            List<Node> iso = ap.getOrDefault(KgTerms.ISO3, List.of());
            for (Node n : iso.isEmpty() ? ap.getOrDefault(KgTerms.COUNTRY, List.of()) : iso) {
                String c = countryCode(n);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The index quads ({@code gkg:clusterKey}) of these facts, each in its article graph. */
    static List<Quad> keyQuads(List<EventFacts> facts) {
        List<Quad> out = new ArrayList<>(facts.size());
        for (EventFacts f : facts) {
            out.add(Quad.create(f.graph(), f.event(), KgTerms.CLUSTER_KEY, NodeFactory.createLiteralString(f.key())));
        }
        return out;
    }

    /** The facts of the events stored in one article graph, read from their keys. */
    static List<EventFacts> storedFacts(DatasetGraph dsg, Node graph) {
        List<EventFacts> out = new ArrayList<>();
        Iter.forEach(dsg.find(graph, Node.ANY, KgTerms.CLUSTER_KEY, Node.ANY), q -> {
            EventFacts f = EventFacts.parse(q.getSubject(), q.getGraph(), q.getObject().getLiteralLexicalForm());
            if (f != null) {
                out.add(f);
            }
        });
        return out;
    }

    // ------------------------------------------------------------------ updates

    /**
     * Brings the clusters up to date after the events {@code seeds} were added to or removed from
     * the store (their keys as they were written or as they stood before removal). Reads only the
     * chains within reach of the seeds' days.
     */
    void update(DatasetGraph dsg, Collection<EventFacts> seeds) {
        Map<String, Set<LocalDate>> daysByGroup = new TreeMap<>();
        Map<String, EventFacts> sample = new HashMap<>();
        for (EventFacts f : seeds) {
            daysByGroup.computeIfAbsent(f.groupKey(), k -> new TreeSet<>()).add(f.day());
            sample.putIfAbsent(f.groupKey(), f);
        }
        Map<Node, Node> articles = new HashMap<>();
        daysByGroup.forEach((group, days) -> updateGroup(dsg, sample.get(group), days, articles));
    }

    private void updateGroup(DatasetGraph dsg, EventFacts any, Set<LocalDate> seedDays, Map<Node, Node> articles) {
        String[] sides = any.dyad().split("\\|", -1);
        Map<Node, EventFacts> members = new LinkedHashMap<>();
        Set<LocalDate> scanned = new HashSet<>();
        Set<LocalDate> visited = new TreeSet<>();
        Deque<LocalDate> todo = new ArrayDeque<>(seedDays);
        while (!todo.isEmpty()) {
            LocalDate d = todo.pop();
            if (!visited.add(d)) {
                continue;
            }
            for (int k = -windowDays; k <= windowDays; k++) {
                LocalDate dd = d.plusDays(k);
                if (!scanned.add(dd)) {
                    continue;
                }
                boolean found = lookup(dsg, any.root(), sides[0], sides[1], dd, members);
                if (!sides[0].equals(sides[1])) {
                    found |= lookup(dsg, any.root(), sides[1], sides[0], dd, members);
                }
                if (found && !visited.contains(dd)) {
                    todo.push(dd);
                }
            }
        }
        // write only what changed: a long chain that gains one member gains one member triple
        String prefix = groupPrefix(any.groupKey());
        Set<Quad> before = new HashSet<>();
        for (LocalDate d : visited) {
            dsg.find(KgTerms.CLUSTERS_GRAPH, NodeFactory.createURI(prefix + d), Node.ANY, Node.ANY)
                    .forEachRemaining(before::add);
        }
        Set<Quad> after = new HashSet<>();
        writeGroup(after::add, any.groupKey(), new ArrayList<>(members.values()), articles);
        for (Quad q : before) {
            if (!after.contains(q)) {
                dsg.delete(q);
            }
        }
        for (Quad q : after) {
            if (!before.contains(q)) {
                dsg.add(q);
            }
        }
    }

    private static boolean lookup(DatasetGraph dsg, String root, String sources, String targets, LocalDate day,
            Map<Node, EventFacts> into) {
        Node key = NodeFactory.createLiteralString(EventFacts.key(root, sources, targets, day));
        boolean found = false;
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, KgTerms.CLUSTER_KEY, key); it.hasNext();) {
            Quad q = it.next();
            into.putIfAbsent(q.getSubject(), new EventFacts(q.getSubject(), q.getGraph(), root, sources, targets, day));
            found = true;
        }
        return found;
    }

    /**
     * Drops the clusters graph and recomputes it in one pass over every event's key (the index
     * of all events is held in memory while grouping: about 150 bytes per clusterable event).
     */
    void recomputeAll(DatasetGraph dsg) {
        dsg.removeGraph(KgTerms.CLUSTERS_GRAPH);
        Map<String, List<EventFacts>> byGroup = new HashMap<>();
        Iter.forEach(dsg.find(Node.ANY, Node.ANY, KgTerms.CLUSTER_KEY, Node.ANY), q -> {
            EventFacts f = EventFacts.parse(q.getSubject(), q.getGraph(), q.getObject().getLiteralLexicalForm());
            if (f != null) {
                byGroup.computeIfAbsent(f.groupKey(), k -> new ArrayList<>()).add(f);
            }
        });
        Map<Node, Node> articles = new HashMap<>();
        new TreeMap<>(byGroup).forEach((k, events) -> writeGroup(dsg::add, k, events, articles));
    }

    /**
     * Writes the keys of article graphs that have events but no keys (stores and exports made
     * before the index existed); returns the number of graphs indexed.
     */
    static int indexUnindexedGraphs(DatasetGraph dsg) {
        int n = 0;
        for (Node g : Iter.toList(dsg.listGraphNodes())) {
            if (!KgTerms.isArticleGraph(g) || dsg.find(g, Node.ANY, KgTerms.CLUSTER_KEY, Node.ANY).hasNext()
                    || !dsg.find(g, Node.ANY, RDF.type.asNode(), KgTerms.EVENT).hasNext()) {
                continue;
            }
            List<Quad> quads = Iter.toList(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
            keyQuads(factsOfQuads(g, quads)).forEach(dsg::add);
            n++;
        }
        return n;
    }

    /**
     * Writes the clusters of ONE group (same CAMEO root and dyad) of events: chained by day within
     * the window, a cluster wherever two or more articles support a chain.
     */
    void writeGroup(Consumer<Quad> out, String groupKey, List<EventFacts> events, Map<Node, Node> articles) {
        events.sort(Comparator.comparing(EventFacts::day).thenComparing(f -> f.event().toString()));
        List<EventFacts> chain = new ArrayList<>();
        for (EventFacts f : events) {
            if (!chain.isEmpty()
                    && ChronoUnit.DAYS.between(chain.get(chain.size() - 1).day(), f.day()) > windowDays) {
                writeCluster(out, groupKey, chain, articles);
                chain = new ArrayList<>();
            }
            chain.add(f);
        }
        writeCluster(out, groupKey, chain, articles);
    }

    private static void writeCluster(Consumer<Quad> out, String groupKey, List<EventFacts> chain,
            Map<Node, Node> articleOfGraph) {
        Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::toString));
        for (EventFacts f : chain) {
            graphs.add(f.graph());
        }
        if (graphs.size() < 2) {
            return;
        }
        EventFacts head = chain.get(0);
        LocalDate first = head.day();
        LocalDate last = chain.get(chain.size() - 1).day();
        Node c = NodeFactory.createURI(groupPrefix(groupKey) + first);
        Node g = KgTerms.CLUSTERS_GRAPH;
        BiConsumer<Node, Node> add = (p, o) -> out.accept(Quad.create(g, c, p, o));
        add.accept(RDF.type.asNode(), KgTerms.EVENT_CLUSTER);
        String label = "CAMEO " + head.root() + ": " + names(head.sources()) + " / " + names(head.targets()) + ", "
                + first + (last.equals(first) ? "" : " to " + last) + " (" + graphs.size() + " articles)";
        add.accept(RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        add.accept(KgTerms.MENTION_COUNT,
                NodeFactory.createLiteralDT(Integer.toString(graphs.size()), XSDDatatype.XSDinteger));
        for (Node ag : graphs) {
            add.accept(KgTerms.SUPPORTING_ARTICLE, articleOfGraph.computeIfAbsent(ag, KgTerms::articleOfGraph));
        }
        for (EventFacts f : chain) {
            add.accept(KgTerms.CLUSTER_MEMBER, f.event());
        }
        add.accept(KgTerms.CAMEO, KgTerms.cameoConcept(head.root()));
        add.accept(KgTerms.CAMEO_CODE, NodeFactory.createLiteralString(head.root()));
        add.accept(KgTerms.DATE, NodeFactory.createLiteralDT(first.toString(), XSDDatatype.XSDdate));
        for (String iso : codes(head.sources())) {
            add.accept(KgTerms.SOURCE, KgTerms.country(iso));
        }
        for (String iso : codes(head.targets())) {
            add.accept(KgTerms.TARGET, KgTerms.country(iso));
        }
    }

    private static List<String> codes(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(" "));
    }

    private static String names(String joined) {
        return joined.isEmpty() ? "-" : joined.replace(' ', '+');
    }

    static String groupPrefix(String groupKey) {
        return KgTerms.CLUSTER_BASE + sha256(groupKey).substring(0, 16) + "-";
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
