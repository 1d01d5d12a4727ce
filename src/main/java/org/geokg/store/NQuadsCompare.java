package org.geokg.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.geokg.sys.InputException;

/**
 * Whether two N-Quads files hold isomorphic RDF datasets, in bounded memory, for stores too
 * large to load into a Jena in-memory dataset.
 *
 * <pre>{@code
 * NQuadsCompare.Result r = NQuadsCompare.compare(Path.of("a.nq"), Path.of("b.nq"));
 * if (!r.isomorphic()) System.err.println(r);
 * }</pre>
 *
 * <p>Method. An isomorphism maps blank nodes to blank nodes and every other term to itself, so
 * two datasets are isomorphic exactly when (1) their ground quads (no blank node in any
 * position) are the same set and (2) their quads with a blank node are isomorphic. (1) is
 * checked streaming: every ground quad's canonical N-Quads form is hashed (SHA-256, 128 bits
 * kept) and the hashes are summed per graph, an order-independent digest, with a count; the
 * graphs whose count or digest differ are named. (2) keeps only the quads with blank nodes in
 * memory (geokg mints no blank nodes; only the shared ontology graphs have a few) and compares
 * them with Jena's {@link IsoMatcher}. Stateless and thread-safe.
 */
public final class NQuadsCompare {
    /** How many differing graphs a result names at most. */
    public static final int MAX_NAMED = 10;

    private NQuadsCompare() {
    }

    /**
     * The outcome.
     *
     * @param isomorphic      both conditions of the class comment hold
     * @param quadsA          quads in the first file
     * @param quadsB          quads in the second file
     * @param blankQuadsA     quads with a blank node in the first file
     * @param blankQuadsB     quads with a blank node in the second file
     * @param differingGraphs up to {@link #MAX_NAMED} graphs whose ground quads differ ("default"
     *                        for the default graph)
     */
    public record Result(boolean isomorphic, long quadsA, long quadsB, long blankQuadsA, long blankQuadsB,
            List<String> differingGraphs) {
        public Result {
            differingGraphs = List.copyOf(differingGraphs);
        }
    }

    /** Compares the datasets of two N-Quads files; an InputException names a file that does not parse. */
    public static Result compare(Path a, Path b) {
        Digest da = digest(a);
        Digest db = digest(b);
        TreeSet<String> differing = new TreeSet<>();
        for (Map.Entry<String, long[]> e : da.perGraph.entrySet()) {
            if (!Arrays.equals(e.getValue(), db.perGraph.get(e.getKey()))) {
                differing.add(e.getKey());
            }
        }
        for (String g : db.perGraph.keySet()) {
            if (!da.perGraph.containsKey(g)) {
                differing.add(g);
            }
        }
        boolean blankIso = da.blankQuads == db.blankQuads && IsoMatcher.isomorphic(da.blank, db.blank);
        List<String> named = new ArrayList<>();
        for (String g : differing) {
            if (named.size() == MAX_NAMED) {
                break;
            }
            named.add(g);
        }
        return new Result(differing.isEmpty() && blankIso, da.quads, db.quads, da.blankQuads, db.blankQuads, named);
    }

    private static final class Digest extends StreamRDFBase {
        final Map<String, long[]> perGraph = new HashMap<>();
        final DatasetGraph blank = DatasetGraphFactory.create();
        final MessageDigest sha;
        long quads;
        long blankQuads;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks SHA-256", e);
            }
        }

        @Override
        public void quad(Quad q) {
            quads++;
            Node g = q.getGraph();
            if (g.isBlank() || q.getSubject().isBlank() || q.getObject().isBlank()) {
                blankQuads++;
                blank.add(q);
                return;
            }
            byte[] h = sha.digest(NodeFmtLib.strNQ(q).getBytes(StandardCharsets.UTF_8));
            String key = q.isDefaultGraph() ? "default" : g.getURI();
            long[] acc = perGraph.computeIfAbsent(key, k -> new long[3]);
            acc[0]++;
            acc[1] += toLong(h, 0);
            acc[2] += toLong(h, 8);
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(Quad.defaultGraphIRI, t));
        }

        private static long toLong(byte[] b, int from) {
            long v = 0;
            for (int i = from; i < from + 8; i++) {
                v = (v << 8) | (b[i] & 0xff);
            }
            return v;
        }
    }

    private static Digest digest(Path file) {
        Objects.requireNonNull(file, "file");
        Digest d = new Digest();
        try {
            RDFParser.source(file).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(d);
        } catch (RiotException e) {
            throw new InputException("cannot compare " + file + ": not valid N-Quads: " + e.getMessage(), e);
        }
        return d;
    }
}
