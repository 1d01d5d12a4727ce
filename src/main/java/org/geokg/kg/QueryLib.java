package org.geokg.kg;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.geokg.sys.DataLib;
import org.geokg.sys.InputException;

/**
 * The analyst query library ({@code queries/*.rq}) and how parameters become RDF terms.
 * Parameters are bound as terms by substitution into the parsed query, never spliced into
 * its text, so a value can change nothing but the value.
 *
 * <p>A parameter value becomes: an IRI when written {@code <...>} or starting with
 * {@code http://}, {@code https://} or {@code urn:}; an {@code xsd:integer} for digits
 * without a leading zero ({@code 4}, {@code -10}); an {@code xsd:decimal} for {@code 1.5};
 * an {@code xsd:date} for a valid {@code YYYY-MM-DD}; {@code xsd:boolean} for
 * {@code true}/{@code false}; otherwise a plain string ({@code PRK}, {@code 062},
 * {@code 2021-08}, {@code Sin Hong-chol}). The queries compare with {@code STR()}, so
 * {@code PRK}, {@code prk} and {@code <https://w3id.org/geokg/id/country/PRK>} all work for a
 * state.
 *
 * <p>Two parameter names page the rows instead of binding a variable: {@code limit} and
 * {@code offset} (whole numbers) replace the LIMIT and OFFSET of every SELECT level of the
 * query that has a LIMIT in its text (the default written in the file; a query that pages an
 * inner sub-SELECT puts its LIMIT there), or of the outer query when no level has one
 * ({@link #paged}).
 *
 * <p>All queries read the union default graph; some also use {@code GRAPH} patterns on the
 * article graphs: on TDB2 set {@code unionDefaultGraph=true}; in memory use {@link #unionView}.
 *
 * <pre>{@code
 * Query q = QueryLib.parse(QueryLib.text("events-between-states"));
 * try (QueryExec qe = QueryLib.exec(QueryLib.unionView(dsg), q, Map.of("stateA", "PRK", "stateB", "RUS"))) {
 *     RowSet rs = qe.select();
 * }
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class QueryLib {
    /** Classpath folder of the query library. */
    public static final String FOLDER = "queries/";
    /** Classpath file listing the query names, one a line. */
    public static final String INDEX = FOLDER + "INDEX";

    private static final Pattern INTEGER = Pattern.compile("[+-]?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(0|[1-9][0-9]*)\\.[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The parameter that sets the LIMIT of a query ({@link #paged}). */
    public static final String LIMIT = "limit";
    /** The parameter that sets the OFFSET of a query ({@link #paged}). */
    public static final String OFFSET = "offset";

    private QueryLib() {
    }

    /** Names of the bundled queries (file names without {@code .rq}), in index order. */
    public static List<String> names() {
        return List.copyOf(DataLib.lines(INDEX));
    }

    /** The text of a bundled query; a ConfigException names a missing one. */
    public static String text(String name) {
        return DataLib.text(FOLDER + name + ".rq");
    }

    /** Parses SPARQL; an InputException gives the parser's message. */
    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new InputException("not a valid SPARQL query: " + e.getMessage(), e);
        }
    }

    /** The RDF term for one parameter value (see the class comment). */
    public static Node term(String value) {
        if (value == null) {
            throw new InputException("parameter value is missing");
        }
        String v = value.strip();
        if (v.length() > 2 && v.startsWith("<") && v.endsWith(">")) {
            return iri(v.substring(1, v.length() - 1));
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("urn:")) {
            return iri(v);
        }
        if (INTEGER.matcher(v).matches()) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
        }
        if (DECIMAL.matcher(v).matches()) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal);
        }
        if (DATE.matcher(v).matches()) {
            try {
                LocalDate.parse(v);
                return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                return NodeFactory.createLiteralString(v);
            }
        }
        if (v.equals("true") || v.equals("false")) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean);
        }
        return NodeFactory.createLiteralString(v);
    }

    /**
     * Parses {@code name=value} strings (as given to {@code --param}) into an ordered map;
     * an InputException names a malformed one.
     */
    public static Map<String, String> parseParams(List<String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            String name = eq < 0 ? "" : p.substring(0, eq).strip();
            if (name.startsWith("?") || name.startsWith("$")) {
                name = name.substring(1);
            }
            if (!NAME.matcher(name).matches()) {
                throw new InputException("parameter '" + p + "' is not name=value with a SPARQL variable name");
            }
            out.put(name, p.substring(eq + 1));
        }
        return out;
    }

    /** A binding of the parameters as terms, without the paging parameters {@code limit}, {@code offset}. */
    public static Binding binding(Map<String, String> params) {
        BindingBuilder b = Binding.builder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = e.getKey().startsWith("?") ? e.getKey().substring(1) : e.getKey();
            if (!NAME.matcher(name).matches()) {
                throw new InputException("parameter name '" + e.getKey() + "' is not a SPARQL variable name");
            }
            if (!isPaging(name)) {
                b.add(Var.alloc(name), term(e.getValue()));
            }
        }
        return b.build();
    }

    /** True for the parameter names {@code limit} and {@code offset}, which page rather than bind. */
    public static boolean isPaging(String name) {
        return LIMIT.equals(name) || OFFSET.equals(name);
    }

    /**
     * The query with the paging parameters applied (the query itself when neither is given):
     * {@code limit} and {@code offset} replace the LIMIT and OFFSET of every SELECT level that
     * has a LIMIT in the text, or set those of the outer query when no level has one. A value
     * that is not a whole number {@code >= 0} is an InputException naming it.
     *
     * @param limit  the {@code limit} value (a term or text), or null
     * @param offset the {@code offset} value, or null
     */
    public static Query paged(Query query, Object limit, Object offset) {
        if (limit == null && offset == null) {
            return query;
        }
        long lim = limit == null ? -1 : count(LIMIT, limit);
        long off = offset == null ? -1 : count(OFFSET, offset);
        Query q = query.cloneQuery();
        List<Query> levels = new ArrayList<>();
        if (q.hasLimit()) {
            levels.add(q);
        }
        if (q.getQueryPattern() != null) {
            ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementSubQuery el) {
                    if (el.getQuery().hasLimit()) {
                        levels.add(el.getQuery());
                    }
                }
            });
        }
        if (levels.isEmpty()) {
            levels.add(q);
        }
        for (Query level : levels) {
            if (lim >= 0) {
                level.setLimit(lim);
            }
            if (off >= 0) {
                level.setOffset(off);
            }
        }
        return q;
    }

    /** {@link #paged(Query, Object, Object)} with the values of {@code params}. */
    public static Query paged(Query query, Map<String, String> params) {
        return paged(query, paging(params, LIMIT), paging(params, OFFSET));
    }

    private static String paging(Map<String, String> params, String name) {
        String v = params.get(name);
        return v != null ? v : params.get("?" + name);
    }

    private static long count(String name, Object value) {
        String v = value instanceof Node n ? (n.isLiteral() ? n.getLiteralLexicalForm() : n.toString())
                : String.valueOf(value).strip();
        if (v.matches("[0-9]{1,18}")) {
            return Long.parseLong(v);
        }
        throw new InputException("parameter ?" + name + " must be a whole number >= 0, got '" + v + "'");
    }

    /**
     * Parameters the query does not mention: worth a warning, since a misspelt name
     * silently leaves the parameter unbound.
     */
    public static List<String> unknownParams(Query query, Map<String, String> params) {
        List<String> out = new ArrayList<>();
        String text = query.serialize();
        for (String k : params.keySet()) {
            String name = k.startsWith("?") ? k.substring(1) : k;
            if (!isPaging(name) && !Pattern.compile("[?$]" + Pattern.quote(name) + "\\b").matcher(text).find()) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * A query execution over {@code dsg} with the parameters substituted as terms and the
     * paging parameters applied ({@link #paged}).
     */
    public static QueryExec exec(DatasetGraph dsg, Query query, Map<String, String> params) {
        return QueryExec.dataset(dsg).query(paged(query, params)).substitution(binding(params)).build();
    }

    /**
     * The text of {@code sparql} with the parameters substituted as terms, as {@link #exec}
     * does, for a SPARQL endpoint (which takes no parameters). {@code BOUND(?p)} of a substituted
     * parameter becomes {@code true}, so the text stays valid SPARQL. (A {@code VALUES} block
     * would bind the same rows, but Jena then evaluates the whole pattern before joining, which
     * is orders of magnitude slower for the saved queries' optional parameters.)
     */
    public static String substituted(String sparql, Map<String, String> params) {
        Query query = parse(sparql);
        if (params.isEmpty()) {
            return query.serialize();
        }
        Map<Var, Node> terms = new LinkedHashMap<>();
        Binding b = binding(params);
        b.vars().forEachRemaining(v -> terms.put(v, b.get(v)));
        Query substituted = QueryTransformOps.transform(query, terms);
        ExprTransform boundToTrue = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr expr1) {
                if (func instanceof E_Bound && expr1.isConstant()) {
                    return NodeValue.TRUE;
                }
                return super.transform(func, expr1);
            }
        };
        return QueryTransformOps.transform(substituted, new ElementTransformCopyBase(), boundToTrue).serialize();
    }

    /**
     * A view of an in-memory dataset whose default graph is the union of its named graphs,
     * the named graphs (those present now, linked, not copied) staying visible to GRAPH
     * patterns: what TDB2 gives with {@code unionDefaultGraph=true}.
     */
    public static DatasetGraph unionView(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(dsg.getUnionGraph());
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext();) {
            Node g = it.next();
            view.addGraph(g, dsg.getGraph(g));
        }
        return view;
    }

    private static Node iri(String s) {
        if (s.isBlank() || s.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{'
                || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`')) {
            throw new InputException("parameter value '" + s + "' is not a valid IRI");
        }
        return NodeFactory.createURI(s);
    }
}
