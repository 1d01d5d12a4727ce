package org.geokg.store;

import java.lang.reflect.Field;
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
 */
final class TdbMemory {
    static final int READ_BLOCKS = Integer.getInteger("geokg.tdb.readCacheBlocks", 1_000);
    static final int WRITE_BLOCKS = Integer.getInteger("geokg.tdb.writeCacheBlocks", 250);
    static final int NODE_CACHE = Integer.getInteger("geokg.tdb.nodeCache", 100_000);
    private static final Logger LOG = LoggerFactory.getLogger(TdbMemory.class);
    private static Boolean direct;

    private TdbMemory() {
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
