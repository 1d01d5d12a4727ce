package org.geokg.testlib;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geokg.extract.eval.Split;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The expected-counts file: exact comparison, and a failure that prints the lines to paste. */
class ExpectedCountsTest {
    private static final String FIXTURE = "org/geokg/testlib/expected-fixture.tsv";

    private static List<ExpectedCounts.Row> rows(int tuneTp) {
        return List.of(new ExpectedCounts.Row("SomeTest", Split.TUNE, "events", tuneTp, 1, 2),
                new ExpectedCounts.Row("SomeTest", Split.FRESH, "events", 0, 0, 4));
    }

    @Test
    void equalCountsPass() {
        assertDoesNotThrow(() -> ExpectedCounts.assertExpected(FIXTURE, "SomeTest", rows(3)));
    }

    @Test
    void anyChangedCountFailsWithTheDifferenceAndAllReplacementLines() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> ExpectedCounts.assertExpected(FIXTURE, "SomeTest", rows(4)));
        String m = e.getMessage();
        assertTrue(m.contains("tune  events         expected tp=3 fp=1 fn=2"), m);
        assertTrue(m.contains("now tp=4 fp=1 fn=2"), m);
        assertTrue(m.contains("SomeTest\ttune\tevents\t4\t1\t2\nSomeTest\tfresh\tevents\t0\t0\t4\n"), m);
        assertFalse(m.contains("OtherTest"), m);
    }

    @Test
    void testWithoutLinesFailsWithTheLinesToAdd() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> ExpectedCounts.assertExpected(FIXTURE, "NewTest", List.of(new ExpectedCounts.Row("NewTest",
                        Split.TUNE, "claims", 1, 0, 0))));
        assertTrue(e.getMessage().contains("has no line for this test"), e.getMessage());
        assertTrue(e.getMessage().contains("NewTest\ttune\tclaims\t1\t0\t0"), e.getMessage());
    }

    @Test
    void tallyCountsFieldsAsSets() {
        ExpectedCounts.Tally t = new ExpectedCounts.Tally("via", "language");
        assertFalse(t.add(Split.TUNE, "via", List.of("AFP", "TASS"), List.of("TASS", "Xinhua")));
        assertTrue(t.add(Split.TUNE, "language", "id", "id"));
        assertFalse(t.add(Split.FRESH, "language", "ms", "id"));
        assertFalse(t.add(Split.FRESH, "language", null, "en"));
        assertEquals(List.of(new ExpectedCounts.Row("T", Split.TUNE, "via", 1, 1, 1),
                new ExpectedCounts.Row("T", Split.TUNE, "language", 1, 0, 0),
                new ExpectedCounts.Row("T", Split.FRESH, "via", 0, 0, 0),
                new ExpectedCounts.Row("T", Split.FRESH, "language", 0, 1, 2)), t.rows("T"));
    }
}
