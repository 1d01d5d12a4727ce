package org.geokg.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** One kind of bad input file for the ingest and extract tests, and how it must be rejected. */
record BadInput(String label, String fileName, byte[] bytes, Integer line, String reasonStart) {

    @Override
    public String toString() {
        return label;
    }

    static List<BadInput> all() {
        byte[] binary = new byte[64];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        return List.of(
                new BadInput("empty file", "empty.txt", new byte[0], null, "empty file"),
                new BadInput("binary file", "image.txt", binary, null, "binary file"),
                new BadInput("invalid UTF-8", "latin1.txt",
                        "Dubes Korut di Rusia: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), null,
                        "invalid UTF-8 at byte offset 25"),
                new BadInput("malformed JSON Lines line", "batch.jsonl",
                        ("{\"id\":\"ok-1\",\"text\":\"First.\"}\n{\"id\":\"bad\",\"text\":\n"
                                + "{\"id\":\"ok-3\",\"text\":\"Third.\"}\n").getBytes(StandardCharsets.UTF_8),
                        2, "malformed JSON on line 2"),
                new BadInput("JSON article without text", "notext.json",
                        "{\"id\":\"x\",\"title\":\"No body\"}".getBytes(StandardCharsets.UTF_8), 1,
                        "JSON article without a \"text\" field"),
                new BadInput("file above the size cap", "huge.txt",
                        "A long article. ".repeat(400).getBytes(StandardCharsets.UTF_8), null,
                        "file of 6400 bytes is larger than the size cap of 4096 bytes"));
    }
}
