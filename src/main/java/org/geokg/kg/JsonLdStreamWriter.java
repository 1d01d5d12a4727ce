package org.geokg.kg;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes an RDF dataset as ONE JSON-LD 1.1 document, graph by graph and subject by subject,
 * without holding a graph in memory: a top-level {@code @context} of geokg's prefixes, then a
 * top-level {@code @graph} array holding the default graph's node objects and one
 * {@code {"@id": graph, "@graph": [...]}} object per named graph.
 *
 * <pre>{@code
 * try (JsonLdStreamWriter w = new JsonLdStreamWriter(out)) {
 *     w.graph(graphName, dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY)... as triples);
 * }
 * }</pre>
 *
 * <p>Node objects are in expanded style (IRIs compacted with the context's prefixes only,
 * literals as {@code @value} objects with {@code @type} or {@code @language}), so the output
 * reads back into exactly the same quads. Only one subject's triples are buffered at a time:
 * when a subject's triples are not adjacent in the input it gets several node objects, which
 * JSON-LD merges on reading. Not thread-safe.
 */
public final class JsonLdStreamWriter implements AutoCloseable {
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    private static final Node TYPE = RDF.type.asNode();

    private final JsonGenerator gen;
    private final PrefixMapping prefixes;
    private boolean closed;

    /** Starts the document on {@code out} (which is flushed, not closed, by {@link #close}). */
    public JsonLdStreamWriter(OutputStream out) {
        this.prefixes = Vocab.prefixes();
        try {
            gen = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            gen.writeObjectFieldStart("@context");
            for (Map.Entry<String, String> p : prefixes.getNsPrefixMap().entrySet()) {
                if (usablePrefix(p.getValue())) {
                    gen.writeStringField(p.getKey(), p.getValue());
                }
            }
            gen.writeEndObject();
            gen.writeArrayFieldStart("@graph");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /**
     * Writes one graph: {@code name} null for the default graph (its nodes go to the top-level
     * {@code @graph}), else a named graph object. The triples should come grouped by subject.
     */
    public void graph(Node name, Iterator<Triple> triples) {
        try {
            if (name != null) {
                gen.writeStartObject();
                gen.writeStringField("@id", id(name));
                gen.writeArrayFieldStart("@graph");
            }
            Node subject = null;
            List<Triple> same = new ArrayList<>();
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (!t.getSubject().equals(subject)) {
                    writeNode(subject, same);
                    same.clear();
                    subject = t.getSubject();
                }
                same.add(t);
            }
            writeNode(subject, same);
            if (name != null) {
                gen.writeEndArray();
                gen.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private void writeNode(Node subject, List<Triple> triples) throws IOException {
        if (subject == null || triples.isEmpty()) {
            return;
        }
        List<Node> types = new ArrayList<>();
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(TYPE) && !t.getObject().isLiteral()) {
                types.add(t.getObject());
            } else {
                byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        }
        gen.writeStartObject();
        gen.writeStringField("@id", id(subject));
        if (!types.isEmpty()) {
            gen.writeArrayFieldStart("@type");
            for (Node ty : types) {
                gen.writeString(id(ty));
            }
            gen.writeEndArray();
        }
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            gen.writeArrayFieldStart(id(e.getKey()));
            for (Node o : e.getValue()) {
                writeValue(o);
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private void writeValue(Node o) throws IOException {
        gen.writeStartObject();
        if (o.isLiteral()) {
            gen.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                gen.writeStringField("@language", lang);
            } else if (!XSD_STRING.equals(o.getLiteralDatatypeURI())) {
                gen.writeStringField("@type", iri(o.getLiteralDatatypeURI()));
            }
        } else {
            gen.writeStringField("@id", id(o));
        }
        gen.writeEndObject();
    }

    /** A blank node label, a compact IRI (prefix of the context) or the IRI itself. */
    private String id(Node n) {
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return iri(n.getURI());
    }

    private String iri(String iri) {
        String qname = prefixes.qnameFor(iri);
        if (qname != null) {
            int colon = qname.indexOf(':');
            String local = qname.substring(colon + 1);
            if (usablePrefix(prefixes.getNsPrefixURI(qname.substring(0, colon))) && !local.startsWith("//")
                    && !local.isEmpty()) {
                return qname;
            }
        }
        return iri;
    }

    /** JSON-LD 1.1 expands a compact IRI only with a term whose IRI ends in a gen-delim. */
    private static boolean usablePrefix(String ns) {
        return ns != null && (ns.endsWith("/") || ns.endsWith("#"));
    }

    /** Ends the document and flushes the output; does not close it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            gen.writeEndArray();
            gen.writeEndObject();
            gen.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }
}
