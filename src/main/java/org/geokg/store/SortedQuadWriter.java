package org.geokg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes named-graph quads into a TDB2 store inside the caller's write transaction, index by
 * index in each index's own key order. Adding quad by quad touches the six quad indexes at
 * random places (each quad lands in a different B+tree leaf of each index); buffering the quads
 * of a batch as node-id tuples and inserting them sorted per index makes consecutive inserts hit
 * the same leaves, which is most of what makes TDB2's bulk loader fast, while staying one
 * ordinary, crash-safe write transaction.
 *
 * <pre>{@code
 * dsg.begin(TxnType.WRITE);
 * SortedQuadWriter w = new SortedQuadWriter(dsg, 250_000);
 * quads.forEach(w::add);
 * w.flush();          // before reading what was written, and before commit
 * dsg.commit();
 * }</pre>
 *
 * <p>Node ids are allocated at {@link #add}; the index entries are written at {@link #flush} (also
 * when the buffer holds {@code limit} tuples). Reads of the store see the buffered quads only after
 * a flush. Default-graph quads are written through at once. Not thread-safe: use it from the
 * thread that holds the write transaction.
 */
final class SortedQuadWriter {
    private final DatasetGraph dsg;
    private final int limit;
    private final List<Tuple<NodeId>> pending = new ArrayList<>();
    private DatasetGraphTDB tdb;
    private NodeTable nodes;

    /**
     * @param dsg a TDB2 dataset (or a wrapper of one) in a write transaction when used
     * @param limit tuples buffered before they are written (bounds the memory used)
     */
    SortedQuadWriter(DatasetGraph dsg, int limit) {
        this.dsg = dsg;
        this.limit = Math.max(1, limit);
    }

    /** Buffers one quad (allocating its node ids); writes the buffer when it is full. */
    void add(Quad q) {
        if (q.isDefaultGraph() || q.isUnionGraph()) {
            dsg.add(q);
            return;
        }
        if (tdb == null) {
            tdb = TDBInternal.getDatasetGraphTDB(dsg);
            nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        }
        pending.add(TupleFactory.create4(nodes.getAllocateNodeId(q.getGraph()),
                nodes.getAllocateNodeId(q.getSubject()), nodes.getAllocateNodeId(q.getPredicate()),
                nodes.getAllocateNodeId(q.getObject())));
        if (pending.size() >= limit) {
            flush();
        }
    }

    /** Quads buffered and not yet in the indexes. */
    int pending() {
        return pending.size();
    }

    /** Writes the buffered quads into every quad index, sorted in that index's order. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
        TupleIndex[] indexes = table.getTupleTable().getIndexes();
        @SuppressWarnings("unchecked")
        Tuple<NodeId>[] rows = pending.toArray(new Tuple[0]);
        pending.clear();
        for (TupleIndex index : indexes) {
            if (index == null) {
                continue;
            }
            TupleMap map = index.getMapping();
            Arrays.sort(rows, inOrderOf(map));
            Tuple<NodeId> last = null;
            for (Tuple<NodeId> row : rows) {
                if (!row.equals(last)) {
                    index.add(row);
                }
                last = row;
            }
        }
        tdb = null;
        nodes = null;
    }

    /** Drops what is buffered (the transaction is being aborted). */
    void clear() {
        pending.clear();
        tdb = null;
        nodes = null;
    }

    /** Orders primary-order tuples by the key order of the index with this mapping. */
    private static Comparator<Tuple<NodeId>> inOrderOf(TupleMap map) {
        Tuple<Integer> cols = map.map(TupleFactory.create4(0, 1, 2, 3));
        int[] col = new int[cols.len()];
        for (int i = 0; i < col.length; i++) {
            col[i] = cols.get(i);
        }
        return (a, b) -> {
            for (int c : col) {
                int d = NodeId.compare(a.get(c), b.get(c));
                if (d != 0) {
                    return d;
                }
            }
            return 0;
        };
    }
}
