package org.geokg.kg;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.sys.InputException;

/**
 * Writes the RDF of extracted articles (one named graph each, as {@link ArticleRdf} makes
 * them) to a byte stream, for callers outside the Jena packages ({@code geokg extract}).
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * ArticleRdfOutput.write(List.of(article), List.of(doc), "trig", System.out);
 * }</pre>
 */
public final class ArticleRdfOutput {
    /** The formats {@link #write} knows: TriG and N-Quads keep the article graphs; Turtle writes their union. */
    public static final List<String> FORMATS = List.of("trig", "nq", "ttl", "jsonld");

    private ArticleRdfOutput() {
    }

    /**
     * Writes the graphs of {@code articles[i]} with {@code docs[i]} in {@code format}
     * (trig, nq, ttl or jsonld).
     *
     * @throws InputException for an unknown format, or a document {@link ArticleRdf} rejects
     */
    public static void write(List<Article> articles, List<ExtractionDocument> docs, String format, OutputStream out) {
        if (articles.size() != docs.size()) {
            throw new IllegalArgumentException("one extraction document per article expected: " + articles.size()
                    + " articles, " + docs.size() + " documents");
        }
        String f = format == null ? "trig" : format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new InputException("unknown RDF format '" + format + "'; use one of " + FORMATS);
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.prefixes().putAll(Vocab.prefixes());
        StreamRDF s = StreamRDFLib.dataset(dsg);
        s.start();
        for (int i = 0; i < articles.size(); i++) {
            ArticleRdf.write(articles.get(i), docs.get(i), ArticleRdf.contentHash(articles.get(i), docs.get(i)), s);
        }
        s.finish();
        switch (f) {
            case "trig" -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_PRETTY);
            case "nq" -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
            case "ttl" -> {
                Graph union = GraphFactory.createDefaultGraph();
                dsg.getUnionGraph().find().forEachRemaining(union::add);
                union.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
                RDFDataMgr.write(out, union, RDFFormat.TURTLE_PRETTY);
            }
            default -> RDFDataMgr.write(out, dsg, Lang.JSONLD);
        }
    }
}
