package org.geokg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.base.file.FileException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geokg.kg.ArticleRdf;
import org.geokg.kg.BaseGraphs;
import org.geokg.kg.JsonLdStreamWriter;
import org.geokg.kg.Shapes;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.sys.DiskFull;
import org.geokg.sys.GeoKgException;
import org.geokg.sys.InputException;
import org.geokg.sys.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    /** The header of {@link #exportEvents}: GDELT 2.0's event columns, then geokg's own. */
    public static final List<String> EVENT_COLUMNS = EventTable.COLUMNS;
    private static final Logger LOG = LoggerFactory.getLogger(GeoKgStore.class);
    /** Store directories open in this JVM (TDB2 shares one connection per directory). */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    /** What a compaction killed midway leaves: its unfinished generation. */
    private static final Pattern KILLED_COMPACTION = Pattern.compile("Data-\\d+-tmp");
    /** Block files of TDB2's B+trees. */
    private static final Pattern BLOCK_FILE = Pattern.compile(".+\\.(dat|idn)");

    private final Path dir;
    private final DatasetGraph dsg;
    private final StoreSettings settings;
    private final EventClusters clusters;
    private volatile boolean closed;
    /** The failure (full disk, TDB2 file error) that stopped a write of this process, or null. */
    private volatile Throwable stoppedBy;

    private GeoKgStore(Path dir, DatasetGraph dsg, StoreSettings settings) {
        this.dir = dir;
        this.dsg = dsg;
        this.settings = settings;
        this.clusters = new EventClusters(settings.clusterWindowDays());
    }

    /**
     * Call before the first {@link #open} of a long-running server: TDB2 then memory-maps its
     * files (faster queries) instead of reading them through bounded heap caches, unless
     * {@code -Dgeokg.tdb.mapped=false} is set.
     */
    public static void preferMappedFiles() {
        TdbMemory.preferMapped();
    }

    /** {@link #open(Path, StoreSettings)} with {@link StoreSettings#DEFAULT}. */
    public static GeoKgStore open(Path dir) {
        return open(dir, StoreSettings.DEFAULT);
    }

    /**
     * Opens (creating if needed) the TDB2 store in {@code dir}, loading the shared graphs when
     * missing or outdated. A new store is created atomically: built with its shared graphs in a
     * temporary directory beside {@code dir} and renamed into place, so a crash or kill while
     * creating it leaves no store (the next open creates it again), never a half-made one. Fails
     * at once with a StoreException when another process holds it.
     */
    public static GeoKgStore open(Path dir, StoreSettings settings) {
        Path abs = dir.toAbsolutePath().normalize();
        if (isNewStore(abs)) {
            createAtomically(abs);
        }
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
            dsg = connect(abs);
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreException("the store " + abs + " is in use by another geokg process"
                        + lockHolder(e) + " (probably `geokg serve`). Stop that process, or send data through "
                        + "the running server's update endpoint (geokg serve --update), or use another store "
                        + "with --db / GEOKG_DB.", e);
            }
            if (DiskFull.causedBy(e)) {
                throw new StoreException(DiskFull.openMessage(abs), e);
            }
            throw new StoreException("cannot open the store " + abs + ": " + e.getMessage()
                    + " (is it a TDB2 directory written by geokg?)", e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        GeoKgStore store = new GeoKgStore(abs, dsg, settings);
        try {
            if (OPEN.add(abs)) {
                removeKilledCompactions(abs);
            }
            store.ensureBaseGraphs();
        } catch (RuntimeException | Error e) {
            store.closeAfter(e);
            if (DiskFull.causedBy(e)) {
                throw new StoreException(DiskFull.openMessage(abs), e);
            }
            if (e instanceof Error err) {
                throw err;
            }
            throw e instanceof GeoKgException g ? g
                    : new StoreException("cannot load the shared graphs into " + abs + ": " + e.getMessage(), e);
        }
        return store;
    }

    /**
     * Deletes the {@code Data-NNNN-tmp} directories a killed compaction left in the store (TDB2
     * removes them only at its next compaction). Called once the store's lock is held and no other
     * user of the store runs in this JVM, so no compaction can be writing them.
     */
    private static void removeKilledCompactions(Path abs) {
        List<Path> left = new ArrayList<>();
        try (Stream<Path> entries = Files.list(abs)) {
            entries.filter(p -> KILLED_COMPACTION.matcher(p.getFileName().toString()).matches()
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(left::add);
        } catch (IOException e) {
            throw new StoreException("cannot list the store directory " + abs + ": " + e.getMessage(), e);
        }
        for (Path p : left) {
            try {
                deleteTree(p);
            } catch (IOException e) {
                throw new StoreException("cannot remove " + p + ", left by a compaction that was stopped: "
                        + e.getMessage() + ". Delete that directory by hand (the store does not use it).", e);
            }
        }
    }

    /**
     * Connects TDB2 to the store. First, when no process holds the store: a block file whose
     * length is not a whole number of blocks (a write cut short when the disk filled; TDB2 would
     * refuse to open the store) has the cut block removed. The cut block lay past the last commit
     * (TDB2 writes new blocks at the end and commits only once they are whole), so no committed
     * data is lost. A journal is cut back to its last whole commit, and a commit it still holds
     * is replayed with memory-mapped files (see {@link TdbMemory}) before the store is opened.
     */
    private static DatasetGraph connect(Path abs) {
        boolean journalToReplay = repairIfFree(abs);
        StoreParams params = storeParams();
        if (journalToReplay && params.getFileMode() == FileMode.direct) {
            // see TdbMemory: direct mode would cut off the blocks of the commit being replayed
            LOG.warn("{}: replaying the journal of a commit the last process did not finish", abs);
            TdbMemory.mapped(() -> {
                TDBInternal.expel(DatabaseMgr.connectDatasetGraph(Location.create(abs)), true);
                return null;
            });
        }
        return TdbMemory.locked(() -> DatabaseMgr.connectDatasetGraph(Location.create(abs), params));
    }

    /**
     * Repairs what a killed process left ({@link #trimCutBlocks}, {@link #hasJournalToReplay})
     * when no process holds the store; true when a journal remains to be replayed.
     */
    private static boolean repairIfFree(Path abs) {
        Path lockFile = abs.resolve("tdb.lock");
        if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            // no lock file: no process holds the store
            return Files.isDirectory(abs) && repair(abs);
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock free = ch.tryLock()) {
            return free != null && repair(abs);
        } catch (OverlappingFileLockException | IOException e) {
            // this JVM or another process holds the store: leave its files alone
            return false;
        }
    }

    private static boolean repair(Path abs) {
        trimCutBlocks(abs);
        try {
            return hasJournalToReplay(abs);
        } catch (IOException e) {
            // TDB2 reports an unreadable journal when it opens the store
            return false;
        }
    }

    /**
     * True when a generation of the store holds a non-empty TDB2 journal (a commit to replay).
     * First cuts each journal back to its last whole commit ({@link JournalTail}): a kill while
     * TDB2 wrote a commit's entries leaves one cut short, which TDB2 would refuse to read.
     */
    private static boolean hasJournalToReplay(Path abs) throws IOException {
        boolean replay = false;
        try (Stream<Path> files = Files.walk(abs, 2)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("journal.jrnl")
                    && p.getParent().getFileName().toString().startsWith("Data-")).toList()) {
                if (JournalTail.cut(f)) {
                    LOG.warn("{}: removed the entries of a commit the last process did not finish writing", f);
                }
                replay |= Files.size(f) > 0;
            }
        }
        return replay;
    }

    /** Cuts block files of the store's generations down to whole blocks; true when one was cut. */
    private static boolean trimCutBlocks(Path abs) {
        int block = StoreParams.getDftStoreParams().getBlockSize();
        boolean cut = false;
        try (Stream<Path> files = Files.walk(abs, 2)) {
            for (Path f : files.filter(p -> BLOCK_FILE.matcher(p.getFileName().toString()).matches()
                    && p.getParent().getFileName().toString().startsWith("Data-")
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                long size = Files.size(f);
                if (size % block != 0) {
                    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                        ch.truncate(size - size % block);
                    }
                    LOG.warn("{}: removed a block cut short by a full disk ({} of {} bytes, past the last commit)",
                            f, size % block, block);
                    cut = true;
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot repair the store " + abs + " (a block file cut short by a full disk): "
                    + e.getMessage(), e);
        }
        return cut;
    }

    /**
     * TDB2's storage settings. Unless {@code -Dgeokg.tdb.mapped=true}, the store's files are
     * read through bounded block caches in the Java heap ({@link TdbMemory}) instead of being
     * memory-mapped, so the process's memory does not grow with the store.
     */
    static StoreParams storeParams() {
        if (!TdbMemory.configure()) {
            return StoreParams.getDftStoreParams();
        }
        return StoreParams.builder(StoreParams.getDftStoreParams())
                .fileMode(FileMode.direct)
                .node2NodeIdCacheSize(TdbMemory.NODE_CACHE)
                .nodeId2NodeCacheSize(TdbMemory.NODE_CACHE)
                .build();
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

    /** True when there is no store at {@code abs} yet: no directory, or an empty one. */
    private static boolean isNewStore(Path abs) {
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(abs)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(abs)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The prefix of the temporary directory in which a store named {@code name} is created. */
    private static String creatingPrefix(String name) {
        return "." + name + ".creating-";
    }

    /**
     * Creates the store at {@code abs} (absent or an empty directory) with its shared graphs in a
     * temporary sibling directory, then renames it into place. Leftovers of creations killed
     * earlier (their process gone) are removed first. When the parent directory cannot hold the
     * temporary directory, the store is created in place as before.
     */
    private static void createAtomically(Path abs) {
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) {
            return;
        }
        String name = abs.getFileName().toString();
        Path tmp = parent.resolve(creatingPrefix(name) + ProcessHandle.current().pid());
        try {
            Files.createDirectories(parent);
            removeStaleCreations(parent, name);
            deleteTree(tmp);
            Files.createDirectory(tmp);
        } catch (IOException e) {
            return; // e.g. a read-only parent holding an empty store directory: create in place
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tmp), storeParams());
            createBaseGraphs(dsg);
            TDBInternal.expel(dsg);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!isNewStore(abs)) {
                    return; // another process created the store meanwhile: use that one
                }
                Files.deleteIfExists(abs);
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            if (DiskFull.causedBy(e)) {
                throw new StoreException(DiskFull.openMessage(abs), e);
            }
            throw new StoreException("cannot create the store " + abs + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteTree(tmp);
            } catch (IOException e) {
                // a leftover is removed by the next creation
            }
        }
    }

    /** Deletes temporary store directories beside {@code name} whose creating process is gone. */
    private static void removeStaleCreations(Path parent, String name) throws IOException {
        String prefix = creatingPrefix(name);
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(stale::add);
        }
        for (Path p : stale) {
            String pid = p.getFileName().toString().substring(prefix.length());
            boolean alive;
            try {
                alive = ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
            } catch (NumberFormatException e) {
                continue;
            }
            if (!alive) {
                deleteTree(p);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Loads the shared graphs when they are missing or their version changed. Looks in a read
     * transaction first, so opening a current store writes nothing (and, for reading, works on a
     * full disk).
     */
    private void ensureBaseGraphs() {
        if (Txn.calculateRead(dsg, () -> baseGraphsCurrent(dsg))) {
            return;
        }
        inWrite(() -> {
            if (!baseGraphsCurrent(dsg)) {
                BaseGraphs.loadInto(dsg);
            }
            return null;
        });
    }

    /**
     * Loads the shared graphs into a store being created. On a full disk the transaction is left
     * unfinished (see {@link #stop}) and the half-made directory is deleted by the caller.
     */
    private static void createBaseGraphs(DatasetGraph dsg) {
        dsg.begin(TxnType.WRITE);
        try {
            BaseGraphs.loadInto(dsg);
            dsg.commit();
        } catch (RuntimeException e) {
            if (!DiskFull.causedBy(e)) {
                dsg.abort();
                dsg.end();
                TDBInternal.expel(dsg);
            }
            throw e;
        }
        dsg.end();
    }

    private static boolean baseGraphsCurrent(DatasetGraph dsg) {
        return BaseGraphs.version().equals(BaseGraphs.loadedVersion(dsg))
                && !dsg.getGraph(KgTerms.CAMEO_GRAPH).isEmpty() && !dsg.getGraph(KgTerms.COUNTRIES_GRAPH).isEmpty();
    }

    /**
     * Stops all use of the store by this process after a write failed on a full disk (or TDB2
     * failed to write one of its files). The write transaction is left as a kill would leave it,
     * not aborted: TDB2's abort writes cached blocks back, which fails again on the full disk
     * (printing its own trace), and writing on after such a failure can leave node ids pointing
     * past the end of the node file (seen on a full tmpfs). Nothing of the transaction was
     * committed, so the next process to open the store finds it as it was after the last commit
     * (TDB2 recovers it like after a crash). Every later call fails with the cause; {@link #close}
     * then leaves the release of the store to the process's exit.
     */
    private void stop(Throwable failure) {
        if (stoppedBy == null) {
            stoppedBy = failure;
        }
    }

    /** True when TDB2 failed to read or write one of its files (not a problem of the data). */
    private static boolean fileFailure(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof FileException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code body} in a write transaction and commits; on failure aborts, or on a full disk
     * stops the store ({@link #stop}).
     */
    private <T> T inWrite(Supplier<T> body) {
        dsg.begin(TxnType.WRITE);
        try {
            T result = body.get();
            dsg.commit();
            return result;
        } catch (RuntimeException | InternalError e) {
            // InternalError: a write into a memory-mapped file the file system had no room for
            if (DiskFull.causedBy(e) || fileFailure(e)) {
                stop(e);
                throw e;
            }
            try {
                dsg.abort();
            } catch (RuntimeException e2) {
                e.addSuppressed(e2);
            }
            throw e;
        } finally {
            if (stoppedBy == null) {
                dsg.end();
            }
        }
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
        List<Prepared> prepared = new ArrayList<>(items.size());
        for (Item it : items) {
            if (it == null || it.article() == null || it.doc() == null) {
                throw new InputException("cannot store an article without its extraction document");
            }
            prepared.add(prepare(it.article(), it.doc()));
        }
        try (BatchWriter w = writer()) {
            List<PutResult> results = new ArrayList<>(items.size());
            for (Prepared p : prepared) {
                results.add(w.add(p));
            }
            w.commit();
            return results;
        }
    }

    /**
     * Turns one article and its extraction into what the store writes: its graph's quads (with
     * the content hash and the cluster keys of its events). Reads nothing from the store, so
     * extraction workers call it on their own threads; thread-safe.
     *
     * @throws InputException when the extraction cannot be turned into RDF
     */
    public static Prepared prepare(Article article, ExtractionDocument doc) {
        String hash = contentHash(article, doc);
        List<Quad> quads = render(article, doc, hash);
        Node g = KgTerms.articleGraph(article.id());
        List<EventClusters.EventFacts> facts = EventClusters.factsOfQuads(g, quads);
        quads.addAll(EventClusters.keyQuads(facts));
        return new Prepared(article, hash, g, quads, facts);
    }

    /**
     * One article ready to be written ({@link #prepare}): immutable once made.
     */
    public static final class Prepared {
        private final Article article;
        private final String hash;
        private final Node graph;
        private final List<Quad> quads;
        private final List<EventClusters.EventFacts> facts;

        private Prepared(Article article, String hash, Node graph, List<Quad> quads,
                List<EventClusters.EventFacts> facts) {
            this.article = article;
            this.hash = hash;
            this.graph = graph;
            this.quads = List.copyOf(quads);
            this.facts = List.copyOf(facts);
        }

        public Article article() {
            return article;
        }

        /** Number of quads of the article's graph. */
        public int quadCount() {
            return quads.size();
        }

        List<Quad> quads() {
            return quads;
        }

        List<EventClusters.EventFacts> facts() {
            return facts;
        }
    }

    /** Quads a batch buffers before writing them into the indexes (about 100 bytes each). */
    private static final int SORTED_BUFFER = Integer.getInteger("geokg.sortedBuffer", 250_000);

    /** Quad indexes a batch writes at the same time (each on its own thread, in the batch's transaction). */
    private static final int INDEX_THREADS = Integer.getInteger("geokg.indexThreads",
            Math.min(6, Runtime.getRuntime().availableProcessors()));

    /**
     * A writer that groups articles into write transactions: {@link BatchWriter#add} puts an
     * article into the open transaction (opening one when needed), {@link BatchWriter#commit}
     * updates the event clusters the batch touched and commits, all or nothing. A crash loses at
     * most the open batch; an article is never half written. Use a writer from ONE thread (TDB2
     * binds a transaction to its thread); close it to abort what was not committed.
     *
     * <pre>{@code
     * try (GeoKgStore.BatchWriter w = store.writer()) {
     *     for (GeoKgStore.Prepared p : prepared) {
     *         w.add(p);
     *         if (w.size() >= 500) {
     *             w.commit();
     *         }
     *     }
     *     w.commit();
     * }
     * }</pre>
     */
    public BatchWriter writer() {
        checkOpen();
        return new BatchWriter();
    }

    /** See {@link #writer()}. Not thread-safe. */
    public final class BatchWriter implements AutoCloseable {
        private final List<EventClusters.EventFacts> seeds = new ArrayList<>();
        private final Map<Node, String> inBatch = new HashMap<>();
        /** Batched writes go index by index in sorted order. */
        private final SortedQuadWriter sorted = new SortedQuadWriter(dsg, SORTED_BUFFER, INDEX_THREADS);
        private boolean inWrite;
        private int size;
        private long quads;
        private long openedAt;
        private long clusterNanos;
        private String firstId;

        private BatchWriter() {
        }

        /**
         * Adds one article to the open batch: {@code UNCHANGED} when the store (or this batch)
         * already holds it with the same content hash, else its graph is replaced in the open
         * write transaction and {@code STORED} is returned, which holds once {@link #commit} returns.
         */
        public PutResult add(Prepared p) {
            checkOpen();
            if (!inWrite) {
                boolean stored = Txn.calculateRead(dsg, () -> isStored(p.graph, p.article.id(), p.hash));
                if (stored) {
                    return PutResult.UNCHANGED;
                }
                dsg.begin(TxnType.WRITE);
                inWrite = true;
                openedAt = System.nanoTime();
                firstId = p.article.id();
            }
            try {
                String batched = inBatch.get(p.graph);
                if (p.hash.equals(batched)) {
                    return PutResult.UNCHANGED;
                }
                if (batched != null) {
                    sorted.flush();
                }
                if (batched == null && isStored(p.graph, p.article.id(), p.hash)) {
                    return PutResult.UNCHANGED;
                }
                seeds.addAll(EventClusters.storedFacts(dsg, p.graph));
                dsg.removeGraph(p.graph);
                p.quads.forEach(sorted::add);
                inBatch.put(p.graph, p.hash);
                seeds.addAll(p.facts);
                size++;
                quads += p.quads.size();
                return PutResult.STORED;
            } catch (RuntimeException e) {
                StoreException f = failure("store article '" + p.article.id() + "'", e);
                stopOrAbort(f);
                throw f;
            }
        }

        /** Articles written in the open transaction (0 when none is open). */
        public int size() {
            return size;
        }

        /** Quads written in the open transaction. */
        public long quads() {
            return quads;
        }

        /** Milliseconds this writer spent updating clusters, over all its commits. */
        public long clusterMillis() {
            return clusterNanos / 1_000_000;
        }

        /** CPU milliseconds the index-writing threads spent for this writer (0 when it writes the indexes itself). */
        public long indexCpuMillis() {
            return sorted.helperCpuNanos() / 1_000_000;
        }

        /** Milliseconds since the open transaction began (0 when none is open). */
        public long openMillis() {
            return inWrite ? (System.nanoTime() - openedAt) / 1_000_000 : 0;
        }

        /** Updates the clusters the batch touched and commits; a no-op when nothing is open. */
        public void commit() {
            if (!inWrite) {
                return;
            }
            try {
                sorted.flush();
                long t0 = System.nanoTime();
                clusters.update(dsg, seeds);
                clusterNanos += System.nanoTime() - t0;
                dsg.commit();
            } catch (RuntimeException e) {
                StoreException f = failure("commit the batch", e);
                stopOrAbort(f);
                throw f;
            } finally {
                if (inWrite && stoppedBy == null) {
                    dsg.end();
                }
                reset();
            }
        }

        /**
         * After a failed write: on a full disk the store stops (see {@link GeoKgStore#stop}),
         * otherwise the transaction is aborted.
         */
        private void stopOrAbort(RuntimeException failure) {
            if (DiskFull.causedBy(failure) || fileFailure(failure)) {
                stop(failure);
                reset();
            } else {
                abort();
            }
        }

        /** Drops what the open transaction wrote. */
        public void abort() {
            if (inWrite && stoppedBy != null) {
                reset(); // stopped: the transaction is left as a crash leaves it
            }
            if (inWrite) {
                try {
                    dsg.abort();
                } finally {
                    dsg.end();
                    reset();
                }
            }
        }

        private void reset() {
            inWrite = false;
            size = 0;
            quads = 0;
            seeds.clear();
            inBatch.clear();
            sorted.clear();
            firstId = null;
        }

        private StoreException failure(String what, RuntimeException e) {
            String batch = firstId == null ? "" : " (batch starting with '" + firstId + "')";
            return e instanceof StoreException se ? se : new StoreException("cannot " + what + batch + ": "
                    + e.getMessage() + "; nothing of this batch was written", e);
        }

        @Override
        public void close() {
            abort();
        }
    }

    /**
     * A bulk load for large first loads through TDB2's bulk loader (far faster than transactional
     * writes: it sorts and builds the indexes in passes), then the event clusters computed in one
     * pass. The result is the same store as writing the articles batch by batch. When the store
     * holds no article yet, {@link BulkLoad#add} streams each article's quads straight into the
     * loader; otherwise it spools them to an N-Quads file beside the store, so that an article
     * already stored with the same content is found UNCHANGED and one stored with other content
     * has its old graph removed before the load. An article id met twice with different content
     * is refused (the batched path replaces it instead).
     *
     * <p>TDB2's bulk loader is not one transaction: a crash or kill before {@link BulkLoad#finish}
     * returns can leave the store incomplete; delete the store and run the load again (for updates
     * of a live store use the batched path). Not thread-safe: ONE thread adds and finishes, and no
     * other use of the store may run meanwhile (the loader holds it exclusively).
     */
    public BulkLoad bulkLoad() {
        checkOpen();
        return new BulkLoad(!hasArticles());
    }

    /** See {@link #bulkLoad()}. */
    public final class BulkLoad implements AutoCloseable {
        private final boolean direct;
        private final Map<Node, String> seen = new HashMap<>();
        private final List<Node> replaced = new ArrayList<>();
        private Path spool;
        private OutputStream out;
        private StreamRDF writer;
        private DataLoader loader;
        private long quads;
        private boolean done;

        private BulkLoad(boolean direct) {
            this.direct = direct;
        }

        /** True when quads go straight into the loader (the store held no article). */
        public boolean direct() {
            return direct;
        }

        /** Hands one article to the load; UNCHANGED when the store already holds it with the same content. */
        public PutResult add(Prepared p) {
            if (done) {
                throw new StoreException("the bulk load into " + dir + " is finished");
            }
            String before = seen.get(p.graph);
            if (before != null) {
                if (before.equals(p.hash)) {
                    return PutResult.UNCHANGED;
                }
                throw new InputException("article '" + p.article.id() + "' appears twice in this bulk load with "
                        + "different content; ingest without --bulk replaces it instead");
            }
            seen.put(p.graph, p.hash);
            if (!direct) {
                boolean[] state = Txn.calculateRead(dsg, () -> new boolean[] {
                    isStored(p.graph, p.article.id(), p.hash), dsg.containsGraph(p.graph)});
                if (state[0]) {
                    return PutResult.UNCHANGED;
                }
                if (state[1]) {
                    replaced.add(p.graph);
                }
            }
            StreamRDF target = target();
            p.quads.forEach(target::quad);
            quads += p.quads.size();
            return PutResult.STORED;
        }

        private StreamRDF target() {
            if (writer != null) {
                return writer;
            }
            if (direct) {
                loader = newLoader();
                loader.startBulk();
                writer = loader.stream();
                return writer;
            }
            try {
                spool = Files.createTempFile(dir, "bulk-", ".nq");
                out = new java.io.BufferedOutputStream(Files.newOutputStream(spool), 1 << 20);
            } catch (IOException e) {
                throw new StoreException("cannot create the bulk-load spool file in " + dir + ": " + e.getMessage(), e);
            }
            writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            return writer;
        }

        /** TDB2's parallel bulk loader on this store, without progress output. */
        private DataLoader newLoader() {
            return LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
        }

        /** Quads handed to the load so far. */
        public long quads() {
            return quads;
        }

        /** Completes the load and recomputes the clusters; a no-op the second time. */
        public void finish() {
            if (done) {
                return;
            }
            done = true;
            try {
                if (loader != null) {
                    loader.finishBulk();
                } else if (writer != null) {
                    writer.finish();
                    out.close();
                    if (!replaced.isEmpty()) {
                        Txn.executeWrite(dsg, () -> replaced.forEach(dsg::removeGraph));
                    }
                    DataLoader fromSpool = newLoader();
                    fromSpool.startBulk();
                    try {
                        fromSpool.load(spool.toString());
                        fromSpool.finishBulk();
                    } catch (RuntimeException e) {
                        fromSpool.finishException(e);
                        throw e;
                    }
                }
                if (quads > 0) {
                    Txn.executeWrite(dsg, () -> clusters.recomputeAll(dsg));
                }
            } catch (IOException | RuntimeException e) {
                if (loader != null) {
                    try {
                        loader.finishException(e instanceof RuntimeException re ? re : new RuntimeException(e));
                    } catch (RuntimeException ignored) {
                        // the first failure is the one reported
                    }
                }
                throw new StoreException("bulk load into " + dir + " failed: " + e.getMessage()
                        + "; the store may be incomplete: delete it and load again", e);
            } finally {
                deleteSpool();
            }
        }

        private void deleteSpool() {
            if (spool == null) {
                return;
            }
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                // a leftover spool file is named bulk-*.nq in the store directory
            }
        }

        /** Ends the load: what was handed over is loaded (a started TDB2 bulk load cannot be undone). */
        @Override
        public void close() {
            if (!done && loader != null) {
                finish();
            } else if (!done) {
                done = true;
                try {
                    if (out != null) {
                        out.close();
                    }
                } catch (IOException e) {
                    // nothing was loaded
                }
                deleteSpool();
            }
        }
    }

    /** What {@link #bulkImport} loaded: quads read, quads of shared graphs skipped, clusters recomputed or not. */
    public record BulkImport(long quads, long sharedSkipped, boolean clustersRecomputed) {
    }

    /**
     * Loads N-Quads or TriG files (by extension, also gzipped: the shards of the Spark job, or
     * exports) into a store that holds no article yet, through TDB2's parallel bulk loader. Quads
     * of the shared graphs are skipped (the store keeps its own, of its version); the clusters
     * graph is loaded as the files have it, and recomputed from the events' cluster keys only
     * when no file has one. Not one transaction: when it fails the store may be incomplete
     * (delete it and load again). No other use of the store may run meanwhile.
     *
     * @throws InputException when the store already holds articles or a file is not RDF
     */
    public BulkImport bulkImport(List<Path> files) {
        checkOpen();
        if (hasArticles()) {
            throw new InputException("the store " + dir + " already holds articles, and TDB2's bulk loader is not "
                    + "transactional: import --bulk into a new store (--db NEWDIR), or import the files one by one "
                    + "without --bulk");
        }
        long[] skipped = {0};
        boolean[] clustersRead = {false};
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        StreamRDF sink = new StreamRDFWrapper(loader.stream()) {
            @Override
            public void quad(Quad q) {
                if (KgTerms.isBaseGraph(q.getGraph())) {
                    skipped[0]++;
                    return;
                }
                if (q.getGraph().equals(KgTerms.CLUSTERS_GRAPH)) {
                    clustersRead[0] = true;
                }
                super.quad(q);
            }

            @Override
            public void start() {
                // one load over all files: started and finished by the loader
            }

            @Override
            public void finish() {
                // see start()
            }
        };
        Path current = null;
        try {
            for (Path f : files) {
                current = f;
                String name = f.getFileName().toString();
                boolean gz = name.toLowerCase(Locale.ROOT).endsWith(".gz");
                Lang lang = RDFLanguages.filenameToLang(gz ? name.substring(0, name.length() - 3) : name);
                if (lang == null) {
                    throw new RiotException("unknown RDF file type (use .nq or .trig, optionally .gz)");
                }
                try (InputStream in = gz ? new GZIPInputStream(Files.newInputStream(f), 1 << 16)
                        : Files.newInputStream(f)) {
                    RDFParser.source(in).lang(lang).parse(sink);
                } catch (IOException e) {
                    throw new RiotException("cannot read: " + e.getMessage(), e);
                }
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            try {
                loader.finishException(e);
            } catch (RuntimeException ignored) {
                // the first failure is the one reported
            }
            String what = "bulk import into " + dir + " failed on " + current + ": " + e.getMessage()
                    + "; the store may be incomplete: delete it and load again";
            throw e instanceof RiotException ? new InputException(what, e) : new StoreException(what, e);
        }
        boolean recompute = !clustersRead[0];
        if (recompute) {
            Txn.executeWrite(dsg, () -> {
                EventClusters.indexUnindexedGraphs(dsg);
                clusters.recomputeAll(dsg);
            });
        }
        return new BulkImport(loader.countQuads() + loader.countTriples(), skipped[0], recompute);
    }

    /**
     * Null when both stores hold the same named graphs with isomorphic contents (and the same
     * default graph), else the first difference in words. Compares graph by graph, so memory
     * holds two graphs at a time, not two stores.
     */
    public String differenceFrom(GeoKgStore other) {
        checkOpen();
        other.checkOpen();
        return Txn.calculateRead(dsg, () -> Txn.calculateRead(other.dsg, () -> {
            Set<Node> mine = new TreeSet<>(Comparator.comparing(Node::toString));
            dsg.listGraphNodes().forEachRemaining(mine::add);
            Set<Node> theirs = new TreeSet<>(Comparator.comparing(Node::toString));
            other.dsg.listGraphNodes().forEachRemaining(theirs::add);
            if (!mine.equals(theirs)) {
                Set<Node> onlyHere = new TreeSet<>(Comparator.comparing(Node::toString));
                onlyHere.addAll(mine);
                onlyHere.removeAll(theirs);
                Set<Node> onlyThere = new TreeSet<>(Comparator.comparing(Node::toString));
                onlyThere.addAll(theirs);
                onlyThere.removeAll(mine);
                return mine.size() + " graphs against " + theirs.size() + "; only in " + dir + ": "
                        + first(onlyHere) + "; only in " + other.dir + ": " + first(onlyThere);
            }
            for (Node g : mine) {
                Graph a = GraphFactory.createDefaultGraph();
                Graph b = GraphFactory.createDefaultGraph();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> a.add(q.asTriple()));
                other.dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> b.add(q.asTriple()));
                if (!a.isIsomorphicWith(b)) {
                    return "graph <" + g.getURI() + "> differs: " + a.size() + " triples against " + b.size();
                }
            }
            return null;
        }));
    }

    private static String first(Set<Node> nodes) {
        return nodes.isEmpty() ? "none" : nodes.iterator().next() + (nodes.size() > 1 ? " and " + (nodes.size() - 1)
                + " more" : "");
    }

    /** Bytes of all files under the store directory. */
    public long diskBytes() {
        return diskBytes(dir);
    }

    /** Bytes of all files under a directory (0 when it does not exist). */
    public static long diskBytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new StoreException("cannot measure the store directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * TDB2 compaction: copies the live data into a new generation of the store and deletes the
     * old one, giving back the space that replaced and deleted data held (TDB2 never overwrites
     * in place). Needs no other transaction to be running. The old generation's files may stay
     * on disk until the store is closed.
     */
    public void compact() {
        checkOpen();
        try {
            DatabaseMgr.compact(dsg, true);
        } catch (RuntimeException e) {
            throw new StoreException("cannot compact the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** True when the article's graph carries this content hash (call inside a transaction). */
    private boolean isStored(Node graph, String articleId, String hash) {
        return dsg.contains(graph, KgTerms.article(articleId), KgTerms.CONTENT_HASH,
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

    /** True when at least one article is stored (one index lookup). */
    public boolean hasArticles() {
        checkOpen();
        return Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), KgTerms.NEWS_ARTICLE)
                .hasNext());
    }

    /** Number of quads in an article's graph (0 when it is not stored). */
    public long graphSize(String articleId) {
        checkOpen();
        Node g = KgTerms.articleGraph(articleId);
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)));
    }

    /**
     * A consistency check that changes nothing: null when the clusters graph equals what a
     * recomputation from every stored event gives, else the first difference.
     */
    public String clustersDifferFromRecomputed() {
        checkOpen();
        dsg.begin(TxnType.WRITE);
        try {
            Set<Quad> before = new HashSet<>(EventClusters.clusterQuads(dsg));
            clusters.recomputeAll(dsg);
            Set<Quad> after = new HashSet<>(EventClusters.clusterQuads(dsg));
            if (before.equals(after)) {
                return null;
            }
            Set<Quad> missing = new HashSet<>(after);
            missing.removeAll(before);
            Set<Quad> extra = new HashSet<>(before);
            extra.removeAll(after);
            return missing.size() + " cluster triples missing (e.g. " + missing.stream().findFirst().orElse(null)
                    + "), " + extra.size() + " extra (e.g. " + extra.stream().findFirst().orElse(null) + ")";
        } finally {
            dsg.abort();
            dsg.end();
        }
    }

    /** Removes an article's graph and updates the clusters it supported; false if it was absent. */
    public boolean remove(String articleId) {
        checkOpen();
        Node g = KgTerms.articleGraph(articleId);
        return inWrite(() -> {
            if (dsg.getGraph(g).isEmpty()) {
                return false;
            }
            List<EventClusters.EventFacts> seeds = EventClusters.storedFacts(dsg, g);
            dsg.removeGraph(g);
            clusters.update(dsg, seeds);
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
     * Writes the store, streaming (memory does not grow with the store): trig or nq (all
     * graphs, graph by graph, or only {@code graphIri}); ttl (the union of the named graphs,
     * each triple once, or only {@code graphIri}); jsonld (one JSON-LD 1.1 document with one
     * {@code @graph} object per named graph, or only {@code graphIri} as the document's graph).
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
                    if (graph == null) {
                        dsg.getDefaultGraph().find().forEachRemaining(w::triple);
                        for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext();) {
                            dsg.find(names.next(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(w::quad);
                        }
                    } else {
                        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(w::quad);
                    }
                    w.finish();
                }
                case "ttl" -> {
                    StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                    w.start();
                    if (graph == null) {
                        StreamRDFOps.sendPrefixesToStream(dsg.prefixes(), w);
                        UnionTriples.named(dsg).forEachRemaining(w::triple);
                    } else {
                        StreamRDFOps.sendGraphToStream(dsg.getGraph(graph), w);
                    }
                    w.finish();
                }
                default -> {
                    try (JsonLdStreamWriter w = new JsonLdStreamWriter(out)) {
                        if (graph == null) {
                            w.graph(null, dsg.getDefaultGraph().find());
                            for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext();) {
                                Node g = names.next();
                                w.graph(g, Iter.map(dsg.find(g, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple));
                            }
                        } else {
                            w.graph(null, dsg.getGraph(graph).find());
                        }
                    }
                }
            }
        });
    }

    /**
     * Writes the events as CSV (RFC 4180, UTF-8), one row per event in the columns of GDELT 2.0's
     * event table followed by geokg's own ({@link EventTable}; README "Events as CSV"), for
     * every article graph or only {@code graphIri}. Streaming: one article graph at a time, so
     * memory does not grow with the store. Returns the number of rows.
     */
    public long exportEvents(String graphIri, OutputStream out) {
        checkOpen();
        Node graph = graphIri == null || graphIri.isBlank() ? null : NodeFactory.createURI(graphIri.strip());
        if (graph != null && !KgTerms.isArticleGraph(graph)) {
            throw new InputException("<" + graphIri + "> is not an article graph; events are in the graphs "
                    + "https://w3id.org/geokg/graph/article/...");
        }
        return Txn.calculateRead(dsg, () -> {
            if (graph != null && !dsg.containsGraph(graph)) {
                throw new InputException("the store has no graph <" + graphIri + ">; list graphs with "
                        + "SELECT DISTINCT ?g { GRAPH ?g { } }");
            }
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            return new EventTable(dsg).writeCsv(graph, w);
        });
    }

    /**
     * Imports a TriG or N-Quads file (by extension; .trig, .nq, also .ttl/.nt into the default
     * graph), parsed as a stream straight into ONE write transaction: each named graph in the
     * file replaces the store's graph of the same name (cleared when the file first names it;
     * default-graph triples are added), then the clusters are recomputed. A syntax error aborts
     * the transaction, so a broken file changes nothing. Memory does not grow with the file: TDB2
     * keeps the transaction's changes on disk, and graphs already cleared are remembered by a
     * marker quad in the store (removed before the commit), not in a set. Returns the number of
     * quads and triples read.
     */
    public long importFile(Path file) {
        checkOpen();
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !(RDFLanguages.isQuads(lang) || RDFLanguages.isTriples(lang))) {
            throw new InputException("cannot import " + file + ": unknown RDF file type (use .trig or .nq)");
        }
        Node mark = NodeFactory.createURI(IMPORT_MARK + UUID.randomUUID());
        try (InputStream is = Files.newInputStream(file)) {
            return inWrite(() -> {
                ImportSink sink = new ImportSink(dsg, mark);
                RDFParser.source(is).lang(lang).parse(sink);
                dsg.deleteAny(Node.ANY, Node.ANY, mark, Node.ANY);
                EventClusters.indexUnindexedGraphs(dsg);
                clusters.recomputeAll(dsg);
                return sink.read;
            });
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage() + "; nothing was imported", e);
        } catch (RiotException e) {
            throw new InputException("cannot import " + file + ": " + e.getMessage() + "; nothing was imported", e);
        } catch (GeoKgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot import " + file + ": " + e.getMessage() + "; nothing was imported", e);
        }
    }

    /** Prefix of the predicate of the marker quads {@link #importFile} writes while it runs. */
    static final String IMPORT_MARK = "urn:x-geokg:import-clears:";

    /** Adds parsed quads to the store, clearing each named graph the first time it is met. */
    private static final class ImportSink extends StreamRDFBase {
        private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
        private final DatasetGraph dsg;
        private final Node mark;
        private Node current;
        long read;

        ImportSink(DatasetGraph dsg, Node mark) {
            this.dsg = dsg;
            this.mark = mark;
        }

        @Override
        public void triple(Triple t) {
            dsg.add(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
            read++;
        }

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (g == null || q.isDefaultGraph()) {
                triple(q.asTriple());
                return;
            }
            if (!g.equals(current)) {
                current = g;
                if (!dsg.contains(g, g, mark, TRUE)) {
                    dsg.removeGraph(g);
                    dsg.add(g, g, mark, TRUE);
                }
            }
            dsg.add(q);
            read++;
        }
    }

    /**
     * Validates all graphs against the SHACL shapes of the ontology, streaming: the union of all
     * graphs is read subject by subject and validated in chunks, with the same results as
     * validating it whole (see {@link Shapes#validate(Iterator, Graph)}).
     */
    public Shapes.Report validate() {
        checkOpen();
        return Txn.calculateRead(dsg, () -> Shapes.validate(UnionTriples.withDefault(dsg),
                new Union(dsg.getDefaultGraph(), dsg.getUnionGraph())));
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
        Throwable full = stoppedBy;
        if (full != null) {
            throw new StoreException("the store " + dir + " stopped after a failed write: " + full.getMessage(), full);
        }
    }

    /** Releases the store directory (and its lock) so another process can open it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stoppedBy != null) {
            return; // its write transaction was left open (see stop): the process's exit releases the store
        }
        OPEN.remove(dir);
        TDBInternal.expel(dsg);
    }

    /**
     * Closes the store after {@code failure}; a failure to close (TDB2 refuses to release a store
     * whose transaction could not end, e.g. on a full disk) is added to it, never hiding it.
     */
    private void closeAfter(Throwable failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
