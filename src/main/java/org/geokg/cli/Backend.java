package org.geokg.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.store.GeoKgStore;

/**
 * TEMPORARY adapter: the one place where the commands call store, server and RDF APIs that
 * other modules are still building. Each method is a one-line call once those land on main.
 */
final class Backend {
    private Backend() {
    }

    /** A SHACL validation outcome as the commands need it. */
    record Validation(boolean conforms, long violations, String text) {
    }

    /** A running SPARQL server. */
    interface Server extends AutoCloseable {
        String url();

        String sparqlUrl();

        void join();

        @Override
        void close();
    }

    static GeoKgStore open(Path db) {
        return GeoKgStore.open(db);
    }

    static void export(GeoKgStore store, String format, String graphIri, OutputStream out) {
        throw notYet("export (GeoKgStore.export)");
    }

    static void importFile(GeoKgStore store, Path file) {
        throw notYet("import (GeoKgStore.importFile)");
    }

    static Validation validate(GeoKgStore store) {
        throw notYet("validate (GeoKgStore.validate)");
    }

    static String stats(GeoKgStore store) {
        throw notYet("stats (GeoKgStore.stats)");
    }

    static Server serve(GeoKgStore store, ServeOptions options) {
        throw notYet("serve (org.geokg.server.GeoKgServer)");
    }

    static void writeRdf(List<Article> articles, List<ExtractionDocument> docs, String format, OutputStream out) {
        throw notYet("RDF output (org.geokg.kg.ArticleRdf)");
    }

    private static UnsupportedOperationException notYet(String what) {
        return new UnsupportedOperationException(what + " is not built yet");
    }
}
