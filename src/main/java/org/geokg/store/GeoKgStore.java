package org.geokg.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;

/**
 * PLACEHOLDER API (owner: store helper). The TDB2 store of geokg: one named graph per
 * article, shared graphs (ontology, CAMEO scheme, countries), union default graph.
 */
public final class GeoKgStore implements AutoCloseable {

    /** Outcome of storing one article. */
    public enum PutResult { STORED, UNCHANGED }

    private GeoKgStore() {
    }

    /**
     * Opens (creating if needed) the TDB2 store in {@code dir}, loading the shared graphs when
     * missing or outdated. Fails at once with a StoreException when another process holds it.
     */
    public static GeoKgStore open(Path dir) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Replaces the article's graph with the RDF of {@code doc} in one write transaction. */
    public PutResult put(Article article, ExtractionDocument doc) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Runs a SPARQL query; {@code params} are bound as RDF terms (never spliced into the text);
     * format is table, csv, tsv or json for SELECT/ASK, turtle/trig/jsonld for CONSTRUCT/DESCRIBE.
     */
    public void query(String sparql, Map<String, String> params, String format, OutputStream out) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Number of quads in all graphs. */
    public long size() {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public void close() {
    }
}
