package org.geokg.server;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.geokg.store.QueryGuard;
import org.geokg.sys.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Fuseki query processor with a cap on the number of solutions (a query without LIMIT, or
 * with a larger one, runs with {@code LIMIT max}) and the checks of a {@link QueryGuard}: text
 * size (HTTP 413), SERVICE hosts, {@code java:} IRIs and algebra depth and size (HTTP 400). The
 * query text is logged at DEBUG only; its hash goes to the one INFO line of the request. A stack
 * overflow while running a query is answered 400. Thread-safe (immutable).
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(GeoKgServer.LOG_NAME);
    private final long max;
    private final QueryGuard guard;

    CappedQueryProcessor(long max, QueryGuard guard) {
        this.max = max;
        this.guard = guard;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        String text = queryString == null ? "" : queryString;
        String hash = RequestGuardFilter.hash(text);
        action.getRequest().setAttribute(RequestGuardFilter.ATTR_HASH, hash);
        if (LOG.isDebugEnabled()) {
            LOG.debug("query {}:\n{}", hash, text);
        }
        if (guard.tooLong(text)) {
            ServletOps.error(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the query text is longer than the limit of "
                    + guard.maxQueryBytes() + " bytes (serve --max-query-bytes)");
        }
        try {
            guard.parse(text);
        } catch (InputException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        try {
            super.execute(text, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("the query is too deeply nested to evaluate; split it into smaller queries");
        }
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
