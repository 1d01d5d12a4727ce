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
        long articles = count(dsg, KgTerms.STATS_ARTICLES);
        Map<String, Long> byLanguage = counts(dsg, KgTerms.STATS_ARTICLES_BY_LANGUAGE);
        long undetermined = articles - byLanguage.values().stream().mapToLong(Long::longValue).sum();
        if (undetermined > 0) {
            byLanguage.merge("und", undetermined, Long::sum);
        }
        return new Stats(
                articles,
                byLanguage,
                counts(dsg, KgTerms.STATS_ENTITIES_BY_TYPE),
                count(dsg, KgTerms.STATS_EVENTS),
                counts(dsg, KgTerms.STATS_EVENTS_BY_ROOT),
                counts(dsg, KgTerms.STATS_EVENTS_BY_QUAD),
                count(dsg, KgTerms.STATS_CLAIMS),
                count(dsg, KgTerms.STATS_QUANTITIES),
                count(dsg, KgTerms.STATS_CLUSTERS),
                countQuads ? Iter.count(dsg.find()) : -1);
    }

    /** The number ?n of the first row, 0 when there is none. */
    private static long count(DatasetGraph dsg, String sparql) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(sparql).build()) {
            RowSet rows = qe.select();
            Node n = rows.hasNext() ? rows.next().get("n") : null;
            return n == null || !n.isLiteral() ? 0 : number(n);
        }
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
