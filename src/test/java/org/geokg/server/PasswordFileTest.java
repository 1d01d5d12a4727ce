package org.geokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.geokg.sys.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {
    @TempDir
    Path tmp;

    private Path file(String content) throws Exception {
        Path p = tmp.resolve("pw");
        Files.writeString(p, content);
        return p;
    }

    @Test
    void linesAreUserColonPasswordAndThePasswordMayHoldColons() throws Exception {
        Map<String, String> users = PasswordFile.read(file("# comment\n\nalice:a:b:c\nbob: spaced\n"));
        assertEquals(Map.of("alice", "a:b:c", "bob", " spaced"), users);
    }

    @Test
    void aSinglePasswordIsForUserAdmin() throws Exception {
        assertEquals(Map.of("admin", "s3cret"), PasswordFile.read(file("s3cret\n")));
    }

    @Test
    void aLineWithoutPasswordNamesTheLine() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> PasswordFile.read(file("alice:x\nbob\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void anEmptyFileIsRejected() throws Exception {
        assertThrows(ConfigException.class, () -> PasswordFile.read(file("# nobody\n")));
    }

    @Test
    void aMissingFileIsRejectedWithItsName() {
        ConfigException e = assertThrows(ConfigException.class, () -> PasswordFile.read(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("none"), e.getMessage());
    }

    @Test
    void updatesWithoutPasswordFileAreRefused() {
        assertThrows(ConfigException.class,
                () -> new ServerSettings("127.0.0.1", 3030, true, null, 30_000, 10_000));
    }

    @Test
    void defaultsAreLoopbackPort3030ThirtySecondsTenThousandRows() {
        ServerSettings d = ServerSettings.DEFAULT;
        assertEquals("127.0.0.1", d.host());
        assertEquals(3030, d.port());
        assertEquals(false, d.update());
        assertEquals(30_000, d.timeoutMillis());
        assertEquals(10_000, d.maxResults());
    }
}
