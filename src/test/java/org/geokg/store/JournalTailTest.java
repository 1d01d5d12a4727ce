package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journals written by TDB2's own Journal class, then cut the way a kill leaves them. */
class JournalTailTest {
    private static final ComponentId COMPONENT = ComponentId.allocLocal();

    @TempDir
    Path dir;

    /** Writes committed transactions of two REDO entries each, then returns the journal file. */
    private Path journal(int commits, int trailingRedos) {
        Journal j = Journal.create(Location.create(dir));
        for (int c = 0; c < commits; c++) {
            j.write(JournalEntryType.REDO, COMPONENT, data("state a" + c));
            j.write(JournalEntryType.REDO, COMPONENT, data("state b" + c));
            j.write(JournalEntryType.COMMIT, COMPONENT, null);
        }
        for (int r = 0; r < trailingRedos; r++) {
            j.write(JournalEntryType.REDO, COMPONENT, data("uncommitted " + r));
        }
        j.sync();
        j.close();
        return dir.resolve("journal.jrnl");
    }

    private static ByteBuffer data(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<JournalEntryType> readBack() {
        Journal j = Journal.create(Location.create(dir));
        try {
            List<JournalEntryType> types = new ArrayList<>();
            Iter.forEach(j.entries(), (JournalEntry e) -> types.add(e.getType()));
            return types;
        } finally {
            j.close();
        }
    }

    private static void truncate(Path f, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    @Test
    void aWholeJournalIsLeftAlone() throws IOException {
        Path f = journal(2, 0);
        long size = Files.size(f);
        assertFalse(JournalTail.cut(f));
        assertEquals(size, Files.size(f));
        assertEquals(6, readBack().size());
    }

    @Test
    void anEntryCutShortAfterACommitIsRemoved() throws IOException {
        Path f = journal(1, 1);
        long commitEnd = Files.size(f) - (3 * Integer.BYTES + ComponentId.SIZE) - "uncommitted 0".length();
        // the kill came in the middle of the second transaction's first entry
        truncate(f, Files.size(f) - 3);
        Journal broken = Journal.create(Location.create(dir));
        try {
            assertThrows(RuntimeException.class, () -> Iter.count(broken.entries()), "TDB2 cannot read it");
        } finally {
            broken.close();
        }
        assertTrue(JournalTail.cut(f));
        assertEquals(commitEnd, Files.size(f));
        assertEquals(List.of(JournalEntryType.REDO, JournalEntryType.REDO, JournalEntryType.COMMIT), readBack());
    }

    @Test
    void wholeEntriesOfAnUncommittedTransactionAreRemovedToo() throws IOException {
        Path f = journal(0, 2);
        assertTrue(JournalTail.cut(f));
        assertEquals(0, Files.size(f));
    }

    @Test
    void anEntryWithADamagedChecksumEndsTheReadablePart() throws IOException {
        Path f = journal(2, 0);
        byte[] bytes = Files.readAllBytes(f);
        long firstCommitEnd = JournalTail.endOfLastCommit(ByteBuffer.wrap(bytes, 0, bytes.length / 2 + 1).slice());
        // flip a data byte of the second transaction's first entry
        bytes[(int) firstCommitEnd + 3 * Integer.BYTES + ComponentId.SIZE] ^= 1;
        Files.write(f, bytes);
        assertTrue(JournalTail.cut(f));
        assertEquals(firstCommitEnd, Files.size(f));
        assertEquals(3, readBack().size());
    }

    @Test
    void aMissingJournalIsNoError() throws IOException {
        assertFalse(JournalTail.cut(dir.resolve("journal.jrnl")));
    }
}
