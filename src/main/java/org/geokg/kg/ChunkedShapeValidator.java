package org.geokg.kg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.sys.ConfigException;

/**
 * SHACL validation of a dataset of any size in bounded memory, with the same results as
 * validating the union of all its graphs at once.
 *
 * <pre>{@code
 * ChunkedShapeValidator v = new ChunkedShapeValidator(shapesGraph, shapes, lookup, 20_000);
 * triplesGroupedBySubject.forEachRemaining(v::add);
 * Shapes.Report r = v.finish();
 * }</pre>
 *
 * <p>The data comes as a stream of triples in which all triples of one subject are adjacent (a
 * TDB2 scan of its SPOG index gives that). Subjects are gathered into chunks of about
 * {@code maxTriples} triples; each chunk is validated on its own together with what the shapes
 * need from outside it, read from {@code lookup} (a graph view of the same data): every
 * {@code rdfs:subClassOf} triple, and the types of the value nodes of paths checked with
 * {@code sh:class}. Only results whose focus node is a subject of the chunk are kept. This is
 * exact because the shapes it accepts look only at a focus node's own triples, its value nodes'
 * types and the class hierarchy: it refuses, when built, shapes with complex paths, node or
 * objects-of targets, {@code sh:closed}, SPARQL, or value shapes that look at a value node's own
 * properties.
 *
 * <p>A subject with more than {@code maxTriples} triples (a country mentioned by every article)
 * is validated in slices: each slice holds the subject's types and its triples on paths with a
 * cardinality-like constraint (read from {@code lookup}), plus a slice of its triples on paths
 * whose constraints check each value alone; identical result lines from slices count once.
 * Triples on predicates that no shape targeting the subject's classes looks at are skipped.
 *
 * <p>Not thread-safe: one instance per validation.
 */
final class ChunkedShapeValidator {

    /** Constraint parameters that judge each value node alone. */
    private static final Set<Node> PER_VALUE = Set.of(SHACL.class_, SHACL.datatype, SHACL.nodeKind, SHACL.pattern,
            SHACL.flags, SHACL.minLength, SHACL.maxLength, SHACL.minInclusive, SHACL.maxInclusive,
            SHACL.minExclusive, SHACL.maxExclusive, SHACL.in, SHACL.node, SHACL.or, SHACL.and, SHACL.not,
            SHACL.xone, SHACL.languageIn);
    /** Property-shape triples that are no constraint. */
    private static final Set<Node> NOT_CONSTRAINTS = Set.of(SHACL.path, SHACL.message, SHACL.name,
            SHACL.description, SHACL.severity, SHACL.deactivated, SHACL.order, SHACL.group, SHACL.defaultValue,
            RDF.type.asNode());
    private static final Node TYPE = RDF.type.asNode();

    private final org.apache.jena.shacl.Shapes shapes;
    private final Graph lookup;
    private final int maxTriples;
    private final Set<Node> kept = new HashSet<>();
    private final Set<Node> classPaths = new HashSet<>();
    private final Set<Node> countedPaths = new HashSet<>();
    private final List<Triple> subClassOf = new ArrayList<>();
    /** Target class to the paths of the shapes targeting it; null when any subject may need any path. */
    private Map<Node, Set<Node>> pathsByTargetClass = new HashMap<>();
    private final Map<Set<Node>, Set<Node>> relevantByTypes = new HashMap<>();
    private Set<Node> relevant;
    private final PrefixMap pm = PrefixMapFactory.create(Vocab.prefixes());
    private final Prologue prologue = new Prologue(Vocab.prefixes());
    /** Result line to (how often it was found in one unit at most). */
    private final Map<String, Integer> lines = new TreeMap<>();

    private final List<Triple> chunk = new ArrayList<>();
    private final Set<Node> chunkSubjects = new HashSet<>();
    private Node subject;
    private final List<Triple> group = new ArrayList<>();
    private boolean hub;
    private List<Triple> hubHeader;
    private long units;

    ChunkedShapeValidator(Graph shapesGraph, org.apache.jena.shacl.Shapes shapes, Graph lookup, int maxTriples) {
        if (maxTriples < 1) {
            throw new IllegalArgumentException("maxTriples must be positive, got " + maxTriples);
        }
        this.shapes = shapes;
        this.lookup = lookup;
        this.maxTriples = maxTriples;
        analyse(shapesGraph);
        ExtendedIterator<Triple> it = lookup.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY);
        try {
            it.forEachRemaining(subClassOf::add);
        } finally {
            it.close();
        }
    }

    /** Reads which paths the shapes look at, and refuses shapes this validator cannot split. */
    private void analyse(Graph sg) {
        kept.add(TYPE);
        for (Node unsupported : List.of(SHACL.targetNode, SHACL.targetObjectsOf, SHACL.closed, SHACL.sparql,
                SHACL.target)) {
            if (sg.contains(Node.ANY, unsupported, Node.ANY)) {
                throw unsupported("uses " + NodeFmtLib.str(unsupported, pm));
            }
        }
        sg.find(Node.ANY, SHACL.targetSubjectsOf, Node.ANY).forEachRemaining(t -> kept.add(t.getObject()));
        List<Triple> targets = new ArrayList<>(sg.find(Node.ANY, SHACL.targetClass, Node.ANY).toList());
        for (Triple t : sg.find(Node.ANY, TYPE, RDFS.Class.asNode()).toList()) {
            targets.add(Triple.create(t.getSubject(), SHACL.targetClass, t.getSubject()));
        }
        for (Triple t : targets) {
            Set<Node> paths = new HashSet<>();
            collectPaths(sg, t.getSubject(), paths, new HashSet<>());
            pathsByTargetClass.computeIfAbsent(t.getObject(), k -> new HashSet<>()).addAll(paths);
        }
        if (sg.contains(Node.ANY, SHACL.targetSubjectsOf, Node.ANY)) {
            pathsByTargetClass = null;
        }
        for (Triple pt : sg.find(Node.ANY, SHACL.path, Node.ANY).toList()) {
            Node shape = pt.getSubject();
            Node path = pt.getObject();
            if (!path.isURI()) {
                throw unsupported("has a complex sh:path on " + NodeFmtLib.str(shape, pm));
            }
            kept.add(path);
            for (Triple c : sg.find(shape, Node.ANY, Node.ANY).toList()) {
                Node param = c.getPredicate();
                if (NOT_CONSTRAINTS.contains(param)) {
                    continue;
                }
                if (!PER_VALUE.contains(param)) {
                    countedPaths.add(path);
                }
                Set<Node> seen = new HashSet<>();
                if (reaches(sg, c.getObject(), SHACL.path, seen)) {
                    throw unsupported("looks at the properties of the value nodes of "
                            + NodeFmtLib.str(path, pm) + " (a nested sh:path)");
                }
                if (param.equals(SHACL.class_) || reaches(sg, c.getObject(), SHACL.class_, new HashSet<>())) {
                    classPaths.add(path);
                }
            }
        }
    }

    private static void collectPaths(Graph sg, Node n, Set<Node> paths, Set<Node> seen) {
        if (n.isLiteral() || !seen.add(n)) {
            return;
        }
        for (Triple t : sg.find(n, Node.ANY, Node.ANY).toList()) {
            if (t.getPredicate().equals(SHACL.path)) {
                paths.add(t.getObject());
            } else {
                collectPaths(sg, t.getObject(), paths, seen);
            }
        }
    }

    /**
     * The predicates that matter for a subject of these types: rdf:type and the paths of the
     * shapes that target one of its classes or superclasses.
     */
    private Set<Node> relevantFor(Set<Node> types) {
        if (pathsByTargetClass == null) {
            return kept;
        }
        return relevantByTypes.computeIfAbsent(types, ts -> {
            Set<Node> out = new HashSet<>();
            out.add(TYPE);
            Set<Node> classes = new HashSet<>();
            List<Node> todo = new ArrayList<>(ts);
            while (!todo.isEmpty()) {
                Node c = todo.remove(todo.size() - 1);
                if (classes.add(c)) {
                    for (Triple t : subClassOf) {
                        if (t.getSubject().equals(c)) {
                            todo.add(t.getObject());
                        }
                    }
                }
            }
            for (Node c : classes) {
                out.addAll(pathsByTargetClass.getOrDefault(c, Set.of()));
            }
            return out;
        });
    }

    private static Set<Node> typesIn(List<Triple> triples) {
        Set<Node> types = new HashSet<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(TYPE)) {
                types.add(t.getObject());
            }
        }
        return types;
    }

    /** True when a triple with predicate {@code p} is reachable from {@code n} in the shapes graph. */
    private static boolean reaches(Graph sg, Node n, Node p, Set<Node> seen) {
        if (n.isLiteral() || !seen.add(n)) {
            return false;
        }
        for (Triple t : sg.find(n, Node.ANY, Node.ANY).toList()) {
            if (t.getPredicate().equals(p) || reaches(sg, t.getObject(), p, seen)) {
                return true;
            }
        }
        return false;
    }

    private ConfigException unsupported(String why) {
        return new ConfigException("the SHACL shapes cannot be validated chunk by chunk: a shape " + why
                + "; validate the union in memory (Shapes.validate(Graph)) or change " + Shapes.PATH);
    }

    /** Adds the next triple; all triples of one subject must come one after the other. */
    void add(Triple t) {
        if (!t.getSubject().equals(subject)) {
            endGroup();
            subject = t.getSubject();
        }
        if (!kept.contains(t.getPredicate())) {
            return;
        }
        if (hub) {
            addToHub(t);
            return;
        }
        group.add(t);
        if (group.size() > maxTriples) {
            startHub();
        }
    }

    /** Validates what is left and returns the report. */
    Shapes.Report finish() {
        endGroup();
        flushChunk();
        int violations = 0;
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                all.add(e.getKey());
            }
            if (e.getKey().startsWith(Severity.Violation.level().getLocalName() + ":")) {
                violations += e.getValue();
            }
        }
        all.sort(Comparator.naturalOrder());
        boolean conforms = all.isEmpty();
        String text = conforms ? "conforms: no violations" : violations + " violation(s), "
                + all.size() + " result(s):\n" + String.join("\n", all);
        return new Shapes.Report(conforms, violations, text);
    }

    /** Number of units (chunks and hub slices) validated so far. */
    long units() {
        return units;
    }

    private void endGroup() {
        if (subject == null) {
            return;
        }
        if (hub) {
            validateUnit(hubSlice(), Set.of(subject));
            hub = false;
            hubHeader = null;
            relevant = null;
        } else if (!group.isEmpty()) {
            Set<Node> rel = relevantFor(typesIn(group));
            for (Triple t : group) {
                if (rel.contains(t.getPredicate())) {
                    chunk.add(t);
                }
            }
            chunkSubjects.add(subject);
            if (chunk.size() >= maxTriples) {
                flushChunk();
            }
        }
        group.clear();
        subject = null;
    }

    private void flushChunk() {
        if (!chunk.isEmpty()) {
            validateUnit(chunk, chunkSubjects);
        }
        chunk.clear();
        chunkSubjects.clear();
    }

    /** The subject outgrew a chunk: from now on it is validated in slices of its per-value triples. */
    private void startHub() {
        flushChunk();
        hub = true;
        hubHeader = new ArrayList<>();
        ExtendedIterator<Triple> it = lookup.find(subject, TYPE, Node.ANY);
        try {
            it.forEachRemaining(hubHeader::add);
        } finally {
            it.close();
        }
        relevant = relevantFor(typesIn(hubHeader));
        for (Node p : countedPaths) {
            if (!p.equals(TYPE) && relevant.contains(p)) {
                ExtendedIterator<Triple> values = lookup.find(subject, p, Node.ANY);
                try {
                    values.forEachRemaining(hubHeader::add);
                } finally {
                    values.close();
                }
            }
        }
        List<Triple> buffered = new ArrayList<>(group);
        group.clear();
        buffered.forEach(this::addToHub);
    }

    private void addToHub(Triple t) {
        Node p = t.getPredicate();
        if (p.equals(TYPE) || countedPaths.contains(p) || !relevant.contains(p)) {
            return;
        }
        group.add(t);
        if (group.size() >= maxTriples) {
            validateUnit(hubSlice(), Set.of(subject));
            group.clear();
        }
    }

    private List<Triple> hubSlice() {
        List<Triple> slice = new ArrayList<>(hubHeader);
        slice.addAll(group);
        return slice;
    }

    private void validateUnit(List<Triple> triples, Set<Node> focus) {
        units++;
        Graph data = GraphFactory.createGraphMem();
        triples.forEach(data::add);
        subClassOf.forEach(data::add);
        Set<Node> typed = new HashSet<>();
        for (Triple t : triples) {
            Node o = t.getObject();
            if (classPaths.contains(t.getPredicate()) && !o.isLiteral() && !focus.contains(o) && typed.add(o)) {
                ExtendedIterator<Triple> types = lookup.find(o, TYPE, Node.ANY);
                try {
                    types.forEachRemaining(data::add);
                } finally {
                    types.close();
                }
            }
        }
        ValidationReport vr = ShaclValidator.get().validate(shapes, data);
        Map<String, Integer> local = new HashMap<>();
        for (ReportEntry e : vr.getEntries()) {
            if (focus.contains(e.focusNode())) {
                local.merge(Shapes.line(e, pm, prologue), 1, Integer::sum);
            }
        }
        local.forEach((line, n) -> lines.merge(line, n, Math::max));
    }

    /** Convenience: validates a whole stream. */
    static Shapes.Report validate(Iterator<Triple> bySubject, Graph shapesGraph, org.apache.jena.shacl.Shapes shapes,
            Graph lookup, int maxTriples) {
        ChunkedShapeValidator v = new ChunkedShapeValidator(shapesGraph, shapes, lookup, maxTriples);
        bySubject.forEachRemaining(v::add);
        return v.finish();
    }
}
