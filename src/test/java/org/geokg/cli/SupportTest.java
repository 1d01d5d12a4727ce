package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

class SupportTest {

    @ParameterizedTest(name = "{0} = {1} ms")
    @CsvSource({"500ms, 500", "30s, 30000", "30, 30000", "2m, 120000", "1h, 3600000", "' 5S ', 5000"})
    void durationsAreReadWithUnits(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), new DurationConverter().convert(text));
    }

    @Test
    void durationWithoutNumberIsRefused() {
        assertThrows(TypeConversionException.class, () -> new DurationConverter().convert("soon"));
    }

    @Test
    void writerOutputStreamDecodesSequencesSplitAcrossWrites() throws Exception {
        StringWriter sw = new StringWriter();
        byte[] bytes = "Korsel – 28.500 serdadu “AS” 北朝鮮".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new WriterOutputStream(new PrintWriter(sw))) {
            for (byte b : bytes) {
                out.write(b);
            }
        }
        assertEquals("Korsel – 28.500 serdadu “AS” 北朝鮮", sw.toString());
    }

    @Test
    void writerOutputStreamHandlesLargeWrites() throws Exception {
        StringWriter sw = new StringWriter();
        String big = "é".repeat(20_000);
        try (OutputStream out = new WriterOutputStream(new PrintWriter(sw))) {
            out.write(big.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(big, sw.toString());
    }
}
