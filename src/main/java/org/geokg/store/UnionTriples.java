package org.geokg.store;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The union of a TDB2 store's graphs as a stream of triples, each triple once and all triples
 * of one subject one after the other, in constant memory. TDB2 answers a find with every slot
 * open from its SPOG index (the order its own union graph relies on), so the same triple from
 * several graphs comes out adjacent and a subject's triples together; Jena's union graph view
 * instead removes repeats with a set of every triple seen. Call inside a read transaction.
 * Thread-safe (static helpers).
 */
final class UnionTriples {
    private UnionTriples() {
    }

    /** The union of the named graphs. */
    static Iterator<Triple> named(DatasetGraph dsg) {
        return Iter.distinctAdjacent(Iter.map(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple));
    }

    /**
     * The union of the named graphs and the default graph: each subject's default-graph
     * triples follow its named-graph triples, then come the subjects only in the default graph.
     * A triple in both may come twice.
     */
    static Iterator<Triple> withDefault(DatasetGraph dsg) {
        Graph dft = dsg.getDefaultGraph();
        if (dft.isEmpty()) {
            return named(dsg);
        }
        return new WithDefault(dsg, dft);
    }

    private static final class WithDefault implements Iterator<Triple> {
        private final DatasetGraph dsg;
        private final Graph dft;
        private final Iterator<Triple> named;
        private final ArrayDeque<Triple> pending = new ArrayDeque<>();
        private Node current;
        private Iterator<Triple> defaultOnly;
        private Node lastDefaultSubject;
        private boolean lastInNamed;

        WithDefault(DatasetGraph dsg, Graph dft) {
            this.dsg = dsg;
            this.dft = dft;
            this.named = named(dsg);
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty()) {
                if (defaultOnly == null) {
                    if (named.hasNext()) {
                        Triple t = named.next();
                        if (current != null && !t.getSubject().equals(current)) {
                            dft.find(current, Node.ANY, Node.ANY).forEachRemaining(pending::add);
                        }
                        current = t.getSubject();
                        pending.add(t);
                    } else {
                        if (current != null) {
                            dft.find(current, Node.ANY, Node.ANY).forEachRemaining(pending::add);
                        }
                        defaultOnly = dft.find();
                    }
                } else if (defaultOnly.hasNext()) {
                    Triple t = defaultOnly.next();
                    if (!onlyInDefault(t.getSubject())) {
                        continue;
                    }
                    pending.add(t);
                } else {
                    return false;
                }
            }
            return true;
        }

        private boolean onlyInDefault(Node s) {
            if (!s.equals(lastDefaultSubject)) {
                lastDefaultSubject = s;
                Iterator<Quad> it = dsg.findNG(Node.ANY, s, Node.ANY, Node.ANY);
                lastInNamed = it.hasNext();
                Iter.close(it);
            }
            return !lastInNamed;
        }

        @Override
        public Triple next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }
    }
}
