package org.geokg.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The Fuseki query processor with a cap on the number of solutions: a query without LIMIT, or
 * with a larger one, runs with {@code LIMIT max}. Thread-safe (immutable).
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    private final long max;

    CappedQueryProcessor(long max) {
        this.max = max;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight() == null ? query : p.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= max)) {
            return p;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(max);
        return Pair.create(p.getLeft(), capped);
    }
}
