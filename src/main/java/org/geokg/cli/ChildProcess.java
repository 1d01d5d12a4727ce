package org.geokg.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.geokg.sys.GeoKgException;

/**
 * A JVM started by {@code geokg bench-store} (an ingest, an export, a loader, a server), with
 * its wall time and its peak resident memory: {@code /proc/PID/status} is polled every
 * {@value #POLL_MILLIS} ms and the largest of {@code VmHWM} (the kernel's own high-water mark)
 * and {@code VmRSS} is kept. Where there is no {@code /proc} (not Linux) the peak is -1.
 *
 * <pre>{@code
 * List<String> cmd = ChildProcess.geokg("2g", Path.of("/tmp/db"), "ingest", "articles.jsonl");
 * try (ChildProcess p = ChildProcess.start(cmd, Path.of("out.txt"), Path.of("err.txt"))) {
 *     ChildProcess.Result r = p.waitFor(Duration.ofHours(2));
 * }
 * }</pre>
 *
 * Not thread-safe: one thread starts, waits for and closes a child.
 */
final class ChildProcess implements AutoCloseable {
    static final int POLL_MILLIS = 100;

    /** How a child ended: exit code, wall time and peak RSS in bytes (-1 when unknown). */
    record Result(int exit, long wallNanos, long peakRssBytes) {
        double wallSeconds() {
            return wallNanos / 1e9;
        }
    }

    private final Process process;
    private final List<String> command;
    private final Path stderr;
    private final long started;
    private final Thread poller;
    private volatile long peakRss = -1;

    private ChildProcess(Process process, List<String> command, Path stderr, long started) {
        this.process = process;
        this.command = command;
        this.stderr = stderr;
        this.started = started;
        this.poller = new Thread(this::poll, "geokg-bench-rss-" + process.pid());
        this.poller.setDaemon(true);
        this.poller.start();
    }

    /** Starts {@code command} with stdout and stderr going to the given files. */
    static ChildProcess start(List<String> command, Path stdout, Path stderr) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        long t0 = System.nanoTime();
        try {
            return new ChildProcess(pb.start(), List.copyOf(command), stderr, t0);
        } catch (IOException e) {
            throw new GeoKgException("cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code command} to its end (at most {@code timeout}). */
    static Result run(List<String> command, Path stdout, Path stderr, Duration timeout) {
        try (ChildProcess p = start(command, stdout, stderr)) {
            return p.waitFor(timeout);
        }
    }

    /** The command line of a geokg child on the store {@code db}: this jar (or classpath) with heap {@code xmx}. */
    static List<String> geokg(String xmx, Path db, String... args) {
        List<String> cmd = java(xmx, args.length == 0 || !args[0].equals("serve"));
        Path jar = runningJar();
        if (jar != null) {
            cmd.add("-jar");
            cmd.add(jar.toString());
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(GeoKgMain.class.getName());
        }
        if (db != null) {
            cmd.add("--db");
            cmd.add(db.toString());
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The command line of another main class of this jar (or classpath) with heap {@code xmx}. */
    static List<String> mainClass(String xmx, String className, String... args) {
        List<String> cmd = java(xmx, true);
        Path jar = runningJar();
        cmd.add("-cp");
        cmd.add(jar != null ? jar.toString() : System.getProperty("java.class.path"));
        cmd.add(className);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * The JVM of a child: heap {@code xmx}, and for a batch job (anything but a server) the
     * throughput collector, as the {@code geokg} launcher gives batch commands: on two cores it
     * takes 5-9% less time and less memory than G1 for ingest, and every batch child (the
     * yardstick loader included) gets the same.
     */
    private static List<String> java(String xmx, boolean batch) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + xmx);
        if (batch) {
            cmd.add("-XX:+UseParallelGC");
        }
        return cmd;
    }

    /**
     * The runnable jar this code runs from (found from the code source), or null when it runs
     * from classes or a jar without geokg's main class (tests, an IDE): then children get the
     * current classpath.
     */
    static Path runningJar() {
        try {
            Path p = Path.of(ChildProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(p) || !p.getFileName().toString().endsWith(".jar")) {
                return null;
            }
            try (JarFile jar = new JarFile(p.toFile())) {
                Manifest m = jar.getManifest();
                String main = m == null ? null : m.getMainAttributes().getValue("Main-Class");
                return GeoKgMain.class.getName().equals(main) ? p : null;
            }
        } catch (URISyntaxException | IOException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Peak RSS so far in bytes, -1 when unknown. */
    long peakRss() {
        return peakRss;
    }

    /** Waits for the end; kills the child and fails when {@code timeout} passes first. */
    Result waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new GeoKgException("timed out after " + timeout + ": " + String.join(" ", command));
            }
            long wall = System.nanoTime() - started;
            poller.join(1000);
            return new Result(process.exitValue(), wall, peakRss);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new GeoKgException("interrupted while waiting for " + String.join(" ", command), e);
        }
    }

    /** The last lines of the child's stderr, for an error message. */
    String stderrTail(int lines) {
        return tail(stderr, lines);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops a child still running (SIGTERM, then kill after 30 s). */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void poll() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            long rss = rssOf(status);
            if (rss > peakRss) {
                peakRss = rss;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The larger of VmHWM and VmRSS in bytes, or -1 when the file cannot be read. */
    static long rssOf(Path status) {
        List<String> lines;
        try {
            lines = Files.readAllLines(status, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return -1;
        }
        long max = -1;
        for (String l : lines) {
            if (l.startsWith("VmHWM:") || l.startsWith("VmRSS:")) {
                String[] parts = l.substring(6).strip().split("\\s+");
                try {
                    max = Math.max(max, Long.parseLong(parts[0]) * 1024);
                } catch (NumberFormatException e) {
                    // a line we do not understand: skip it
                }
            }
        }
        return max;
    }
}
