package org.geokg.kg;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * SHACL validation of geokg data against {@code ontology/shapes.ttl}.
 *
 * <pre>{@code
 * Shapes.Report r = Shapes.validate(dsg);
 * if (!r.conforms()) System.err.println(r.text());
 * }</pre>
 *
 * The shapes are parsed once. Thread-safe (validate a transactional dataset inside a read
 * transaction). A store of any size is validated in bounded memory with
 * {@link #validate(Iterator, Graph)}, fed with the union's triples grouped by subject.
 */
public final class Shapes {
    /** Classpath path of the shapes. */
    public static final String PATH = "ontology/shapes.ttl";

    /**
     * Outcome of a validation.
     *
     * @param conforms   true when there is no violation
     * @param violations number of results of severity Violation
     * @param text       one line per result: severity, focus node, path, message, value
     */
    public record Report(boolean conforms, int violations, String text) {
    }

    /** Default chunk size of the streamed validation, in triples. */
    public static final int CHUNK_TRIPLES = 20_000;

    private static final class Holder {
        static final Graph GRAPH = parse();
        static final org.apache.jena.shacl.Shapes SHAPES = org.apache.jena.shacl.Shapes.parse(GRAPH);
    }

    private Shapes() {
    }

    /** A copy of the shapes graph. */
    public static Graph shapes() {
        Graph g = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(g, Holder.GRAPH);
        return g;
    }

    /**
     * Validates the union of all named graphs and the default graph of {@code dsg} (so the
     * ontology's subclass axioms and the countries graph are seen when loaded). The dataset is
     * copied into memory and validated chunk by chunk like {@link #validate(Iterator, Graph)}:
     * use it for small in-memory datasets; a TDB2 store streams instead (GeoKgStore.validate).
     */
    public static Report validate(DatasetGraph dsg) {
        return validate(dsg, CHUNK_TRIPLES);
    }

    /** {@link #validate(DatasetGraph)} with chunks of about {@code maxTriples} triples. */
    static Report validate(DatasetGraph dsg, int maxTriples) {
        Graph data = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(data, dsg.getDefaultGraph());
        GraphUtil.addInto(data, dsg.getUnionGraph());
        Set<Node> subjects = data.find().mapWith(Triple::getSubject).toSet();
        Iterator<Triple> bySubject = Iter.flatMap(subjects.iterator(), s -> data.find(s, Node.ANY, Node.ANY));
        return validate(bySubject, data, maxTriples);
    }

    /**
     * Validates a dataset of any size in bounded memory with the same results as validating the
     * union of its graphs at once ({@link #validate(Graph)}): {@code bySubject} streams every
     * triple of the union with all triples of one subject one after the other (repeats allowed),
     * {@code lookup} is a graph view of the same union, read for class hierarchies and the types
     * of value nodes. See {@link ChunkedShapeValidator} for how and for the shapes it accepts.
     */
    public static Report validate(Iterator<Triple> bySubject, Graph lookup) {
        return validate(bySubject, lookup, CHUNK_TRIPLES);
    }

    /** {@link #validate(Iterator, Graph)} with chunks of about {@code maxTriples} triples. */
    public static Report validate(Iterator<Triple> bySubject, Graph lookup, int maxTriples) {
        return ChunkedShapeValidator.validate(bySubject, Holder.GRAPH, Holder.SHAPES, lookup, maxTriples);
    }

    /** Validates one graph, all of it at once in memory. */
    public static Report validate(Graph data) {
        ValidationReport vr = ShaclValidator.get().validate(Holder.SHAPES, data);
        PrefixMap pm = PrefixMapFactory.create(Vocab.prefixes());
        Prologue prologue = new Prologue(Vocab.prefixes());
        List<ReportEntry> entries = new ArrayList<>(vr.getEntries());
        List<String> lines = new ArrayList<>();
        int violations = 0;
        for (ReportEntry e : entries) {
            if (Severity.Violation.equals(e.severity())) {
                violations++;
            }
            lines.add(line(e, pm, prologue));
        }
        lines.sort(Comparator.naturalOrder());
        String text = vr.conforms() ? "conforms: no violations" : violations + " violation(s), "
                + lines.size() + " result(s):\n" + String.join("\n", lines);
        return new Report(vr.conforms(), violations, text);
    }

    /** One line of a report: severity, focus node, path, message, value. */
    static String line(ReportEntry e, PrefixMap pm, Prologue prologue) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.severity() == null ? "Violation" : e.severity().level().getLocalName())
                .append(": ").append(fmt(e.focusNode(), pm));
        if (e.resultPath() != null) {
            sb.append(" ").append(e.resultPath().toString(prologue));
        }
        sb.append(": ").append(e.message());
        if (e.value() != null) {
            sb.append(" (value ").append(fmt(e.value(), pm)).append(")");
        }
        return sb.toString();
    }

    private static String fmt(Node n, PrefixMap pm) {
        return NodeFmtLib.str(n, pm);
    }

    private static Graph parse() {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.create().source(new StringReader(DataLib.text(PATH))).lang(Lang.TURTLE).parse(g);
        } catch (RiotException e) {
            throw new ConfigException("cannot parse " + PATH + ": " + e.getMessage(), e);
        }
        return g;
    }
}
