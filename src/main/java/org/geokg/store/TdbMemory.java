package org.geokg.store;

import java.lang.reflect.Field;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps TDB2's memory bounded whatever the store's size. By default TDB2 memory-maps its index
 * files; every page it ever touches then counts in the process's resident set until the kernel
 * needs the memory back, so a store of a few GB shows a resident set of a few GB. In "direct"
 * mode TDB2 reads blocks into caches in the Java heap instead; but the B+trees take their cache
 * sizes from {@link SystemIndex} constants (10,000 read and 2,000 write blocks of 8 KB per file:
 * up to 96 MB for each of some twenty files), which StoreParams do not reach. This class switches
 * TDB2 to direct mode and sets those two sizes ({@value #READ_BLOCKS} and {@value #WRITE_BLOCKS}
 * blocks per file, about 10 MB), before any store is opened. Setting them writes two static fields
 * of Jena's SystemIndex through {@code sun.misc.Unsafe}: when that is not possible the store stays
 * memory-mapped (correct, only its resident set grows) and a warning says so.
 * {@code -Dgeokg.tdb.mapped=true} keeps memory-mapped files on purpose (faster on machines with
 * memory to spare). Thread-safe; idempotent.
 *
 * <p>Direct mode has one flaw in recovery, which {@link #mapped} works around: when a B+tree is
 * opened, TDB2 cuts its block files down to the size its state file records; in direct mode this
 * really truncates the file (memory-mapped files ignore it). If the process died after a commit
 * reached the journal but before every state file was rewritten, the state files still hold the
 * sizes before the commit, so opening cuts off the committed blocks, and the journal replay
 * that follows points the B+trees at blocks no longer there ("get: short read"). Replaying such a
 * journal with memory-mapped files first keeps the blocks.
 */
final class TdbMemory {
    static final int READ_BLOCKS = Integer.getInteger("geokg.tdb.readCacheBlocks", 1_000);
    static final int WRITE_BLOCKS = Integer.getInteger("geokg.tdb.writeCacheBlocks", 250);
    static final int NODE_CACHE = Integer.getInteger("geokg.tdb.nodeCache", 100_000);
    private static final Logger LOG = LoggerFactory.getLogger(TdbMemory.class);
    private static Boolean direct;

    private TdbMemory() {
    }

    /**
     * For a long-running server: memory-mapped files (faster queries; the resident set then holds
     * the pages queries touched, which the kernel reclaims when it needs memory), unless
     * {@code -Dgeokg.tdb.mapped=false} says otherwise. No effect once a store was opened in this JVM.
     */
    static synchronized void preferMapped() {
        if (direct == null && System.getProperty("geokg.tdb.mapped") == null) {
            direct = false;
        }
    }

    /** Configures TDB2 once per JVM; true when direct mode with bounded caches is in force. */
    static synchronized boolean configure() {
        if (direct == null) {
            direct = !Boolean.getBoolean("geokg.tdb.mapped") && setCacheSizes();
            if (direct) {
                SystemIndex.setFileMode(FileMode.direct);
            }
        }
        return direct;
    }

    /**
     * Runs {@code action} with the store files TDB2 opens meanwhile memory-mapped, then restores
     * the file mode in force before. Stores already open keep their mode; no other store may be
     * opened meanwhile, so callers open stores through this class's lock ({@link #locked}).
     */
    static synchronized <T> T mapped(Supplier<T> action) {
        FileMode before = SystemIndex.fileMode();
        Field mode;
        try {
            mode = SystemIndex.class.getDeclaredField("fileMode");
            mode.setAccessible(true);
            mode.set(null, FileMode.mapped);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot switch TDB2 to memory-mapped files to replay a journal: " + e, e);
        }
        try {
            return action.get();
        } finally {
            try {
                mode.set(null, before);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot switch TDB2 back to " + before + " files: " + e, e);
            }
        }
    }

    /** Runs {@code action} under the lock {@link #mapped} holds while it switches the file mode. */
    static synchronized <T> T locked(Supplier<T> action) {
        return action.get();
    }

    private static boolean setCacheSizes() {
        try {
            int before = SystemIndex.BlockReadCacheSize; // initializes the class first
            Field uf = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            uf.setAccessible(true);
            Object unsafe = uf.get(null);
            Class<?> uc = unsafe.getClass();
            var base = uc.getMethod("staticFieldBase", Field.class);
            var offset = uc.getMethod("staticFieldOffset", Field.class);
            var putInt = uc.getMethod("putIntVolatile", Object.class, long.class, int.class);
            for (String[] f : new String[][] {{"BlockReadCacheSize", Integer.toString(READ_BLOCKS)},
                {"BlockWriteCacheSize", Integer.toString(WRITE_BLOCKS)}}) {
                Field field = SystemIndex.class.getDeclaredField(f[0]);
                putInt.invoke(unsafe, base.invoke(unsafe, field), (long) offset.invoke(unsafe, field),
                        Integer.parseInt(f[1]));
            }
            if (SystemIndex.BlockReadCacheSize != READ_BLOCKS) {
                LOG.warn("TDB2 block cache size stayed at {}: keeping memory-mapped files", before);
                return false;
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("cannot bound TDB2's block caches ({}); keeping memory-mapped files", e.toString());
            return false;
        }
    }
}
