package org.geokg.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.transaction.txn.SysTransState;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
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
 *
 * <p>With {@code threads > 1} the indexes are written in parallel, each by one pool thread, still
 * inside the caller's one transaction: each index is a B+tree, a transactional component of its
 * own with its own files, so its transaction state is detached from the caller's thread, attached
 * to the pool thread for the inserts and handed back before {@link #flush} returns (TDB2's
 * {@code TransactionalComponent.detach/attach}). The commit, its journal and its all-or-nothing
 * meaning are unchanged; only the B+tree inserts run on other threads, one thread per index at a
 * time, while the caller waits.
 */
final class SortedQuadWriter {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "geokg-index-writer");
        t.setDaemon(true);
        return t;
    });

    private final DatasetGraph dsg;
    private final int limit;
    private final int threads;
    private final AtomicLong helperCpu = new AtomicLong();
    private final List<Tuple<NodeId>> pending = new ArrayList<>();
    private DatasetGraphTDB tdb;
    private NodeTable nodes;

    /**
     * @param dsg a TDB2 dataset (or a wrapper of one) in a write transaction when used
     * @param limit tuples buffered before they are written (bounds the memory used)
     */
    SortedQuadWriter(DatasetGraph dsg, int limit) {
        this(dsg, limit, 1);
    }

    /**
     * @param dsg a TDB2 dataset (or a wrapper of one) in a write transaction when used
     * @param limit tuples buffered before they are written (bounds the memory used)
     * @param threads indexes written at the same time at a flush (1: all on the caller's thread)
     */
    SortedQuadWriter(DatasetGraph dsg, int limit, int threads) {
        this.dsg = dsg;
        this.limit = Math.max(1, limit);
        this.threads = Math.max(1, threads);
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

    /** CPU nanoseconds the pool threads spent writing indexes for this writer (0 where not measured). */
    long helperCpuNanos() {
        return helperCpu.get();
    }

    private static long threadCpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long n = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
        return Math.max(0, n);
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
        List<TupleIndex> todo = new ArrayList<>();
        for (TupleIndex index : indexes) {
            if (index != null) {
                todo.add(index);
            }
        }
        if (threads > 1 && todo.size() > 1 && todo.stream().allMatch(SortedQuadWriter::detachable)) {
            writeParallel(todo, rows);
        } else {
            for (TupleIndex index : todo) {
                write(index, rows);
            }
        }
        tdb = null;
        nodes = null;
    }

    /** Inserts the rows (primary order) into one index, sorted in its key order; sorts {@code rows} in place. */
    private static void write(TupleIndex index, Tuple<NodeId>[] rows) {
        Arrays.sort(rows, inOrderOf(index.getMapping()));
        Tuple<NodeId> last = null;
        for (Tuple<NodeId> row : rows) {
            if (!row.equals(last)) {
                index.add(row);
            }
            last = row;
        }
    }

    private static boolean detachable(TupleIndex index) {
        return index instanceof TupleIndexRecord r && r.getRangeIndex() instanceof BPlusTree;
    }

    /**
     * Writes the indexes on {@code threads} pool threads, each taking the next index not yet
     * written. Each B+tree's transaction state goes to the pool thread that writes it and comes
     * back to this thread, also when an insert fails, so that the caller can still commit or abort.
     * After a failure no further index is started.
     */
    private void writeParallel(List<TupleIndex> todo, Tuple<NodeId>[] rows) {
        int n = todo.size();
        BPlusTree[] trees = new BPlusTree[n];
        SysTransState[] states = new SysTransState[n];
        for (int i = 0; i < n; i++) {
            trees[i] = (BPlusTree) ((TupleIndexRecord) todo.get(i)).getRangeIndex();
            states[i] = trees[i].detach();
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Throwable failure = null;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < Math.min(threads, n); t++) {
                running.add(POOL.submit(() -> {
                    long cpu0 = threadCpuNanos();
                    Tuple<NodeId>[] mine = rows.clone();
                    try {
                        for (int k = next.getAndIncrement(); k < n && !failed.get(); k = next.getAndIncrement()) {
                            trees[k].attach(states[k]);
                            try {
                                write(todo.get(k), mine);
                            } catch (RuntimeException | Error e) {
                                failed.set(true);
                                throw e;
                            } finally {
                                states[k] = trees[k].detach();
                            }
                        }
                    } finally {
                        helperCpu.addAndGet(Math.max(0, threadCpuNanos() - cpu0));
                    }
                }));
            }
            for (Future<?> f : running) {
                failure = join(f, failure);
            }
        } finally {
            for (int i = 0; i < n; i++) {
                trees[i].attach(states[i]);
            }
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }

    /**
     * Waits for one index write (to its end even when interrupted: the index's state must come
     * back before the transaction can end); returns the first failure seen so far or this one's,
     * an {@link Error} or a {@link RuntimeException}.
     */
    private static Throwable join(Future<?> f, Throwable failure) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return failure;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (failure != null) {
                        return failure;
                    }
                    Throwable c = e.getCause();
                    return c instanceof RuntimeException || c instanceof Error ? c
                            : new IllegalStateException("index write failed", c);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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
