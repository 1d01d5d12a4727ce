package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quads written index by index in sorted order end up in every TDB2 index exactly as quads added
 * one by one: each access pattern (graph, subject, predicate, object first) finds the same quads.
 */
class SortedQuadWriterIT {
    @TempDir
    Path tmp;

    @Test
    void sortedWritesGiveTheSameIndexesAsQuadByQuadAdds() {
        sameIndexes(1, "serial");
    }

    @Test
    void indexesWrittenOnParallelThreadsGiveTheSameIndexes() {
        sameIndexes(2, "two");
        sameIndexes(6, "six");
    }

    private void sameIndexes(int threads, String name) {
        List<Quad> quads = randomQuads(3_000, new Random(7));
        quads.add(quads.get(10));
        quads.add(quads.get(20));
        quads.add(Quad.create(Quad.defaultGraphIRI, iri("s0"), iri("p0"), iri("o0")));
        try (GeoKgStore plain = GeoKgStore.open(tmp.resolve("plain-" + name));
                GeoKgStore sorted = GeoKgStore.open(tmp.resolve("sorted-" + name))) {
            DatasetGraph a = plain.dataset();
            Txn.executeWrite(a, () -> quads.forEach(a::add));
            DatasetGraph b = sorted.dataset();
            b.begin(TxnType.WRITE);
            try {
                SortedQuadWriter w = new SortedQuadWriter(b, 701, threads);
                quads.forEach(w::add);
                assertTrue(w.pending() > 0, "the last part is still buffered before flush");
                w.flush();
                assertEquals(0, w.pending());
                b.commit();
            } finally {
                b.end();
            }
            for (Quad probe : List.of(quads.get(0), quads.get(1500), quads.get(2999))) {
                assertEquals(found(a, probe.getGraph(), Node.ANY, Node.ANY, Node.ANY),
                        found(b, probe.getGraph(), Node.ANY, Node.ANY, Node.ANY), "by graph");
                assertEquals(found(a, Node.ANY, probe.getSubject(), Node.ANY, Node.ANY),
                        found(b, Node.ANY, probe.getSubject(), Node.ANY, Node.ANY), "by subject");
                assertEquals(found(a, Node.ANY, Node.ANY, probe.getPredicate(), Node.ANY),
                        found(b, Node.ANY, Node.ANY, probe.getPredicate(), Node.ANY), "by predicate");
                assertEquals(found(a, Node.ANY, Node.ANY, Node.ANY, probe.getObject()),
                        found(b, Node.ANY, Node.ANY, Node.ANY, probe.getObject()), "by object");
                assertEquals(found(a, probe.getGraph(), Node.ANY, probe.getPredicate(), probe.getObject()),
                        found(b, probe.getGraph(), Node.ANY, probe.getPredicate(), probe.getObject()), "g-p-o");
            }
            Set<String> all = found(a, Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            assertEquals(all, found(b, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            assertTrue(all.size() > 2_900, "the store holds the distinct quads: " + all.size());
            assertEquals((long) Txn.calculateRead(a, () -> (long) a.getDefaultGraph().size()),
                    (long) Txn.calculateRead(b, () -> (long) b.getDefaultGraph().size()), "default graph");
        }
    }

    @Test
    void aBatchWrittenInParallelCommitsAndAbortsAsAWhole() {
        List<Quad> first = randomQuads(800, new Random(5));
        List<Quad> second = randomQuads(800, new Random(6));
        try (GeoKgStore store = GeoKgStore.open(tmp.resolve("parallel"))) {
            DatasetGraph d = store.dataset();
            d.begin(TxnType.WRITE);
            try {
                SortedQuadWriter w = new SortedQuadWriter(d, 300, 3);
                first.forEach(w::add);
                w.flush();
                Set<String> expected = new TreeSet<>(first.stream().map(Quad::toString).toList());
                Set<String> seen = inTxn(d);
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(seen);
                Set<String> extra = new TreeSet<>(seen);
                extra.removeAll(expected);
                assertEquals(List.of(), List.copyOf(missing), "the writing thread reads what the index threads wrote");
                assertEquals(List.of(), List.copyOf(extra), "and nothing else");
                d.commit();
            } finally {
                if (d.isInTransaction()) {
                    d.abort();
                    d.end();
                }
            }
            long committed = Txn.calculateRead(d, () -> count(d));
            assertEquals(new TreeSet<>(first.stream().map(Quad::toString).toList()),
                    Txn.calculateRead(d, () -> inTxn(d)), "committed");
            d.begin(TxnType.WRITE);
            try {
                SortedQuadWriter w = new SortedQuadWriter(d, 300, 3);
                second.forEach(w::add);
                w.flush();
                d.abort();
            } finally {
                d.end();
            }
            assertEquals(committed, (long) Txn.calculateRead(d, () -> count(d)), "the aborted batch left nothing");
            for (Quad q : second.subList(0, 50)) {
                if (!first.contains(q)) {
                    assertTrue(found(d, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()).isEmpty(), q.toString());
                }
            }
        }
    }

    private static Set<String> inTxn(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        d.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().getURI().startsWith("urn:test:")) {
                out.add(q.toString());
            }
        });
        return out;
    }

    @Test
    void anAbortedBatchLeavesNothing() {
        List<Quad> quads = randomQuads(500, new Random(11));
        try (GeoKgStore store = GeoKgStore.open(tmp.resolve("abort"))) {
            DatasetGraph d = store.dataset();
            long before = Txn.calculateRead(d, () -> count(d));
            d.begin(TxnType.WRITE);
            try {
                SortedQuadWriter w = new SortedQuadWriter(d, 100);
                quads.forEach(w::add);
                w.flush();
                w.clear();
                d.abort();
            } finally {
                d.end();
            }
            assertEquals(before, (long) Txn.calculateRead(d, () -> count(d)));
        }
    }

    private static long count(DatasetGraph d) {
        long n = 0;
        var it = d.find();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static Set<String> found(DatasetGraph d, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(d, () -> {
            Set<String> out = new TreeSet<>();
            d.find(g, s, p, o).forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }

    /** Quads over few graphs, subjects, predicates and objects, so that every index has shared prefixes. */
    private static List<Quad> randomQuads(int n, Random r) {
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node o = switch (r.nextInt(3)) {
                case 0 -> iri("o" + r.nextInt(200));
                case 1 -> NodeFactory.createLiteralDT(Integer.toString(r.nextInt(1000)), XSDDatatype.XSDinteger);
                default -> NodeFactory.createLiteralLang("text " + r.nextInt(500), "id");
            };
            out.add(Quad.create(iri("g" + r.nextInt(40)), iri("s" + r.nextInt(300)), iri("p" + r.nextInt(12)), o));
        }
        return out;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI("urn:test:" + local);
    }
}
