package org.geokg.kg;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every query of {@code queries/} on the fixture dataset (three articles, the base graphs,
 * one cluster; union default graph) and compares with
 * {@code src/test/resources/org/geokg/kg/queries/<name>.expected.tsv}. Parameters come from
 * {@code <name>.params} (name=value lines). Rows are compared as sorted lines.
 * Set -Dgeokg.updateGolden=true to rewrite the expected files (then review the diff).
 */
class QueriesTest {
    private static final boolean UPDATE = Boolean.getBoolean("geokg.updateGolden");
    private static final String RES = "src/test/resources/org/geokg/kg/queries/";
    private static DatasetGraph data;
    private static PrefixMapping pm;

    @BeforeAll
    static void load() {
        data = QueryLib.unionView(KgFixtures.dataset());
        pm = PrefixMapping.Factory.create().setNsPrefixes(Vocab.prefixes());
        pm.setNsPrefix("article", Iris.ID + "article/");
        pm.setNsPrefix("event", Iris.ID + "event/");
        pm.setNsPrefix("claim", Iris.ID + "claim/");
        pm.setNsPrefix("cluster", Iris.ID + "cluster/");
    }

    static Stream<String> names() {
        return QueryLib.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void queryGivesTheExpectedRows(String name) throws IOException {
        Map<String, String> params = params(name);
        List<String> actual = run(QueryLib.text(name), params);
        Path expectedFile = Path.of(RES + name + ".expected.tsv");
        if (UPDATE) {
            Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        InputStream in = getClass().getResourceAsStream("queries/" + name + ".expected.tsv");
        assertTrue(in != null || UPDATE, "expected result missing: " + expectedFile);
        List<String> expected = UPDATE ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8)
                : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(sortedRows(expected), sortedRows(actual), () -> name + " with " + params + " gave:\n"
                + String.join("\n", actual));
        assertTrue(actual.size() > 1, name + " returns at least one row on the fixtures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void queryRunsWithNoParameters(String name) {
        assertDoesNotThrow(() -> run(QueryLib.text(name), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void substitutedTextForAnEndpointGivesTheRowsOfTheParameters(String name) throws IOException {
        Map<String, String> params = params(name);
        String text = QueryLib.substituted(QueryLib.text(name), params);
        assertDoesNotThrow(() -> QueryLib.parse(text), text);
        assertEquals(sortedRows(run(QueryLib.text(name), params)), sortedRows(run(text, Map.of())), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void queryHasAHeaderComment(String name) {
        String text = QueryLib.text(name);
        assertTrue(text.startsWith("# Purpose:"), name);
        assertTrue(text.contains("# Parameters") && text.contains("# Columns:"), name);
    }

    @Test
    void indexListsEveryQueryFile() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .forEach(f -> files.add(f.substring(0, f.length() - 3)));
        }
        assertEquals(files, new TreeSet<>(QueryLib.names()));
        assertTrue(files.size() >= 12);
    }

    @Test
    void injectionAttemptIsOnlyAValue() {
        long before = data.stream().count();
        List<String> rows = run(QueryLib.text("events-between-states"),
                Map.of("stateA", "x\" } ; DROP ALL ; #"));
        assertEquals(1, rows.size(), "header only: " + rows);
        assertEquals(before, data.stream().count());
        assertEquals(NodeFactory.createLiteralString("x\" } ; DROP ALL ; #"), QueryLib.term("x\" } ; DROP ALL ; #"));
    }

    @Test
    void stateMayBeGivenAsCodeLowerCaseOrIri() {
        String q = QueryLib.text("events-between-states");
        List<String> byCode = run(q, Map.of("stateA", "PRK", "stateB", "RUS"));
        assertEquals(byCode, run(q, Map.of("stateA", "prk", "stateB", "rus")));
        assertEquals(byCode, run(q, Map.of("stateA", "<" + Iris.country("PRK") + ">", "stateB", Iris.country("RUS"))));
        assertEquals(2, byCode.size(), byCode.toString());
    }

    @Test
    void limitAndOffsetPageTheRows() {
        String q = QueryLib.text("article-overview");
        List<String> all = run(q, Map.of());
        assertEquals(4, all.size(), all.toString());
        List<String> first = run(q, Map.of("limit", "1"));
        List<String> second = run(q, Map.of("limit", "1", "offset", "1"));
        assertEquals(List.of(all.get(0), all.get(1)), first, "newest first");
        assertEquals(List.of(all.get(0), all.get(2)), second);
        assertThrows(InputException.class, () -> run(q, Map.of("limit", "ten")));
    }

    @Test
    void articleOverviewTakesOneArticleByIdOrIri() {
        String q = QueryLib.text("article-overview");
        List<String> byId = run(q, Map.of("article", KgFixtures.SEED_ID));
        assertEquals(2, byId.size(), byId.toString());
        assertTrue(byId.get(1).startsWith("\"" + KgFixtures.SEED_ID + "\""), byId.toString());
        assertEquals(byId, run(q, Map.of("article", Iris.article(KgFixtures.SEED_ID))));
    }

    @Test
    void termTypesValuesByTheirForm() {
        assertEquals(NodeFactory.createURI("https://w3id.org/geokg/id/country/PRK"),
                QueryLib.term("https://w3id.org/geokg/id/country/PRK"));
        assertEquals(NodeFactory.createURI("urn:x:1"), QueryLib.term("<urn:x:1>"));
        assertEquals(NodeFactory.createLiteralDT("2021-08-01", XSDDatatype.XSDdate), QueryLib.term("2021-08-01"));
        assertEquals(NodeFactory.createLiteralString("2021-08"), QueryLib.term("2021-08"));
        assertEquals(NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger), QueryLib.term("2"));
        assertEquals(NodeFactory.createLiteralDT("-7.5", XSDDatatype.XSDdecimal), QueryLib.term("-7.5"));
        assertEquals(NodeFactory.createLiteralString("062"), QueryLib.term("062"));
        assertEquals(NodeFactory.createLiteralString("PRK"), QueryLib.term("PRK"));
    }

    @Test
    void malformedIriParameterIsRejected() {
        assertThrows(InputException.class, () -> QueryLib.term("<http://x y>"));
    }

    @Test
    void paramsParseFromNameEqualsValue() {
        assertEquals(Map.of("stateA", "PRK", "q", "a=b"), QueryLib.parseParams(List.of("stateA=PRK", "?q=a=b")));
        assertThrows(InputException.class, () -> QueryLib.parseParams(List.of("no-equals")));
    }

    private static Map<String, String> params(String name) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Path p = Path.of(RES + name + ".params");
        if (Files.exists(p)) {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.putAll(QueryLib.parseParams(List.of(line.strip())));
                }
            }
        }
        return out;
    }

    /** Header line of variable names, then one tab-separated line per row. */
    private static List<String> run(String sparql, Map<String, String> params) {
        Query q = QueryLib.parse(sparql);
        List<String> out = new ArrayList<>();
        try (QueryExec qe = QueryLib.exec(data, q, params)) {
            RowSet rs = qe.select();
            List<Var> vars = rs.getResultVars();
            out.add(String.join("\t", vars.stream().map(Var::getVarName).toList()));
            while (rs.hasNext()) {
                Binding b = rs.next();
                List<String> cells = new ArrayList<>();
                for (Var v : vars) {
                    Node n = b.get(v);
                    cells.add(n == null ? "" : FmtUtils.stringForNode(n, pm).replace("\t", "\\t").replace("\n", "\\n"));
                }
                out.add(String.join("\t", cells));
            }
        }
        return out;
    }

    private static List<String> sortedRows(List<String> lines) {
        List<String> out = new ArrayList<>(lines.stream().filter(l -> !l.isEmpty()).toList());
        if (out.size() > 1) {
            List<String> rows = new ArrayList<>(out.subList(1, out.size()));
            rows.sort(null);
            out = new ArrayList<>(List.of(out.get(0)));
            out.addAll(rows);
        }
        return out;
    }
}
