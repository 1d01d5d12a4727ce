package org.geokg.kg;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
 * transaction).
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

    private static final class Holder {
        static final Graph GRAPH = parse();
        static final org.apache.jena.shacl.Shapes SHAPES = org.apache.jena.shacl.Shapes.parse(GRAPH);
    }

    private Shapes() {
    }

    /** A copy of the shapes graph. */
    public static Graph shapes() {
        Graph g = GraphFactory.createDefaultGraph();
        org.apache.jena.graph.GraphUtil.addInto(g, Holder.GRAPH);
        return g;
    }

    /**
     * Validates the union of all named graphs and the default graph of {@code dsg} (so the
     * ontology's subclass axioms and the countries graph are seen when loaded).
     */
    public static Report validate(DatasetGraph dsg) {
        Graph data = GraphFactory.createDefaultGraph();
        org.apache.jena.graph.GraphUtil.addInto(data, dsg.getDefaultGraph());
        org.apache.jena.graph.GraphUtil.addInto(data, dsg.getUnionGraph());
        return validate(data);
    }

    /** Validates one graph. */
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
            lines.add(sb.toString());
        }
        lines.sort(Comparator.naturalOrder());
        String text = vr.conforms() ? "conforms: no violations" : violations + " violation(s), "
                + lines.size() + " result(s):\n" + String.join("\n", lines);
        return new Report(vr.conforms(), violations, text);
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
