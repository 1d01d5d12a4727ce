package org.geokg.sys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small file system for disk-full tests: a tmpfs of a few MB mounted on a directory
 * ({@code mount -t tmpfs}, which needs root or CAP_SYS_ADMIN), and a filler file that takes the
 * space left. {@link #mount} returns null with the reason in {@link #whyNot} where mounting is not
 * permitted, so a test can skip with that message.
 *
 * <pre>{@code
 * SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 24);
 * assumeTrue(disk != null, SmallDisk.whyNot());
 * disk.fill(0);         // no byte left
 * disk.free();          // the filler is deleted
 * disk.close();         // unmounted
 * }</pre>
 * Not thread-safe.
 */
public final class SmallDisk implements AutoCloseable {
    private static String whyNot = "";
    private final Path dir;
    private final Path filler;

    private SmallDisk(Path dir) {
        this.dir = dir;
        this.filler = dir.resolve("filler");
    }

    /** Why the last {@link #mount} returned null. */
    public static String whyNot() {
        return whyNot;
    }

    /** Mounts a tmpfs of {@code megabytes} MB on {@code dir} (created), or null when not permitted. */
    public static SmallDisk mount(Path dir, int megabytes) throws IOException, InterruptedException {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            whyNot = "skipped: a tmpfs needs Linux";
            return null;
        }
        Files.createDirectories(dir);
        String out = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString()));
        if (out != null) {
            whyNot = "skipped: cannot mount a " + megabytes + " MB tmpfs on " + dir + " (needs root): " + out;
            return null;
        }
        return new SmallDisk(dir);
    }

    /** The mounted directory. */
    public Path dir() {
        return dir;
    }

    /** Bytes still free for files. */
    public long usable() throws IOException {
        return Files.getFileStore(dir).getUsableSpace();
    }

    /** Writes a filler file until at most {@code leaveBytes} are free (0: until the disk refuses). */
    public void fill(long leaveBytes) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (usable() > leaveBytes) {
                out.write(block, 0, (int) Math.min(block.length, usable() - leaveBytes));
            }
            if (leaveBytes == 0) {
                while (true) {
                    out.write(block);
                    out.flush();
                }
            }
        } catch (IOException e) {
            if (!DiskFull.causedBy(e)) {
                throw e;
            }
        }
    }

    /** Deletes the filler. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    /** Unmounts the file system (its files are gone). */
    @Override
    public void close() throws IOException, InterruptedException {
        String out = run(List.of("umount", "-l", dir.toString()));
        if (out != null) {
            throw new IOException("cannot unmount " + dir + ": " + out);
        }
    }

    /** Runs a command; null when it exited 0, else its output. */
    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        return p.exitValue() == 0 ? null : out + " (exit " + p.exitValue() + ")";
    }
}
