package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;

class QueryGuardTest {
    private static final QueryGuard GUARD = QueryGuard.DEFAULT;

    private static String refusal(Runnable r) {
        return assertThrows(InputException.class, r::run).getMessage();
    }

    @Test
    void serviceIsRefusedUnlessItsHostIsNamed() {
        String q = "SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }";
        assertTrue(refusal(() -> GUARD.parse(q)).contains("SERVICE"));
        assertDoesNotThrow(() -> GUARD.withServiceHosts(Set.of("Example.org")).parse(q));
        assertThrows(InputException.class, () -> GUARD.withServiceHosts(Set.of("example.org"))
                .parse("SELECT * { SERVICE <http://example.com/x> { ?s ?p ?o } }"));
        assertThrows(InputException.class, () -> GUARD.withServiceHosts(Set.of("example.org"))
                .parse("SELECT * { VALUES ?x { <http://example.org/> } SERVICE ?x { ?s ?p ?o } }"));
    }

    @Test
    void loadIsRefusedForFilesOtherSchemesAndUnnamedHosts() {
        for (String u : List.of("LOAD <file:///etc/hostname>", "LOAD <ftp://example.org/x.nt>",
                "LOAD <http://example.org/x.nt>", "LOAD <x.nt> INTO GRAPH <urn:g>")) {
            assertTrue(refusal(() -> GUARD.parseUpdate(u, "http://base.invalid/")).contains("LOAD"), u);
        }
        assertDoesNotThrow(() -> GUARD.withLoadHosts(Set.of("example.org"))
                .parseUpdate("LOAD <https://example.org/x.nt>", "http://base.invalid/"));
    }

    @Test
    void javaIrisAreRefusedInFunctionsPropertiesAndUpdates() {
        assertThrows(InputException.class, () -> GUARD.parse("SELECT * { BIND(<java:a.B>(1) AS ?x) }"));
        assertThrows(InputException.class, () -> GUARD.parse("SELECT * { ?s <java:a.B> ?o }"));
        assertThrows(InputException.class, () -> GUARD.parse("SELECT * { ?s ?p ?o FILTER EXISTS { "
                + "FILTER(<java:a.B>(?o)) } }"));
        assertThrows(InputException.class, () -> GUARD.parseUpdate("DELETE WHERE { ?s <java:a.B> ?o }", "http://b/"));
    }

    @Test
    void oversizedAndTooDeepQueriesAreRefusedWithoutAStackOverflow() {
        String big = "ASK {}\n" + "#".repeat(1_000_001);
        assertTrue(refusal(() -> GUARD.parse(big)).contains("limit"));
        StringBuilder union = new StringBuilder("SELECT * { {?s ?p 0}");
        for (int i = 1; i < 20_000; i++) {
            union.append(" UNION {?s ?p ").append(i).append('}');
        }
        assertTrue(refusal(() -> GUARD.parse(union + "}")).contains("too deeply"));
        String nested = "SELECT * WHERE " + "{".repeat(50_000) + "}".repeat(50_000);
        assertThrows(InputException.class, () -> GUARD.parse(nested));
        assertDoesNotThrow(() -> GUARD.parse("SELECT * { {?s ?p 1} UNION {?s ?p 2} UNION {?s ?p 3} }"));
    }
}
