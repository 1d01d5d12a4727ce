package org.geokg.kg;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Generates {@code ontology/cameo.ttl}, the CAMEO 1.1b3 codebook as a SKOS concept scheme,
 * from {@code data/cameo-codebook.tsv}: one concept per code
 * ({@code https://w3id.org/geokg/id/cameo/0871}) with its notation (a string: "010" stays
 * "010"), English name, {@code skos:broader} parent ("0871" to "087" to "08"; two-digit roots
 * are top concepts), quad class, Goldstein weight and PLOVER type, mode and context.
 * The output is committed; CameoSchemeTest checks it matches what this class generates.
 *
 * <pre>{@code
 * mvn -q -o compile exec:java -Dexec.mainClass=org.geokg.kg.CameoSchemeGenerator   # or:
 * java -cp target/classes:... org.geokg.kg.CameoSchemeGenerator ontology/cameo.ttl
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class CameoSchemeGenerator {
    /** The codebook read. */
    public static final String CODEBOOK = "data/cameo-codebook.tsv";
    /** Where the generated scheme is committed (and its classpath path). */
    public static final String OUTPUT = "ontology/cameo.ttl";

    private CameoSchemeGenerator() {
    }

    /** Writes the scheme to the path given, or to {@code ontology/cameo.ttl}. */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : OUTPUT);
        try (OutputStream os = Files.newOutputStream(out)) {
            write(os);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        System.err.println("wrote " + out);
    }

    /** The scheme as a new graph. */
    public static Graph generate() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : triples()) {
            g.add(t);
        }
        return g;
    }

    /** Writes the scheme as Turtle, subjects in codebook order. */
    public static void write(OutputStream out) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        s.start();
        s.base(null);
        for (String p : new String[] {"skos", "gkg", "dcterms", "rdfs", "xsd", "cameo"}) {
            s.prefix(p, Vocab.prefixes().getNsPrefixURI(p));
        }
        for (Triple t : triples()) {
            s.triple(t);
        }
        s.finish();
    }

    /** The triples of the scheme in a stable order. */
    static List<Triple> triples() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        int line = 1;
        for (String[] r : DataLib.tsv(CODEBOOK, true)) {
            line++;
            if (r.length < 5) {
                throw new ConfigException(CODEBOOK + " row " + line + ": expected at least 5 tab-separated columns");
            }
            String code = r[0].strip();
            if (!code.matches("[0-9]{2,4}")) {
                throw new ConfigException(CODEBOOK + " row " + line + ": '" + code + "' is not a CAMEO code");
            }
            if (rows.put(code, r) != null) {
                throw new ConfigException(CODEBOOK + " row " + line + ": code " + code + " appears twice");
            }
        }
        List<Triple> ts = new ArrayList<>();
        Node scheme = NodeFactory.createURI(Iris.CAMEO_SCHEME);
        ts.add(Triple.create(scheme, Vocab.TYPE, Vocab.SKOS_SCHEME));
        ts.add(Triple.create(scheme, Vocab.PREF_LABEL, NodeFactory.createLiteralLang("CAMEO event codes 1.1b3", "en")));
        ts.add(Triple.create(scheme, Vocab.LABEL, NodeFactory.createLiteralLang("CAMEO event codes 1.1b3", "en")));
        ts.add(Triple.create(scheme, Vocab.uri(Vocab.DCT, "source"),
                NodeFactory.createURI("https://github.com/tenthe/CAMEO-Event-Data-Codebook")));
        ts.add(Triple.create(scheme, Vocab.uri(Vocab.DCT, "source"),
                NodeFactory.createURI("https://github.com/openeventdata/PLOVER")));
        ts.add(Triple.create(scheme, Vocab.uri(Vocab.DCT, "description"), NodeFactory.createLiteralLang(
                "CAMEO 1.1b3 event codes: names from tenthe/CAMEO-Event-Data-Codebook, Goldstein weights as used "
                + "by GDELT, PLOVER types from openeventdata/PLOVER CAMEO2PLOVER (CC BY-SA 4.0). "
                + "Generated from data/cameo-codebook.tsv by org.geokg.kg.CameoSchemeGenerator.", "en")));
        for (String code : rows.keySet()) {
            if (code.length() == 2) {
                ts.add(Triple.create(scheme, Vocab.HAS_TOP_CONCEPT, NodeFactory.createURI(Iris.cameo(code))));
            }
        }
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            String code = e.getKey();
            String[] r = e.getValue();
            Node c = NodeFactory.createURI(Iris.cameo(code));
            ts.add(Triple.create(c, Vocab.TYPE, Vocab.SKOS_CONCEPT));
            ts.add(Triple.create(c, Vocab.IN_SCHEME, scheme));
            ts.add(Triple.create(c, Vocab.NOTATION, NodeFactory.createLiteralString(code)));
            ts.add(Triple.create(c, Vocab.PREF_LABEL, NodeFactory.createLiteralLang(r[1].strip(), "en")));
            if (code.length() == 2) {
                ts.add(Triple.create(c, Vocab.TOP_CONCEPT_OF, scheme));
            } else {
                String parent = code.substring(0, code.length() - 1);
                if (!rows.containsKey(parent)) {
                    throw new ConfigException(CODEBOOK + ": code " + code + " has no parent code " + parent);
                }
                ts.add(Triple.create(c, Vocab.BROADER, NodeFactory.createURI(Iris.cameo(parent))));
            }
            try {
                int quad = Integer.parseInt(r[3].strip());
                ts.add(Triple.create(c, GKG.quadClass.asNode(),
                        NodeFactory.createLiteralDT(Integer.toString(quad), XSDDatatype.XSDinteger)));
                if (!r[2].isBlank()) {
                    ts.add(Triple.create(c, GKG.goldstein.asNode(), NodeFactory.createLiteralDT(
                            new BigDecimal(r[2].strip()).toPlainString(), XSDDatatype.XSDdecimal)));
                }
            } catch (NumberFormatException x) {
                throw new ConfigException(CODEBOOK + " code " + code + ": bad number (" + x.getMessage() + ")", x);
            }
            addText(ts, c, GKG.ploverType.asNode(), r, 4);
            addText(ts, c, GKG.ploverMode.asNode(), r, 5);
            addText(ts, c, GKG.ploverContext.asNode(), r, 6);
        }
        return ts;
    }

    private static void addText(List<Triple> ts, Node s, Node p, String[] r, int i) {
        if (r.length > i && !r[i].isBlank()) {
            ts.add(Triple.create(s, p, NodeFactory.createLiteralString(r[i].strip())));
        }
    }
}
