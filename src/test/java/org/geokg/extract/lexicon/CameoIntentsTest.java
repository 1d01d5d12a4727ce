package org.geokg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CameoIntentsTest {

    @Test
    void theLongestActPrefixNamesTheIntent() {
        CameoIntents t = CameoIntents.standard();
        assertEquals("0312", t.intentOf("062"));
        assertEquals("0356", t.intentOf("0871"));
        assertEquals("036", t.intentOf("042"));
        assertEquals("039", t.intentOf("045"));
        assertEquals("031", t.intentOf("060"));
    }

    @Test
    void actsOutsideRootsFourToEightHaveNoIntentCode() {
        CameoIntents t = CameoIntents.standard();
        assertNull(t.intentOf("190"));
        assertNull(t.intentOf("112"));
        assertNull(t.intentOf("030"));
    }

    @Test
    void everyIntentIsACodebookCodeOfRootThree() {
        CameoCodebook book = CameoCodebook.standard();
        for (String act : new String[] {"04", "05", "06", "061", "062", "07", "074", "08", "0831", "087"}) {
            String intent = CameoIntents.standard().intentOf(act);
            assertTrue(intent.startsWith("03") && book.get(intent) != null, act + " -> " + intent);
        }
    }
}
