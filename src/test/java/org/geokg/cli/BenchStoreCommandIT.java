package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.extract.Extractor;
import org.geokg.kg.QueryLib;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geokg bench-store} end to end on 30 generated articles (checkpoints 10 and 30): child
 * ingests, export, Jena's bulk loader, the server and the saved queries. Checks that every
 * section is there and the figures are sane; never how fast anything is.
 */
class BenchStoreCommandIT {
    @TempDir
    Path tmp;

    @Test
    void benchReportsEverySectionWithSaneFigures() throws Exception {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(texts.resolve("talks-en.txt"), "France and Germany agree to deepen defence ties\n\n"
                + "The foreign minister of France met his German counterpart in Berlin on Monday.\n"
                + "\"We will deepen our cooperation,\" the French minister said after the meeting.\n"
                + "Germany said it would send 200 engineers to a joint project.\n");
        Files.writeString(texts.resolve("visit-en.txt"), "Japan's prime minister visits Vietnam\n\n"
                + "The prime minister of Japan arrived in Hanoi on Tuesday for a two-day visit.\n"
                + "Vietnam and Japan signed an agreement on maritime security.\n");
        Path work = tmp.resolve("work");
        Path json = tmp.resolve("bench.json");
        CliRun r = CliRun.run(Extractor::createDefault, tmp, "bench-store", "--articles", "30", "--checkpoints",
                "10,30", "--texts", texts.toString(), "--work", work.toString(), "--json", json.toString(),
                "--xmx", "768m", "--query-runs", "2", "--ingest-option=--batch-size=5").assertExit(ExitCode.OK);

        for (String section : List.of("STORE", "ingest wall", "ingest articles/s", "quads", "ingest disk (allocated)",
                "ingest peak RSS", "ms per 1000: first", "ms per 1000: last/first", "bulk loader wall",
                "bulk loader quads/s", "ingest/bulk throughput", "ingest/bulk disk", "ingest --bulk wall",
                "QUERIES", "article-overview")) {
            assertTrue(r.out().contains(section), () -> "missing " + section + "\n" + r);
        }
        assertFalse(Files.exists(work), "the work directory is deleted without --keep");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(30, report.path("corpus").path("articles").asInt());
        JsonNode cps = report.path("checkpoints");
        assertEquals(2, cps.size(), report::toPrettyString);
        long previousQuads = 0;
        for (int i = 0; i < 2; i++) {
            JsonNode c = cps.get(i);
            String where = "checkpoint " + c.path("articles") + ": " + c.toPrettyString();
            assertEquals(i == 0 ? 10 : 30, c.path("articles").asInt());
            JsonNode ingest = c.path("ingest");
            assertEquals(0, ingest.path("exit").asInt(), where);
            assertEquals(0, ingest.path("rejects").asInt(), where);
            long quads = ingest.path("quads").asLong();
            assertTrue(quads > previousQuads, where);
            previousQuads = quads;
            assertTrue(ingest.path("wall_ms").asDouble() > 0, where);
            assertTrue(ingest.path("quads_per_s").asDouble() > 0, where);
            assertTrue(ingest.path("disk_bytes").asLong() > 0, where);
            if (Files.isDirectory(Path.of("/proc/self"))) {
                assertTrue(ingest.path("peak_rss_bytes").asLong() > 10_000_000, where);
                assertTrue(c.path("bulk_loader").path("load").path("peak_rss_bytes").asLong() > 10_000_000, where);
            }
            JsonNode cost = ingest.path("per_1000_articles");
            assertTrue(cost.path("from_batch_log").asBoolean(), where);
            assertTrue(cost.path("batches").asInt() >= 2, where);
            assertTrue(cost.path("first_ms").asDouble() > 0 && cost.path("last_ms").asDouble() > 0, where);
            JsonNode bulk = c.path("bulk_loader");
            assertEquals(quads, bulk.path("quads").asLong(), "the bulk loader loads every exported quad; " + where);
            assertTrue(bulk.path("disk_bytes").asLong() > 0, where);
            assertTrue(c.path("ratios").path("ingest_over_bulk_throughput").asDouble() > 0, where);
            JsonNode b = c.path("ingest_bulk");
            assertTrue(b.path("skipped").isTextual() || b.path("isomorphic").asBoolean(), where);
            JsonNode queries = c.path("queries");
            assertEquals(QueryLib.names().size(), queries.size(), where);
            for (JsonNode q : queries) {
                assertEquals(200, q.path("status").asInt(), q::toPrettyString);
                assertEquals(2, q.path("ms").size(), q::toPrettyString);
                assertTrue(q.path("rows").asLong() >= 0, q::toPrettyString);
            }
        }
    }
}
