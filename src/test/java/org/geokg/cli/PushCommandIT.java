package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.server.GeoKgServer;
import org.geokg.server.ServerSettings;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg push}: shards into a running geokg server (Fuseki) over the Graph Store Protocol. */
class PushCommandIT {
    @TempDir
    Path tmp;

    private final FakeExtractor fake = new FakeExtractor();

    private CliRun run(String... args) {
        return CliRun.run(() -> fake, tmp, args);
    }

    @Test
    void pushedShardsMakeTheSameStoreOnTheServer() throws Exception {
        Path db = tmp.resolve("db");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("articles.jsonl"),
                "{\"id\":\"art-id\",\"language\":\"id\",\"title\":\"Korut siap\",\"text\":\"Korut siap.\"}\n"
                        + "{\"id\":\"art-en\",\"language\":\"en\",\"title\":\"Putin meets Kim\",\"text\":\"Putin met Kim.\"}\n");
        run("ingest", "--db", db.toString(), in.toString()).assertExit(ExitCode.OK);
        Path shards = Files.createDirectories(tmp.resolve("shards/articles"));
        Files.writeString(shards.resolve("part-00000.nq"), run("export", "--db", db.toString(), "--format", "nq")
                .assertExit(ExitCode.OK).out());
        Path users = tmp.resolve("users");
        Files.writeString(users, "alice:pw1\n");
        Path pw = tmp.resolve("pw");
        Files.writeString(pw, "pw1\n");
        Path remote = tmp.resolve("remote");
        try (GeoKgStore store = GeoKgStore.open(remote);
                GeoKgServer server = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0).withUpdate(users))) {
            String endpoint = server.url() + GeoKgServer.DATASET + "/data";
            CliRun refused = run("push", tmp.resolve("shards").toString(), "--endpoint", endpoint)
                    .assertExit(ExitCode.FAILED);
            assertTrue(refused.err().contains("HTTP 401"), refused::toString);
            CliRun r = run("push", tmp.resolve("shards").toString(), "--endpoint", endpoint, "--user", "alice",
                    "--password-file", pw.toString()).assertExit(ExitCode.OK);
            assertTrue(r.err().contains("pushed 1 file"), r::toString);
        }
        try (GeoKgStore a = GeoKgStore.open(db); GeoKgStore b = GeoKgStore.open(remote)) {
            assertNull(a.differenceFrom(b));
        }
    }
}
