package org.geokg.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtendAssign;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.geokg.sys.InputException;

/**
 * Checks a SPARQL query or update before it runs, so that a request cannot make the process
 * call out, load classes or read files, or exhaust the stack: SERVICE only to the named hosts,
 * LOAD only from http(s) URLs of the named hosts, no {@code java:} function or property IRIs,
 * bounded text size and algebra depth and size. A refusal is an {@link InputException} naming
 * the reason. Immutable and thread-safe.
 *
 * <pre>{@code
 * QueryGuard guard = QueryGuard.DEFAULT.withServiceHosts(Set.of("query.wikidata.org"));
 * Query q = guard.parse(text);          // refuses oversized, too deep or forbidden queries
 * guard.check(UpdateFactory.create(u)); // refuses LOAD from file: and unnamed hosts
 * }</pre>
 *
 * @param maxQueryBytes most UTF-8 bytes of query or update text
 * @param maxDepth      deepest nesting of algebra operators and expressions
 * @param maxNodes      most algebra operators, expressions and triple patterns in one request
 * @param serviceHosts  hosts SERVICE may call (lower case); empty: SERVICE is refused
 * @param loadHosts     hosts LOAD may read from (lower case, http and https only); empty: LOAD is refused
 */
public record QueryGuard(long maxQueryBytes, int maxDepth, int maxNodes, Set<String> serviceHosts,
        Set<String> loadHosts) {

    /** 1 MB of text, depth 256, 50 000 nodes, no SERVICE, no LOAD. */
    public static final QueryGuard DEFAULT = new QueryGuard(1_000_000, 256, 50_000, Set.of(), Set.of());

    /** The scheme of IRIs that ARQ turns into Java class loading. */
    private static final String JAVA_SCHEME = "java:";

    public QueryGuard {
        if (maxQueryBytes <= 0 || maxDepth <= 0 || maxNodes <= 0) {
            throw new IllegalArgumentException("query limits must be positive");
        }
        serviceHosts = lowerCase(serviceHosts);
        loadHosts = lowerCase(loadHosts);
    }

    private static Set<String> lowerCase(Collection<String> hosts) {
        Set<String> s = new TreeSet<>();
        if (hosts != null) {
            for (String h : hosts) {
                if (h != null && !h.isBlank()) {
                    s.add(h.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(s);
    }

    public QueryGuard withMaxQueryBytes(long max) {
        return new QueryGuard(max, maxDepth, maxNodes, serviceHosts, loadHosts);
    }

    public QueryGuard withServiceHosts(Collection<String> hosts) {
        return new QueryGuard(maxQueryBytes, maxDepth, maxNodes, Set.copyOf(hosts), loadHosts);
    }

    public QueryGuard withLoadHosts(Collection<String> hosts) {
        return new QueryGuard(maxQueryBytes, maxDepth, maxNodes, serviceHosts, Set.copyOf(hosts));
    }

    /** True when the text is longer than {@link #maxQueryBytes} in UTF-8. */
    public boolean tooLong(String text) {
        if (text.length() > maxQueryBytes) {
            return true;
        }
        // At most 3 bytes per UTF-16 char: only count when it can matter.
        return (long) text.length() * 3 > maxQueryBytes
                && text.getBytes(StandardCharsets.UTF_8).length > maxQueryBytes;
    }

    private void checkLength(String text, String what) {
        if (tooLong(text)) {
            throw new InputException("the " + what + " text is longer than the limit of " + maxQueryBytes
                    + " bytes; shorten it (or raise the limit, serve --max-query-bytes)");
        }
    }

    /** Parses and checks a query (ARQ syntax); every refusal is an InputException. */
    public Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InputException("the SPARQL query is empty");
        }
        checkLength(text, "query");
        Query q;
        try {
            q = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? " at line " + e.getLine() + ", column " + e.getColumn() : "";
            throw new InputException("SPARQL syntax error" + where + ": " + firstLine(e.getMessage()), e);
        } catch (QueryException e) {
            throw new InputException("invalid SPARQL query: " + firstLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        check(q);
        return q;
    }

    /** Checks a parsed query: SERVICE hosts, java: IRIs, algebra depth and size. */
    public void check(Query q) {
        Op op;
        try {
            op = Algebra.compile(q);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        checkOp(op);
    }

    /** Parses and checks an update request; {@code base} resolves relative IRIs. */
    public UpdateRequest parseUpdate(String text, String base) {
        if (text == null) {
            throw new InputException("the SPARQL update is empty");
        }
        UpdateRequest req;
        try {
            req = UpdateFactory.create(text, base, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? " at line " + e.getLine() + ", column " + e.getColumn() : "";
            throw new InputException("SPARQL Update syntax error" + where + ": " + firstLine(e.getMessage()), e);
        } catch (QueryException e) {
            throw new InputException("invalid SPARQL update: " + firstLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        check(req);
        return req;
    }

    /** Checks an update: LOAD sources, SERVICE and java: IRIs and the size of WHERE patterns. */
    public void check(UpdateRequest req) {
        for (Update u : req.getOperations()) {
            if (u instanceof UpdateLoad load) {
                checkLoad(load.getSource());
            } else if (u instanceof UpdateModify m) {
                checkQuads(m.getDeleteQuads());
                checkQuads(m.getInsertQuads());
                checkElement(m.getWherePattern());
            } else if (u instanceof UpdateDeleteWhere dw) {
                checkQuads(dw.getQuads());
            } else if (u instanceof UpdateData d) {
                checkQuads(d.getQuads());
            }
        }
    }

    private void checkElement(Element where) {
        if (where == null) {
            return;
        }
        Op op;
        try {
            op = Algebra.compile(where);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        checkOp(op);
    }

    private static void checkQuads(List<Quad> quads) {
        for (Quad q : quads) {
            checkNode(q.getGraph());
            checkNode(q.getPredicate());
        }
    }

    private void checkLoad(String source) {
        String host = httpHost(source);
        if (host == null || !loadHosts.contains(host)) {
            throw new InputException("LOAD <" + source + "> is refused: the server reads no files and "
                    + "fetches only http(s) URLs of hosts named with serve --allow-load HOST"
                    + (loadHosts.isEmpty() ? " (none named)" : " (named: " + String.join(", ", loadHosts) + ")"));
        }
    }

    private void checkService(Node service) {
        if (!service.isURI()) {
            throw new InputException("SERVICE " + service + " is refused: the endpoint must be a fixed IRI of a "
                    + "host named with serve --allow-service HOST");
        }
        String host = httpHost(service.getURI());
        if (host == null || !serviceHosts.contains(host)) {
            throw new InputException("SERVICE <" + service.getURI() + "> is refused: no outbound calls are made "
                    + "except to hosts a server names with serve --allow-service HOST"
                    + (serviceHosts.isEmpty() ? " (none named)" : " (named: " + String.join(", ", serviceHosts) + ")"));
        }
    }

    /** The lower-case host of an http(s) IRI, or null. */
    static String httpHost(String iri) {
        try {
            URI u = new URI(iri);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                return null;
            }
            String h = u.getHost().toLowerCase(Locale.ROOT);
            return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static void checkNode(Node n) {
        if (n != null && n.isURI() && n.getURI().regionMatches(true, 0, JAVA_SCHEME, 0, JAVA_SCHEME.length())) {
            throw new InputException("the IRI <" + n.getURI() + "> is refused: java: function and property "
                    + "IRIs (which load Java classes) are turned off");
        }
    }

    private InputException tooDeep() {
        return new InputException("the query is nested too deeply or too large to evaluate (limit: depth "
                + maxDepth + ", " + maxNodes + " operators); split it into smaller queries");
    }

    private record Item(Object node, int depth) {
    }

    /**
     * Walks the algebra without recursion (so a huge query cannot overflow the stack here),
     * checking depth, size, SERVICE and java: IRIs.
     */
    private void checkOp(Op root) {
        Deque<Item> todo = new ArrayDeque<>();
        todo.push(new Item(root, 1));
        int nodes = 0;
        while (!todo.isEmpty()) {
            Item it = todo.pop();
            if (it.depth() > maxDepth || ++nodes > maxNodes) {
                throw tooDeep();
            }
            int d = it.depth() + 1;
            if (it.node() instanceof Op op) {
                visitOp(op, d, todo);
            } else if (it.node() instanceof Expr e) {
                visitExpr(e, d, todo);
            }
        }
    }

    private void visitOp(Op op, int d, Deque<Item> todo) {
        if (op instanceof OpService s) {
            checkService(s.getService());
        }
        if (op instanceof OpBGP bgp) {
            bgp.getPattern().getList().forEach(QueryGuard::checkTriple);
        } else if (op instanceof OpTriple t) {
            checkTriple(t.getTriple());
        } else if (op instanceof OpQuadPattern qp) {
            qp.getBasicPattern().getList().forEach(QueryGuard::checkTriple);
        } else if (op instanceof OpPath p) {
            if (p.getTriplePath().getPath() != null && p.getTriplePath().getPath().toString().contains("<java:")) {
                throw new InputException("the path " + p.getTriplePath().getPath()
                        + " is refused: java: IRIs (which load Java classes) are turned off");
            }
        } else if (op instanceof OpProcedure pr) {
            checkNode(pr.getProcId());
            pushExprs(pr.getArgs(), d, todo);
        } else if (op instanceof OpPropFunc pf) {
            checkNode(pf.getProperty());
        }
        if (op instanceof OpFilter f) {
            pushExprs(f.getExprs(), d, todo);
        } else if (op instanceof OpLeftJoin lj) {
            pushExprs(lj.getExprs(), d, todo);
        } else if (op instanceof OpExtendAssign ea) {
            ea.getVarExprList().getExprs().values().forEach(e -> todo.push(new Item(e, d)));
        } else if (op instanceof OpGroup g) {
            g.getGroupVars().getExprs().values().forEach(e -> todo.push(new Item(e, d)));
            for (ExprAggregator a : g.getAggregators()) {
                pushExprs(a.getAggregator().getExprList(), d, todo);
            }
        } else if (op instanceof OpOrder o) {
            pushSort(o.getConditions(), d, todo);
        } else if (op instanceof OpTopN t) {
            pushSort(t.getConditions(), d, todo);
        }
        if (op instanceof Op1 o1) {
            todo.push(new Item(o1.getSubOp(), d));
        } else if (op instanceof Op2 o2) {
            todo.push(new Item(o2.getLeft(), d));
            todo.push(new Item(o2.getRight(), d));
        } else if (op instanceof OpN on) {
            on.getElements().forEach(sub -> todo.push(new Item(sub, d)));
        }
    }

    private static void pushExprs(ExprList exprs, int d, Deque<Item> todo) {
        if (exprs != null) {
            exprs.forEach(e -> todo.push(new Item(e, d)));
        }
    }

    private static void pushSort(List<SortCondition> conditions, int d, Deque<Item> todo) {
        for (SortCondition c : conditions) {
            todo.push(new Item(c.getExpression(), d));
        }
    }

    private static void visitExpr(Expr e, int d, Deque<Item> todo) {
        if (e instanceof E_Function f) {
            checkNode(NodeFactory.createURI(f.getFunctionIRI()));
        }
        if (e instanceof ExprFunctionOp fo) {
            todo.push(new Item(fo.getGraphPattern(), d));
        }
        if (e instanceof ExprAggregator a) {
            pushExprs(a.getAggregator().getExprList(), d, todo);
        } else if (e instanceof ExprFunction fn) {
            fn.getArgs().forEach(arg -> todo.push(new Item(arg, d)));
        }
    }

    private static void checkTriple(Triple t) {
        checkNode(t.getPredicate());
    }

    static String firstLine(String s) {
        if (s == null) {
            return "(no details)";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s.strip() : s.substring(0, nl).strip();
    }
}
