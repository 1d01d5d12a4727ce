package org.geokg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Objects;
import org.geokg.kg.model.Modality;
import org.junit.jupiter.api.Test;

/** Lexicon flags and modality cues are enums read from the lower-case words of the data files. */
class LexiconEnumsTest {

    @Test
    void flagsAreReadFromTheirLowerCaseWordsOnly() {
        assertEquals(EventFlag.SYM, EventFlag.of("sym"));
        assertEquals(EventFlag.WEAK, EventFlag.of("weak"));
        assertNull(EventFlag.of("SYM"));
        assertNull(EventFlag.of("symmetric"));
        assertEquals(SpeechFlag.PARTICIPLE, SpeechFlag.of("participle"));
        assertNull(SpeechFlag.of("noun"));
    }

    @Test
    void everyModalityHasItsReadingAndOngoingHasNone() {
        for (Modality m : Modality.values()) {
            assertEquals(m, ModalityDetector.Reading.of(m.label()).modality());
        }
        assertNull(ModalityDetector.Reading.ONGOING.modality());
        assertEquals(Modality.values().length + 1, ModalityDetector.Reading.values().length);
        assertEquals(Modality.values().length,
                Arrays.stream(ModalityDetector.Reading.values()).map(ModalityDetector.Reading::modality)
                        .filter(Objects::nonNull).distinct().count());
    }
}
