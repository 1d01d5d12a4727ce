package org.geokg.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.geokg.kg.QueryLib;
import org.geokg.sys.InputException;
import org.geokg.sys.QueryTimeoutException;

/** Runs one SPARQL query with bound parameters and writes the result in a named format. */
final class QueryRunner {
    /** Formats for SELECT and ASK results. */
    static final List<String> RESULT_FORMATS = List.of("table", "csv", "tsv", "json", "xml");
    /** Formats for CONSTRUCT and DESCRIBE results. */
    static final List<String> GRAPH_FORMATS = List.of("turtle", "ttl", "trig", "jsonld", "nt", "nq");

    private static final Var LIMIT = Var.alloc(QueryLib.LIMIT);
    private static final Var OFFSET = Var.alloc(QueryLib.OFFSET);

    private QueryRunner() {
    }

    /**
     * Parses and checks a query ({@link QueryGuard#DEFAULT}: no SERVICE, no java: IRIs, at most
     * 1 MB, bounded depth); a syntax error becomes an InputException naming line and column.
     */
    static Query parse(String sparql) {
        return QueryGuard.DEFAULT.parse(sparql);
    }

    /**
     * Runs the query in a read transaction. The bound parameters {@code limit} and {@code offset}
     * page the rows ({@link QueryLib#paged}) instead of binding variables.
     */
    static void run(DatasetGraph dsg, String sparql, Binding params, String format, long timeoutMillis,
            OutputStream out) {
        Query query = QueryLib.paged(parse(sparql), params.get(LIMIT), params.get(OFFSET));
        Binding bound = withoutPaging(params);
        String fmt = normalizeFormat(query, format);
        try {
            Txn.executeRead(dsg, () -> {
                try (QueryExec qe = QueryExec.dataset(dsg).query(query).substitution(bound)
                        .set(ARQ.httpServiceAllowed, false)
                        .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                    write(query, qe, fmt, out);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException("the query did not finish within " + timeoutMillis
                    + " ms and was stopped; narrow it (LIMIT, more specific patterns) or raise the timeout",
                    timeoutMillis, e);
        } catch (QueryException e) {
            throw new InputException("the query failed: " + firstLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw new InputException("the query is nested too deeply to evaluate; split it into smaller queries");
        }
    }

    private static Binding withoutPaging(Binding params) {
        if (!params.contains(LIMIT) && !params.contains(OFFSET)) {
            return params;
        }
        BindingBuilder b = BindingBuilder.create();
        params.forEach((v, n) -> {
            if (!v.equals(LIMIT) && !v.equals(OFFSET)) {
                b.add(v, n);
            }
        });
        return b.build();
    }

    /** Checks the format against the query type; returns the canonical format name. */
    static String normalizeFormat(Query query, String format) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (query.isSelectType() || query.isAskType()) {
            if (f.isEmpty() || f.equals("text")) {
                return "table";
            }
            if (RESULT_FORMATS.contains(f)) {
                return f;
            }
            throw new InputException("unknown result format '" + format + "' for a "
                    + (query.isSelectType() ? "SELECT" : "ASK") + " query; use one of " + RESULT_FORMATS);
        }
        if (query.isConstructType() || query.isDescribeType()) {
            if (f.isEmpty() || f.equals("ttl")) {
                return "turtle";
            }
            if (f.equals("json-ld")) {
                return "jsonld";
            }
            if (f.equals("ntriples") || f.equals("n-triples")) {
                return "nt";
            }
            if (GRAPH_FORMATS.contains(f)) {
                return f;
            }
            throw new InputException("unknown RDF format '" + format + "' for a "
                    + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE") + " query; use one of " + GRAPH_FORMATS);
        }
        throw new InputException("unsupported query type; use SELECT, ASK, CONSTRUCT or DESCRIBE");
    }

    private static void write(Query query, QueryExec qe, String fmt, OutputStream out) {
        if (query.isSelectType()) {
            RowSet rows = qe.select();
            ResultSet rs = ResultSet.adapt(rows);
            switch (fmt) {
                case "table" -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case "csv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case "tsv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case "json" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                default -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
            }
        } else if (query.isAskType()) {
            boolean b = qe.ask();
            switch (fmt) {
                case "table" -> ResultSetFormatter.out(out, b);
                case "csv" -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
                case "tsv" -> ResultSetMgr.write(out, b, ResultSetLang.RS_TSV);
                case "json" -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
                default -> ResultSetMgr.write(out, b, ResultSetLang.RS_XML);
            }
        } else if (fmt.equals("trig") || fmt.equals("nq")) {
            DatasetGraph result = query.isConstructType() ? qe.constructDataset() : describeAsDataset(qe);
            result.prefixes().putAll(query.getPrefixMapping());
            RDFDataMgr.write(out, result, fmt.equals("trig") ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
        } else {
            Graph g = query.isConstructType() ? qe.construct() : qe.describe();
            g.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            Lang lang = switch (fmt) {
                case "jsonld" -> Lang.JSONLD;
                case "nt" -> Lang.NTRIPLES;
                default -> Lang.TURTLE;
            };
            RDFDataMgr.write(out, g, lang);
        }
    }

    private static DatasetGraph describeAsDataset(QueryExec qe) {
        return DatasetGraphFactory.wrap(qe.describe());
    }

    static String firstLine(String s) {
        if (s == null) {
            return "(no details)";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s.strip() : s.substring(0, nl).strip();
    }
}
