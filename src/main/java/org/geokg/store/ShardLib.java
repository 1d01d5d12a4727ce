package org.geokg.store;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.geokg.kg.BaseGraphs;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.sys.InputException;

/**
 * The store's RDF as text shards, for engines that build the graph elsewhere (the Spark job):
 * an article's graph exactly as {@link GeoKgStore} writes it (content hash and cluster keys
 * included), the clusters of one group of events exactly as the store's clustering writes them,
 * and the shared graphs. Loading the shards of a set of articles into a store
 * ({@code geokg import --bulk}) gives the store that {@code geokg ingest} of the same articles
 * builds.
 *
 * <pre>{@code
 * ShardLib.ArticleShard shard = ShardLib.render(article, extractor.extract(article), ShardLib.NQUADS);
 * // ... gather the keys of all articles by ShardLib.ClusterKey#groupKey(), then per group:
 * String clusterQuads = ShardLib.clusters(ShardLib.DEFAULT_WINDOW_DAYS, keysOfOneGroup);
 * }</pre>
 *
 * <p>Stateless and thread-safe; the records are immutable and {@link Serializable} (for Spark).
 */
public final class ShardLib {
    /** N-Quads, one quad per line. */
    public static final String NQUADS = "nq";
    /** TriG, one {@code <graph> { ... }} block per article, full IRIs. */
    public static final String TRIG = "trig";
    /** The corroboration window of a store opened with the default settings (a test checks they agree). */
    public static final int DEFAULT_WINDOW_DAYS = 7;

    private ShardLib() {
    }

    /**
     * One article rendered: its graph's text in a shard format, and the cluster keys of its events.
     *
     * @param articleId the article's id
     * @param text      its named graph as N-Quads or TriG (ends with a newline)
     * @param quads     number of quads in {@code text}
     * @param keys      one per clusterable event
     */
    public record ArticleShard(String articleId, String text, int quads, List<ClusterKey> keys)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public ArticleShard {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(text, "text");
            keys = List.copyOf(keys);
        }
    }

    /**
     * What clustering needs of one event: its IRI, its article's graph IRI and its
     * {@code gkg:clusterKey} ({@code root|sources|targets|day}).
     */
    public record ClusterKey(String event, String graph, String key) implements Serializable {
        private static final long serialVersionUID = 1L;

        public ClusterKey {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(key, "key");
        }

        /** The group the event is clustered in: CAMEO root and dyad without direction. */
        public String groupKey() {
            return facts().groupKey();
        }

        EventClusters.EventFacts facts() {
            EventClusters.EventFacts f = EventClusters.EventFacts.parse(NodeFactory.createURI(event),
                    NodeFactory.createURI(graph), key);
            if (f == null) {
                throw new InputException("not a geokg cluster key: '" + key + "' (event <" + event + ">)");
            }
            return f;
        }
    }

    /**
     * The article's graph as the store writes it, in {@code format} ({@link #NQUADS} or
     * {@link #TRIG}).
     *
     * @throws InputException when the extraction cannot be turned into RDF or the format is unknown
     */
    public static ArticleShard render(Article article, ExtractionDocument doc, String format) {
        GeoKgStore.Prepared p = GeoKgStore.prepare(article, doc);
        List<ClusterKey> keys = new ArrayList<>(p.facts().size());
        for (EventClusters.EventFacts f : p.facts()) {
            if (!f.event().isURI()) {
                throw new InputException("article '" + article.id() + "' has an event without an IRI (" + f.event()
                        + "); shards need IRIs");
            }
            keys.add(new ClusterKey(f.event().getURI(), f.graph().getURI(), f.key()));
        }
        return new ArticleShard(article.id(), write(p.quads(), format), p.quadCount(), keys);
    }

    /**
     * The quads of the clusters graph for ONE group of events (all keys with the same
     * {@link ClusterKey#groupKey()}, in any order), as N-Quads: the same IRIs, counts and labels
     * the store computes; empty when no chain is supported by two articles.
     *
     * @throws InputException when the keys are not all of one group
     */
    public static String clusters(int windowDays, List<ClusterKey> group) {
        if (group.isEmpty()) {
            return "";
        }
        List<EventClusters.EventFacts> facts = new ArrayList<>(group.size());
        for (ClusterKey k : group) {
            facts.add(k.facts());
        }
        String groupKey = facts.get(0).groupKey();
        for (EventClusters.EventFacts f : facts) {
            if (!f.groupKey().equals(groupKey)) {
                throw new InputException("cluster keys of two groups given as one: " + groupKey + " and "
                        + f.groupKey());
            }
        }
        List<Quad> out = new ArrayList<>();
        new EventClusters(windowDays).writeGroup(out::add, groupKey, facts, new HashMap<>());
        return write(out, NQUADS);
    }

    /** The shared graphs (ontology with its version, CAMEO scheme, countries) as N-Quads. */
    public static String sharedGraphs() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> BaseGraphs.loadInto(dsg));
        List<Quad> quads = new ArrayList<>();
        dsg.executeRead(() -> dsg.find().forEachRemaining(quads::add));
        return write(quads, NQUADS);
    }

    /** True when {@code graphIri} names one of the shared graphs (the store loads its own). */
    public static boolean isSharedGraph(String graphIri) {
        return KgTerms.isBaseGraph(NodeFactory.createURI(graphIri));
    }

    /** The IRI of the clusters graph. */
    public static String clustersGraph() {
        return KgTerms.CLUSTERS_GRAPH.getURI();
    }

    static String write(List<Quad> quads, String format) {
        String f = format == null ? NQUADS : format.toLowerCase(Locale.ROOT);
        RDFFormat rdf = switch (f) {
            case NQUADS, "nquads", "n-quads" -> RDFFormat.NQUADS;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            default -> throw new InputException("unknown shard format '" + format + "'; use nq or trig");
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(quads.size() * 160 + 16);
        StreamRDF w = StreamRDFWriter.getWriterStream(bytes, rdf);
        w.start();
        for (Quad q : quads) {
            w.quad(q);
        }
        w.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
