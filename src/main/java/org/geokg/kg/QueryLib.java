package org.geokg.kg;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
 * <p>All queries read the union default graph (no GRAPH patterns): on TDB2 set
 * {@code unionDefaultGraph=true}; in memory use {@link #unionView}.
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

    /** A binding of the parameters as terms. */
    public static Binding binding(Map<String, String> params) {
        BindingBuilder b = Binding.builder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = e.getKey().startsWith("?") ? e.getKey().substring(1) : e.getKey();
            if (!NAME.matcher(name).matches()) {
                throw new InputException("parameter name '" + e.getKey() + "' is not a SPARQL variable name");
            }
            b.add(Var.alloc(name), term(e.getValue()));
        }
        return b.build();
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
            if (!Pattern.compile("[?$]" + Pattern.quote(name) + "\\b").matcher(text).find()) {
                out.add(name);
            }
        }
        return out;
    }

    /** A query execution over {@code dsg} with the parameters substituted as terms. */
    public static QueryExec exec(DatasetGraph dsg, Query query, Map<String, String> params) {
        return QueryExec.dataset(dsg).query(query).substitution(binding(params)).build();
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
     * An in-memory dataset whose default graph is the union of the named graphs of
     * {@code dsg}: what TDB2 gives with {@code unionDefaultGraph=true}.
     */
    public static DatasetGraph unionView(DatasetGraph dsg) {
        return DatasetGraphFactory.wrap(dsg.getUnionGraph());
    }

    private static Node iri(String s) {
        if (s.isBlank() || s.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{'
                || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`')) {
            throw new InputException("parameter value '" + s + "' is not a valid IRI");
        }
        return NodeFactory.createURI(s);
    }
}
