package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The cell rules of the events table that do not need a store. */
class EventTableTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyHoldACommaQuoteOrLineBreak() {
        assertEquals("plain text", EventTable.csvField("plain text"));
        assertEquals("\"a, b\"", EventTable.csvField("a, b"));
        assertEquals("\"say \"\"no\"\"\"", EventTable.csvField("say \"no\""));
        assertEquals("\"two\nlines\"", EventTable.csvField("two\nlines"));
        assertEquals("\"cr\rhere\"", EventTable.csvField("cr\rhere"));
        assertEquals("", EventTable.csvField(null));
    }

    @Test
    void aRowEndsWithCrLf() throws IOException {
        StringWriter w = new StringWriter();
        EventTable.writeCsvRow(Arrays.asList("1", "", "x,y"), w);
        assertEquals("1,,\"x,y\"\r\n", w.toString());
    }

    @Test
    void fractionDateIsTheYearPlusTheDayOfTheYearOver365() {
        assertEquals("2021.6137", EventTable.fractionDate("2021-08-12")); // day 224
        assertEquals("1979.0027", EventTable.fractionDate("1979-01-01"));
        assertEquals("2022.0000", EventTable.fractionDate("2021-12-31")); // 365 / 365
        assertEquals("2021.0027", EventTable.fractionDate("2020-12-31")); // day 366 of a leap year
        assertEquals("", EventTable.fractionDate("2021-08"));
        assertEquals("", EventTable.fractionDate(null));
    }

    @Test
    void globalEventIdIsTheFirst13HexDigitsOfTheEventHash() {
        assertEquals(Long.toString(0x845359444f3d5L),
                EventTable.globalEventId(NodeFactory.createURI("https://w3id.org/geokg/id/event/845359444f3d5c69")));
        assertEquals("", EventTable.globalEventId(NodeFactory.createURI("https://example.org/event/1")));
        assertEquals("", EventTable.globalEventId(NodeFactory.createURI("https://w3id.org/geokg/id/event/xyz")));
    }

    @Test
    void theHeaderIsGdeltsSixtyOneColumnsThenGeokgsSixteen() {
        assertEquals(61, EventTable.GDELT_COLUMNS.size());
        assertEquals(16, EventTable.GEOKG_COLUMNS.size());
        assertEquals(List.of("DATEADDED", "SOURCEURL"), EventTable.GDELT_COLUMNS.subList(59, 61));
        assertEquals(77, EventTable.COLUMNS.stream().distinct().count());
    }
}
