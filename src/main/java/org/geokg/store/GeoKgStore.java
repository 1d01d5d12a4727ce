package org.geokg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geokg.kg.ArticleRdf;
import org.geokg.kg.BaseGraphs;
import org.geokg.kg.Shapes;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.sys.GeoKgException;
import org.geokg.sys.InputException;
import org.geokg.sys.StoreException;

/**
 * The TDB2 store of geokg: one named graph per article (replaced whole on re-ingest), the
 * shared graphs (ontology, CAMEO scheme, countries), a clusters graph of cross-article
 * corroboration. SPARQL queries see the union of all named graphs as
 * their default graph.
 *
 * <pre>{@code
 * try (GeoKgStore store = GeoKgStore.open(Path.of("geokg-data"))) {
 *     store.put(article, extraction);
 *     store.query("SELECT * { ?s ?p ?o } LIMIT 5", Map.of(), "table", System.out);
 * }
 * }</pre>
 *
 * <p>Only one process can open a store directory; a second process fails at once with a
 * {@link StoreException}. Within the process the store is thread-safe: every operation runs in
 * its own TDB2 transaction (many readers, one writer at a time). Every write is all-or-nothing,
 * so a crash never leaves half an article visible.
 */
public final class GeoKgStore implements AutoCloseable {

    /** Outcome of storing one article. */
    public enum PutResult { STORED, UNCHANGED }

    /** One article and its extraction, for {@link #putBatch}. */
    public record Item(Article article, ExtractionDocument doc) {
    }

    /** Formats of {@link #export}. */
    public static final List<String> EXPORT_FORMATS = List.of("trig", "nq", "ttl", "jsonld");

    private final Path dir;
    private final DatasetGraph dsg;
    private final StoreSettings settings;
    private final EventClusters clusters;
    private volatile boolean closed;

    private GeoKgStore(Path dir, DatasetGraph dsg, StoreSettings settings) {
        this.dir = dir;
        this.dsg = dsg;
        this.settings = settings;
        this.clusters = new EventClusters(settings.clusterWindowDays());
    }

    /** {@link #open(Path, StoreSettings)} with {@link StoreSettings#DEFAULT}. */
    public static GeoKgStore open(Path dir) {
        return open(dir, StoreSettings.DEFAULT);
    }

    /**
     * Opens (creating if needed) the TDB2 store in {@code dir}, loading the shared graphs when
     * missing or outdated. Fails at once with a StoreException when another process holds it.
     */
    public static GeoKgStore open(Path dir, StoreSettings settings) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + abs + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(abs) || !Files.isWritable(abs)) {
            throw new StoreException("the store directory " + abs + " is not a writable directory; "
                    + "choose another with --db or GEOKG_DB");
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(abs));
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreException("the store " + abs + " is in use by another geokg process"
                        + lockHolder(e) + " (probably `geokg serve`). Stop that process, or send data through "
                        + "the running server's update endpoint (geokg serve --update), or use another store "
                        + "with --db / GEOKG_DB.", e);
            }
            throw new StoreException("cannot open the store " + abs + ": " + e.getMessage()
                    + " (is it a TDB2 directory written by geokg?)", e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        GeoKgStore store = new GeoKgStore(abs, dsg, settings);
        try {
            store.ensureBaseGraphs();
        } catch (RuntimeException e) {
            store.close();
            throw e instanceof GeoKgException g ? g
                    : new StoreException("cannot load the shared graphs into " + abs + ": " + e.getMessage(), e);
        }
        return store;
    }

    private static final Pattern HOLDER_PID = Pattern.compile("held by process (\\d+)");

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t.getClass().getSimpleName().equals("AlreadyLocked")
                    || (m != null && (m.contains("tdb.lock") || m.contains("Failed to get a lock")))) {
                return true;
            }
        }
        return false;
    }

    private static String lockHolder(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                Matcher pid = HOLDER_PID.matcher(m);
                if (pid.find()) {
                    return " (pid " + pid.group(1) + ")";
                }
            }
        }
        return "";
    }

    /** Loads the shared graphs when they are missing or their version changed. */
    private void ensureBaseGraphs() {
        String version = BaseGraphs.version();
        Txn.executeWrite(dsg, () -> {
            boolean current = version.equals(BaseGraphs.loadedVersion(dsg))
                    && !dsg.getGraph(KgTerms.CAMEO_GRAPH).isEmpty() && !dsg.getGraph(KgTerms.COUNTRIES_GRAPH).isEmpty();
            if (!current) {
                BaseGraphs.loadInto(dsg);
            }
        });
    }

    /** The store directory. */
    public Path directory() {
        return dir;
    }

    /** The settings the store was opened with. */
    public StoreSettings settings() {
        return settings;
    }

    /**
     * The TDB2 dataset, for the server. Use it only inside transactions; its context has the
     * union default graph set.
     */
    public DatasetGraph dataset() {
        checkOpen();
        return dsg;
    }

    /**
     * Stores one article: if its content hash (article text and metadata, extractor version and
     * the extraction JSON) equals the stored one, nothing is written ({@code UNCHANGED});
     * otherwise one write transaction replaces the article's graph and updates the event
     * clusters it touches ({@code STORED}).
     */
    public PutResult put(Article article, ExtractionDocument doc) {
        return putBatch(List.of(new Item(article, doc))).get(0);
    }

    /**
     * Stores several articles in ONE write transaction (all or nothing); returns one result per
     * item, in order. A later item with the same article id replaces an earlier one.
     */
    public List<PutResult> putBatch(List<Item> items) {
        checkOpen();
        List<String> hashes = new ArrayList<>(items.size());
        List<List<Quad>> rdf = new ArrayList<>(items.size());
        for (Item it : items) {
            if (it == null || it.article() == null || it.doc() == null) {
                throw new InputException("cannot store an article without its extraction document");
            }
            String hash = contentHash(it.article(), it.doc());
            hashes.add(hash);
            rdf.add(render(it.article(), it.doc(), hash));
        }
        boolean allUnchanged = Txn.calculateRead(dsg, () -> {
            for (int i = 0; i < items.size(); i++) {
                if (!isStored(items.get(i).article(), hashes.get(i))) {
                    return false;
                }
            }
            return true;
        });
        if (allUnchanged) {
            return Collections.nCopies(items.size(), PutResult.UNCHANGED);
        }
        try {
            return Txn.calculateWrite(dsg, () -> {
                List<PutResult> results = new ArrayList<>(items.size());
                Set<String> groups = new TreeSet<>();
                for (int i = 0; i < items.size(); i++) {
                    Article a = items.get(i).article();
                    Node g = KgTerms.articleGraph(a.id());
                    if (isStored(a, hashes.get(i))) {
                        results.add(PutResult.UNCHANGED);
                        continue;
                    }
                    groups.addAll(clusters.groupsOfGraph(dsg, g));
                    dsg.removeGraph(g);
                    for (Quad q : rdf.get(i)) {
                        dsg.add(q);
                    }
                    groups.addAll(clusters.groupsOfGraph(dsg, g));
                    results.add(PutResult.STORED);
                }
                clusters.updateGroups(dsg, groups);
                return results;
            });
        } catch (GeoKgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot store " + items.size() + " article(s) starting with '"
                    + (items.isEmpty() ? "" : items.get(0).article().id()) + "': " + e.getMessage()
                    + "; nothing of this batch was written", e);
        }
    }

    /** True when the article's graph carries this content hash (call inside a transaction). */
    private boolean isStored(Article a, String hash) {
        return dsg.contains(KgTerms.articleGraph(a.id()), KgTerms.article(a.id()), KgTerms.CONTENT_HASH,
                NodeFactory.createLiteralString(hash));
    }

    /** The RDF of one article, every triple placed in the article's graph. */
    static List<Quad> render(Article article, ExtractionDocument doc, String hash) {
        Node g = KgTerms.articleGraph(article.id());
        List<Quad> quads = new ArrayList<>();
        StreamRDF collector = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                quads.add(Quad.create(g, t));
            }

            @Override
            public void quad(Quad q) {
                quads.add(q.isDefaultGraph() || q.getGraph() == null ? Quad.create(g, q.asTriple()) : q);
            }
        };
        try {
            ArticleRdf.write(article, doc, hash, collector);
        } catch (GeoKgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException("cannot turn article '" + article.id() + "' into RDF: " + e.getMessage(), e);
        }
        for (Quad q : quads) {
            if (!q.getGraph().equals(g)) {
                throw new StoreException("the RDF of article '" + article.id() + "' writes into graph <"
                        + q.getGraph() + ">, not into its own graph " + g + " (bug in ArticleRdf)");
            }
        }
        return quads;
    }

    /**
     * The content hash stored as {@code gkg:contentHash}: SHA-256 (hex) of the article's text
     * and metadata, the extractor version and the JSON of the extraction document.
     */
    public static String contentHash(Article a, ExtractionDocument doc) {
        return ArticleRdf.contentHash(a, doc);
    }

    /** True when an article with this id is stored. */
    public boolean contains(String articleId) {
        checkOpen();
        Node g = KgTerms.articleGraph(articleId);
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(g) && !dsg.getGraph(g).isEmpty());
    }

    /** Removes an article's graph and updates the clusters it supported; false if it was absent. */
    public boolean remove(String articleId) {
        checkOpen();
        Node g = KgTerms.articleGraph(articleId);
        return Txn.calculateWrite(dsg, () -> {
            if (dsg.getGraph(g).isEmpty()) {
                return false;
            }
            Set<String> groups = clusters.groupsOfGraph(dsg, g);
            dsg.removeGraph(g);
            clusters.updateGroups(dsg, groups);
            return true;
        });
    }

    /**
     * Runs a SPARQL query; {@code params} are bound as RDF terms (never spliced into the text,
     * typing rule in {@link ParamLib}); format is table, csv, tsv, json or xml for SELECT/ASK,
     * turtle (ttl), trig, jsonld, nt or nq for CONSTRUCT/DESCRIBE. The query stops after the
     * store's query timeout. Bad SPARQL or an unknown format is an {@link InputException}.
     */
    public void query(String sparql, Map<String, String> params, String format, OutputStream out) {
        query(sparql, params, format, out, settings.queryTimeoutMillis());
    }

    /** {@link #query(String, Map, String, OutputStream)} with its own timeout (e.g. from --timeout). */
    public void query(String sparql, Map<String, String> params, String format, OutputStream out,
            long timeoutMillis) {
        checkOpen();
        if (timeoutMillis <= 0) {
            throw new InputException("the query timeout must be positive, got " + timeoutMillis + " ms");
        }
        Binding binding = ParamLib.binding(params);
        QueryRunner.run(dsg, sparql, binding, format, timeoutMillis, out);
    }

    /**
     * Writes the store: trig or nq (all graphs, or only {@code graphIri}), ttl or jsonld (the
     * union of all graphs, or only {@code graphIri}).
     */
    public void export(String format, String graphIri, OutputStream out) {
        checkOpen();
        String f = format == null ? "trig" : format.strip().toLowerCase(Locale.ROOT);
        if (f.equals("turtle")) {
            f = "ttl";
        } else if (f.equals("json-ld")) {
            f = "jsonld";
        } else if (f.equals("nquads") || f.equals("n-quads")) {
            f = "nq";
        }
        if (!EXPORT_FORMATS.contains(f)) {
            throw new InputException("unknown export format '" + format + "'; use one of " + EXPORT_FORMATS);
        }
        String fmt = f;
        Node graph = graphIri == null || graphIri.isBlank() ? null : NodeFactory.createURI(graphIri.strip());
        Txn.executeRead(dsg, () -> {
            if (graph != null && !dsg.containsGraph(graph)) {
                throw new InputException("the store has no graph <" + graphIri + ">; list graphs with "
                        + "SELECT DISTINCT ?g { GRAPH ?g { } }");
            }
            switch (fmt) {
                case "trig", "nq" -> {
                    StreamRDF w = StreamRDFWriter.getWriterStream(out,
                            fmt.equals("trig") ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
                    w.start();
                    Iterator<Quad> it = graph == null ? dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                            : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
                    it.forEachRemaining(w::quad);
                    w.finish();
                }
                case "ttl" -> {
                    StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                    w.start();
                    StreamRDFOps.sendGraphToStream(graph == null ? dsg.getUnionGraph() : dsg.getGraph(graph), w);
                    w.finish();
                }
                default -> {
                    Graph g = graph == null ? dsg.getUnionGraph() : dsg.getGraph(graph);
                    RDFDataMgr.write(out, g, Lang.JSONLD);
                }
            }
        });
    }

    /**
     * Imports a TriG or N-Quads file (by extension; .trig, .nq, also .ttl/.nt into the default
     * graph) in ONE write transaction. Each named graph in the file replaces the store's graph
     * of the same name; the clusters are then recomputed. The file is parsed completely before
     * the store is touched, so a syntax error changes nothing.
     */
    public long importFile(Path file) {
        checkOpen();
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !(RDFLanguages.isQuads(lang) || RDFLanguages.isTriples(lang))) {
            throw new InputException("cannot import " + file + ": unknown RDF file type (use .trig or .nq)");
        }
        DatasetGraph in = DatasetGraphFactory.createTxnMem();
        try (InputStream is = Files.newInputStream(file)) {
            RDFParser.source(is).lang(lang).parse(in);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new InputException("cannot import " + file + ": " + e.getMessage() + "; nothing was imported", e);
        }
        return Txn.calculateWrite(dsg, () -> {
            long n = 0;
            List<Node> names = Iter.toList(in.listGraphNodes());
            for (Node g : names) {
                dsg.removeGraph(g);
                for (Iterator<Quad> it = in.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext();) {
                    dsg.add(it.next());
                    n++;
                }
            }
            for (Iterator<Triple> it = in.getDefaultGraph().find(); it.hasNext();) {
                dsg.getDefaultGraph().add(it.next());
                n++;
            }
            clusters.recomputeAll(dsg);
            return n;
        });
    }

    /** Validates all graphs against the SHACL shapes of the ontology. */
    public Shapes.Report validate() {
        checkOpen();
        return Txn.calculateRead(dsg, () -> Shapes.validate(dsg));
    }

    /** {@link #stats(boolean)} without the quad count (which is a full scan). */
    public Stats stats() {
        return stats(false);
    }

    /**
     * Counts of articles, entities, events, claims, quantities and clusters, read from the
     * counts each article carries ({@link StoreStats}); with {@code countQuads} also the exact
     * number of quads, which reads every quad of the store.
     */
    public Stats stats(boolean countQuads) {
        checkOpen();
        return Txn.calculateRead(dsg, () -> StoreStats.read(dsg, countQuads));
    }

    /** Number of quads in all graphs. */
    public long size() {
        checkOpen();
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("the store " + dir + " is closed");
        }
    }

    /** Releases the store directory (and its lock) so another process can open it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        TDBInternal.expel(dsg);
    }
}
