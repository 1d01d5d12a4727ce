package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.geokg.server.ServerSettings;
import org.geokg.sys.ConfigException;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    private static final ServerSettings BASE = ServeCommand.options("127.0.0.1", 0, false, null,
            Duration.ofSeconds(30), 10_000);

    @Test
    void defaultsAreOneMegabyteQueriesFiftyMegabyteWritesAndNoOutboundHosts() {
        ServerSettings s = ServeCommand.limits(BASE, 1_000_000, 50_000_000, null, null, List.of(), List.of());
        assertEquals(1_000_000, s.maxQueryBytes());
        assertEquals(50_000_000, s.maxUpdateBytes());
        assertEquals(ServerSettings.DEFAULT_MAX_CONCURRENT, s.maxConcurrent());
        assertEquals(2 * ServerSettings.DEFAULT_MAX_CONCURRENT, s.maxQueued());
        assertTrue(s.allowService().isEmpty() && s.allowLoad().isEmpty());
        assertEquals(s, BASE);
    }

    @Test
    void namedHostsAndLimitsAreKept() {
        ServerSettings s = ServeCommand.limits(BASE, 5_000, 7_000, 3, 0, List.of("query.wikidata.org"),
                List.of("::1"));
        assertEquals(5_000, s.maxQueryBytes());
        assertEquals(7_000, s.maxUpdateBytes());
        assertEquals(3, s.maxConcurrent());
        assertEquals(0, s.maxQueued());
        assertEquals(List.of("query.wikidata.org"), s.allowService());
        assertEquals(List.of("::1"), s.allowLoad());
    }

    @Test
    void urlsAndHostPortAreNotHostNames() {
        assertThrows(ConfigException.class, () -> ServeCommand.limits(BASE, 1, 1, null, null,
                List.of("http://example.org/sparql"), List.of()));
        assertThrows(ConfigException.class, () -> ServeCommand.limits(BASE, 1, 1, null, null,
                List.of(), List.of("example.org:8080")));
    }

    @Test
    void nonPositiveLimitsAreRefused() {
        assertThrows(ConfigException.class, () -> ServeCommand.limits(BASE, 0, 1, null, null, List.of(), List.of()));
        assertThrows(ConfigException.class, () -> ServeCommand.limits(BASE, 1, 0, null, null, List.of(), List.of()));
        assertThrows(ConfigException.class, () -> ServeCommand.limits(BASE, 1, 1, 0, null, List.of(), List.of()));
        assertThrows(ConfigException.class, () -> ServeCommand.limits(BASE, 1, 1, 1, -1, List.of(), List.of()));
    }
}
