package org.geokg.store;

import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Helpers for store tests. */
final class StoreTestLib {
    private StoreTestLib() {
    }

    /** Removes every graph but the shared ones, so one opened store can serve many tests. */
    static void reset(GeoKgStore store) {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            List<Node> graphs = Iter.toList(dsg.listGraphNodes());
            for (Node g : graphs) {
                if (!KgTerms.isBaseGraph(g)) {
                    dsg.removeGraph(g);
                }
            }
            dsg.getDefaultGraph().clear();
        });
    }
}
