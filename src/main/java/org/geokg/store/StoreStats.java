package org.geokg.store;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Reads {@link Stats} from a store with the queries of {@link KgTerms} ({@code STATS_*}): totals
 * of events, claims and quantities are the sums of the counts every article carries, so the
 * cost grows with the number of articles, not of quads. The exact quad count is a full scan
 * and is made only when asked for.
 *
 * <pre>{@code
 * Stats s = Txn.calculateRead(dsg, () -> StoreStats.read(dsg, false));
 * }</pre>
 *
 * Call inside a read transaction. Stateless and thread-safe.
 */
final class StoreStats {

    private StoreStats() {
    }

    /** The counts; {@code quads} is -1 unless {@code countQuads}. */
    static Stats read(DatasetGraph dsg, boolean countQuads) {
        Map<String, Long> sums = sums(dsg, KgTerms.STATS_ARTICLE_COUNTS);
        return new Stats(
                count(dsg, KgTerms.STATS_ARTICLES),
                counts(dsg, KgTerms.STATS_ARTICLES_BY_LANGUAGE),
                counts(dsg, KgTerms.STATS_ENTITIES_BY_TYPE),
                sums.getOrDefault("events", 0L),
                counts(dsg, KgTerms.STATS_EVENTS_BY_ROOT),
                counts(dsg, KgTerms.STATS_EVENTS_BY_QUAD),
                sums.getOrDefault("claims", 0L),
                sums.getOrDefault("quantities", 0L),
                count(dsg, KgTerms.STATS_CLUSTERS),
                countQuads ? Iter.count(dsg.find()) : -1);
    }

    private static long count(DatasetGraph dsg, String sparql) {
        return sums(dsg, sparql).getOrDefault("n", 0L);
    }

    /** The numeric columns of the first row, by variable name. */
    private static Map<String, Long> sums(DatasetGraph dsg, String sparql) {
        Map<String, Long> out = new TreeMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(sparql).build()) {
            RowSet rows = qe.select();
            if (rows.hasNext()) {
                Binding b = rows.next();
                b.forEach((v, n) -> {
                    if (n.isLiteral()) {
                        out.put(v.getVarName(), number(n));
                    }
                });
            }
        }
        return out;
    }

    private static Map<String, Long> counts(DatasetGraph dsg, String sparql) {
        Map<String, Long> out = new TreeMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(sparql).build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                Node k = b.get("k");
                String key = k == null ? "unknown"
                        : k.isLiteral() ? k.getLiteralLexicalForm() : localName(k.toString());
                out.merge(key, number(b.get("n")), Long::sum);
            }
        }
        return out;
    }

    private static long number(Node n) {
        return new BigDecimal(n.getLiteralLexicalForm()).longValue();
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
