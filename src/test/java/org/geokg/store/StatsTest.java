package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsTest {
    private final Stats stats = new Stats(3, Map.of("id", 2L, "en", 1L), Map.of("Country", 4L, "Person", 1L),
            3, Map.of("03", 2L, "11", 1L), Map.of("1", 2L, "4", 1L), 5, 6, 1, 1234);

    @Test
    void totalsAddUpTheSections() {
        assertEquals(5, stats.entities());
        assertEquals(3, stats.events());
    }

    @Test
    void uncountedQuadsAreLeftOut() {
        Stats s = new Stats(1, Map.of("id", 1L), Map.of(), 0, Map.of(), Map.of(), 0, 0, 0, -1);
        assertTrue(!s.toText().contains("quads"), s.toText());
    }

    @Test
    void textListsEveryCountSorted() {
        String t = stats.toText();
        assertTrue(t.matches("(?s).*articles +3\\R.*"), t);
        assertTrue(t.indexOf("language en") < t.indexOf("language id"), t);
        assertTrue(t.matches("(?s).*root 03 +2\\R.*"), t);
        assertTrue(t.matches("(?s).*class 4 +1\\R.*"), t);
        assertTrue(t.matches("(?s).*quads +1234\\R.*"), t);
    }
}
