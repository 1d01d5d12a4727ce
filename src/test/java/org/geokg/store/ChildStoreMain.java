package org.geokg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second JVM for store tests. {@code hold DIR}: opens the store, prints READY, and keeps it
 * open until stdin closes. {@code ingest DIR N}: stores generated articles 0..N-1 one
 * transaction each, printing "STORED i" after each.
 */
public final class ChildStoreMain {
    private ChildStoreMain() {
    }

    /** Starts this main in a new JVM with the test classpath. */
    static ProcessBuilder command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        cmd.add(ChildStoreMain.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        try (GeoKgStore store = GeoKgStore.open(dir)) {
            if (args[0].equals("hold")) {
                System.out.println("READY");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the parent to close stdin
                }
            } else {
                int n = Integer.parseInt(args[2]);
                for (int i = 0; i < n; i++) {
                    Fixtures.Spec s = Fixtures.generated(i);
                    store.put(Fixtures.article(s), Fixtures.doc(s, 1 + i % 4));
                    System.out.println("STORED " + i);
                    System.out.flush();
                }
            }
        }
    }
}
