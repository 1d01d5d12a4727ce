package org.geokg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.geokg.sys.ExitCode;
import org.geokg.sys.InputException;
import org.geokg.sys.ServerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code geokg push PATH --endpoint URL}: sends N-Quads or TriG shards (the Spark job's output,
 * an export) to a SPARQL Graph Store Protocol endpoint of a dataset, one HTTP POST per file
 * (the quads are added; each POST is one transaction on the server). Needs no local store.
 */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Send .nq/.trig shards (e.g. the Spark job's output) to a SPARQL Graph Store Protocol "
            + "endpoint of a dataset: one POST per file, the quads are added.",
            "The endpoint must accept quads (Fuseki: http://HOST:3030/DATASET/data; geokg serve --update: "
                + "http://HOST:3030/geokg/data)."},
        footer = {"", "Exit codes: 0 all files sent, 1 the endpoint refused a file (the files before it were "
            + "added), 2 invalid options.",
            "", "Example (the password in $GEOKG_PASSWORD):",
            "geokg push spark-out/ --endpoint http://localhost:3030/geokg/data --user alice"})
final class PushCommand implements Callable<Integer> {

    /** The environment variable that holds the password of {@code --user}. */
    static final String ENV_PASSWORD = "GEOKG_PASSWORD";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A .nq/.trig file, or a directory: every .nq, .trig, .nq.gz and "
            + ".trig.gz file under it.")
    Path path;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The dataset's Graph Store Protocol endpoint, e.g. http://localhost:3030/geokg/data.")
    String endpoint;

    @Option(names = "--user", paramLabel = "NAME",
            description = "HTTP basic authentication as NAME, with the password in $" + ENV_PASSWORD
                    + " or --password-file.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password of --user (instead of $" + ENV_PASSWORD + ").")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Give up on a file after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        URI uri = endpoint();
        String auth = auth();
        List<Path> files = ImportCommand.shards(path);
        PrintWriter err = spec.commandLine().getErr();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        long t0 = System.nanoTime();
        long bytes = 0;
        int sent = 0;
        for (Path f : files) {
            bytes += send(client, uri, auth, f, sent, files.size());
            sent++;
        }
        err.println(String.format(Locale.ROOT, "pushed %d file%s (%d MB of RDF) to %s in %.1f s", sent,
                sent == 1 ? "" : "s", bytes >> 20, endpoint, (System.nanoTime() - t0) / 1e9));
        return ExitCode.OK;
    }

    private URI endpoint() {
        try {
            URI uri = new URI(endpoint);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new InputException("--endpoint must be an http(s) URL, got " + endpoint);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InputException("--endpoint is not a URL: " + endpoint + " (" + e.getMessage() + ")", e);
        }
    }

    private String auth() {
        if (user == null) {
            return null;
        }
        String pw = System.getenv(ENV_PASSWORD);
        if (passwordFile != null) {
            try {
                pw = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new InputException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
            }
        }
        if (pw == null) {
            throw new InputException("--user " + user + " needs a password: set " + ENV_PASSWORD
                    + " or give --password-file");
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs one file; returns its size in bytes (uncompressed). */
    private long send(HttpClient client, URI uri, String auth, Path f, int done, int total) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String type = name.replaceAll("\\.gz$", "").endsWith(".trig") ? "application/trig" : "application/n-quads";
        // servers want the length first (Fuseki answers 411 without it): a .gz file is read twice
        long length = length(f, gz);
        HttpRequest.BodyPublisher body;
        try {
            body = gz ? HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> open(f)), length)
                    : HttpRequest.BodyPublishers.ofFile(f);
        } catch (IOException e) {
            throw new InputException("cannot read " + f + ": " + e.getMessage(), e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", type + "; charset=utf-8")
                .POST(body);
        if (auth != null) {
            b.header("Authorization", auth);
        }
        HttpResponse<String> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | UncheckedIOException e) {
            throw new ServerException("cannot send " + f + " to " + endpoint + ": " + e.getMessage() + " (" + done
                    + " of " + total + " files were sent before it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("push interrupted at " + f + " (" + done + " of " + total + " files sent)", e);
        }
        if (r.statusCode() / 100 != 2) {
            String answer = r.body() == null ? "" : r.body().strip();
            throw new ServerException("the endpoint " + endpoint + " refused " + f + ": HTTP " + r.statusCode()
                    + (answer.isEmpty() ? "" : " " + answer.substring(0, Math.min(300, answer.length())))
                    + " (" + done + " of " + total + " files were sent before it; check the URL, --user and the "
                    + "server's update permission)");
        }
        return length;
    }

    /** Bytes of the RDF in {@code f} (uncompressed). */
    private static long length(Path f, boolean gz) {
        try {
            if (!gz) {
                return Files.size(f);
            }
            try (InputStream in = open(f)) {
                return in.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /** The uncompressed content of a .gz shard. */
    private static InputStream open(Path f) {
        try {
            return new GZIPInputStream(Files.newInputStream(f), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
