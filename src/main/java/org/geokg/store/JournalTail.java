package org.geokg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;

/**
 * Cuts a TDB2 journal back to the end of its last whole commit. A process killed while TDB2
 * wrote the entries of a commit leaves a journal whose last entry is cut short; TDB2's recovery
 * then refuses to open the store ("Failed to read the journal entry data") although the entries
 * after the last COMMIT belong to a transaction that never committed and recovery would ignore
 * them. Entries are read as TDB2 writes them (a header of length, Adler-32 checksum, type and
 * component id, then the data); the first entry that is cut short or fails its checksum ends the
 * readable part.
 *
 * <pre>{@code
 * if (JournalTail.cut(dataDir.resolve("journal.jrnl"))) { ... }
 * }</pre>
 * Call only while no process holds the store. Stateless; thread-safe.
 */
final class JournalTail {
    private static final int HEADER = 3 * Integer.BYTES + ComponentId.SIZE;
    private static final int CRC_AT = Integer.BYTES;
    private static final int TYPE_AT = 2 * Integer.BYTES;

    private JournalTail() {
    }

    /**
     * Truncates the journal after its last whole COMMIT entry (to nothing when it holds none);
     * true when bytes were cut. A missing journal is left alone.
     */
    static boolean cut(Path journal) throws IOException {
        if (!Files.isRegularFile(journal)) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(journal);
        long keep = endOfLastCommit(ByteBuffer.wrap(bytes));
        if (keep == bytes.length) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            ch.truncate(keep);
            ch.force(true);
        }
        return true;
    }

    /** Offset just after the last whole, intact COMMIT entry of a journal's bytes (0 when none). */
    static long endOfLastCommit(ByteBuffer journal) {
        int pos = 0;
        int end = 0;
        int size = journal.limit();
        while (pos + HEADER <= size) {
            int len = journal.getInt(pos);
            int data = Math.max(0, len);
            if (len < -1 || pos + HEADER + (long) data > size) {
                break;
            }
            byte[] header = new byte[HEADER];
            journal.get(pos, header);
            int crc = journal.getInt(pos + CRC_AT);
            ByteBuffer.wrap(header).putInt(CRC_AT, 0);
            Adler32 adler = new Adler32();
            adler.update(header);
            adler.update(journal.slice(pos + HEADER, data));
            if ((int) adler.getValue() != crc) {
                break;
            }
            JournalEntryType type;
            try {
                type = JournalEntryType.type(journal.getInt(pos + TYPE_AT));
            } catch (RuntimeException e) {
                break;
            }
            pos += HEADER + data;
            if (type == JournalEntryType.COMMIT) {
                end = pos;
            }
        }
        return end;
    }
}
