import java.nio.file.Path;
import org.geokg.store.GeoKgStore;

/**
 * Exit 0 when two stores hold isomorphic graphs (graph by graph), else 1 with the first
 * difference. A single-file program for bench-throughput.sh:
 *
 * <pre>{@code
 * java -cp target/geokg-0.1.0-SNAPSHOT-all.jar spark/bench/SameStore.java /tmp/db-a /tmp/db-b
 * }</pre>
 */
public final class SameStore {
    private SameStore() {
    }

    public static void main(String[] args) {
        try (GeoKgStore a = GeoKgStore.open(Path.of(args[0])); GeoKgStore b = GeoKgStore.open(Path.of(args[1]))) {
            String diff = a.differenceFrom(b);
            System.out.println(diff == null ? "same store: " + args[0] + " and " + args[1] + " are isomorphic, "
                    + a.stats().clusters() + " clusters" : "DIFFERENT: " + diff);
            System.exit(diff == null ? 0 : 1);
        }
    }
}
