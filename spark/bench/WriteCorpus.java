import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.cli.BenchCorpus;

/**
 * Writes the synthetic corpus of {@code geokg bench-store} (same texts, seed and span) as JSON
 * Lines, for the throughput comparison of bench-throughput.sh. A single-file program:
 *
 * <pre>{@code
 * java -cp target/geokg-0.1.0-SNAPSHOT-all.jar spark/bench/WriteCorpus.java /tmp/articles.jsonl 2000
 * }</pre>
 */
public final class WriteCorpus {
    private WriteCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        List<Path> folders = new ArrayList<>();
        for (String f : List.of("data/samples", "src/test/resources")) {
            if (Files.isDirectory(Path.of(f))) {
                folders.add(Path.of(f));
            }
        }
        long bytes = BenchCorpus.load(folders, 42, 540).write(out, n);
        System.err.println("wrote " + n + " articles (" + bytes + " bytes) to " + out);
    }
}
