package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.sys.DiskFull;
import org.geokg.sys.ExitCode;
import org.geokg.sys.StoreException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class DiskFullTest {

    /** What TDB2 threw when the audit's tmpfs filled during an ingest: an Error around the IOException. */
    private static Throwable tdbDiskFull() {
        return new InternalError("a fault occurred in an unsafe memory access operation",
                new RuntimeException(new IOException("No space left on device")));
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final Throwable t;

        Boom(Throwable t) {
            this.t = t;
        }

        @Override
        public Integer call() throws Exception {
            if (t instanceof Error e) {
                throw e;
            }
            throw (Exception) t;
        }
    }

    private static String[] run(Throwable t, String... args) {
        GeoKgMain main = new GeoKgMain(FakeExtractor::new, Path.of("/data"));
        CommandLine cl = GeoKgMain.commandLine(main);
        cl.addSubcommand("boom", new Boom(t));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void noSpaceLeftIsFoundAnywhereInTheCauseChainOrSuppressed() {
        assertTrue(DiskFull.causedBy(tdbDiskFull()));
        RuntimeException closing = new IllegalStateException("Can't expel: Active transactions");
        closing.addSuppressed(new IOException("write failed: No space left on device"));
        assertTrue(DiskFull.causedBy(closing));
        assertFalse(DiskFull.causedBy(new IOException("Permission denied")));
        assertFalse(DiskFull.causedBy(null));
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertFalse(DiskFull.causedBy(b), "a cycle ends");
    }

    @Test
    void anyCommandFailingOnAFullDiskSaysSoWithTheStoreAndExitsOneWithoutATrace() {
        String[] r = run(tdbDiskFull(), "--db", "/data/geokg-store", "boom");
        assertEquals(Integer.toString(ExitCode.FAILED), r[0], r[1]);
        assertTrue(r[1].startsWith("geokg boom: no space left on device while writing the store /data/geokg-store"),
                r[1]);
        assertTrue(r[1].contains("Free space on that disk"), r[1]);
        assertFalse(r[1].contains("\tat "), "no stack trace without -v:\n" + r[1]);
        assertFalse(r[1].contains("internal error"), r[1]);
    }

    @Test
    void verboseAddsTheTrace() {
        String[] r = run(tdbDiskFull(), "--db", "/data/geokg-store", "-v", "boom");
        assertEquals(Integer.toString(ExitCode.FAILED), r[0], r[1]);
        assertTrue(r[1].contains("\tat "), r[1]);
    }

    @Test
    void theIngestMessageNamesWhatWasKept() {
        String kept = "34 articles stored in whole batches before the failure";
        String[] r = run(new StoreException(DiskFull.message("ingest", Path.of("/data/geokg-store"), kept),
                tdbDiskFull()), "boom");
        assertEquals(Integer.toString(ExitCode.FAILED), r[0], r[1]);
        assertTrue(r[1].contains("no space left on device while writing the store /data/geokg-store (ingest stopped; "
                + "the disk is full, or a quota or file-size limit was reached). Kept: " + kept + "."), r[1]);
        assertFalse(r[1].contains("\tat "), r[1]);
    }

    @Test
    void otherInternalErrorsStillReportABug() {
        String[] r = run(new IllegalStateException("boom"), "boom");
        assertEquals(Integer.toString(ExitCode.INTERNAL), r[0], r[1]);
    }
}
