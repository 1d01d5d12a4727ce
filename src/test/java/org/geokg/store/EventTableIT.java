package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.kg.QueryLib;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geokg export --format events-csv} on a TDB2 store built from the test fixtures (the
 * three golden article graphs of the kg tests, imported as {@code geokg import} does, which
 * clusters the two PRK-USA accusations; plus a hand-written graph with commas, quotes and a line
 * break): the exact expected rows, RFC 4180 quoting, and the same rows from the saved query
 * {@code queries/events-table.rq}. Set -Dgeokg.updateGolden=true to rewrite the expected CSV
 * (then review the diff).
 */
class EventTableIT {
    private static final boolean UPDATE = Boolean.getBoolean("geokg.updateGolden");
    private static final Path EXPECTED = Path.of("src/test/resources/org/geokg/store/events-table.expected.csv");
    private static final List<Path> FIXTURES = List.of(
            Path.of("src/test/resources/org/geokg/kg/golden-seed-id.trig"),
            Path.of("src/test/resources/org/geokg/kg/golden-en-drills.trig"),
            Path.of("src/test/resources/org/geokg/kg/golden-ms-visit.trig"),
            Path.of("src/test/resources/org/geokg/store/events-csv-quoting.trig"));

    @TempDir
    static Path tmp;

    private static GeoKgStore store;
    private static String csv;

    @BeforeAll
    static void buildStore() {
        store = GeoKgStore.open(tmp.resolve("db"));
        for (Path f : FIXTURES) {
            store.importFile(f);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.exportEvents(null, out);
        csv = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void exportGivesTheExpectedRows() throws IOException {
        if (UPDATE) {
            Files.writeString(EXPECTED, csv, StandardCharsets.UTF_8);
        }
        List<List<String>> expected = Csv.parse(Files.readString(EXPECTED, StandardCharsets.UTF_8));
        List<List<String>> actual = Csv.parse(csv);
        assertEquals(expected.get(0), actual.get(0), "header");
        assertEquals(sorted(expected.subList(1, expected.size())), sorted(actual.subList(1, actual.size())),
                () -> "export gave:\n" + csv);
        assertEquals(9, actual.size() - 1, "one row per event of the fixtures (2 + 2 + 3 + 2)");
    }

    @Test
    void headerIsGdeltsEventColumnsThenGeokgs() {
        List<String> header = Csv.parse(csv).get(0);
        assertEquals(GeoKgStore.EVENT_COLUMNS, header);
        assertEquals(61, EventTable.GDELT_COLUMNS.size(), "GDELT 2.0's event table has 61 columns");
        assertEquals(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"),
                header.subList(0, 6));
        assertEquals(List.of("DATEADDED", "SOURCEURL", "EventIRI"), header.subList(59, 62));
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedPerRfc4180() {
        assertTrue(csv.contains(",\"il a dit, \"\"nous\"\"\nvenons\","), csv);
        assertTrue(csv.contains(",\"Le \"\"Comité\"\"\","), csv);
        assertTrue(csv.endsWith("\r\n"), "records end with CRLF");
        for (String line : csv.split("\r\n")) {
            assertTrue(line.startsWith("GLOBALEVENTID,") || line.matches("(?s)[0-9]*,.*"), line);
        }
    }

    @Test
    void savedQueryGivesTheSameRowsAsTheExport() {
        List<List<String>> export = Csv.parse(csv);
        List<List<String>> query = Csv.parse(query(Map.of()));
        assertEquals(export.get(0), query.get(0), "the query's columns are the CSV header");
        assertEquals(sorted(export.subList(1, export.size())), sorted(query.subList(1, query.size())));
    }

    @Test
    void savedQueryPagesDoNotOverlapAndCoverEveryEvent() {
        List<List<String>> all = Csv.parse(query(Map.of()));
        Set<String> seen = new HashSet<>();
        int rows = 0;
        for (int offset = 0; offset < 12; offset += 4) {
            List<List<String>> page = Csv.parse(query(Map.of("limit", "4", "offset", Integer.toString(offset))));
            for (List<String> r : page.subList(1, page.size())) {
                assertTrue(seen.add(r.get(EventTable.COLUMNS.indexOf("EventIRI"))), "twice: " + r);
                rows++;
            }
        }
        assertEquals(all.size() - 1, rows);
    }

    @Test
    void oneArticleGraphOnlyWithGraph() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = store.exportEvents("https://w3id.org/geokg/graph/article/00000000000000aa", out);
        assertEquals(2, n);
        assertEquals(3, Csv.parse(out.toString(StandardCharsets.UTF_8)).size());
    }

    @Test
    void aGraphThatIsNotAnArticleGraphIsRefused() {
        assertThrows(InputException.class, () -> store.exportEvents("https://w3id.org/geokg/graph/countries",
                new ByteArrayOutputStream()));
        assertThrows(InputException.class, () -> store.exportEvents(
                "https://w3id.org/geokg/graph/article/0000000000000000", new ByteArrayOutputStream()));
    }

    private static String query(Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(QueryLib.text("events-table"), params, "csv", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(r -> String.join("\u0001", r)));
        return out;
    }

    /** A strict RFC 4180 reader for the tests: a quote inside an unquoted field is an error. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            boolean fieldStarted = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        f.append(c);
                    }
                    i++;
                    continue;
                }
                if (c == '"') {
                    if (f.length() > 0) {
                        throw new AssertionError("quote inside an unquoted field at " + i);
                    }
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    row.add(f.toString());
                    f.setLength(0);
                    fieldStarted = true;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(f.toString());
                    rows.add(row);
                    row = new ArrayList<>();
                    f.setLength(0);
                    fieldStarted = false;
                    i++;
                } else if (c == '\n' || c == '\r') {
                    throw new AssertionError("bare line break outside quotes at " + i);
                } else {
                    f.append(c);
                    fieldStarted = true;
                }
                i++;
            }
            if (fieldStarted || f.length() > 0) {
                row.add(f.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
