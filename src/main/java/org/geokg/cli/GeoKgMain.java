package org.geokg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.geokg.extract.Extractor;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.DiskFull;
import org.geokg.sys.ExitCode;
import org.geokg.sys.GeoKgException;
import org.geokg.sys.StoreException;
import org.geokg.sys.SysGeoKg;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code geokg} command line: one subcommand per verb, global options {@code --db} and
 * {@code -v}. Data goes to stdout, messages to stderr; exit codes are those of {@link ExitCode}.
 *
 * <pre>{@code
 * int code = GeoKgMain.commandLine(new GeoKgMain()).execute("ingest", "articles/");
 * }</pre>
 *
 * A {@code GeoKgMain} holds the parsed options of one run: not thread-safe, use one per run.
 */
@Command(name = "geokg", mixinStandardHelpOptions = true, version = SysGeoKg.NAME + " " + SysGeoKg.VERSION,
        description = "News articles in their own language to a knowledge graph of geopolitical relations.",
        subcommands = {IngestCommand.class, ExtractCommand.class, QueryCommand.class, ServeCommand.class,
            ExportCommand.class, ImportCommand.class, PushCommand.class, ValidateCommand.class, StatsCommand.class, CompactCommand.class,
            DemoCommand.class, EvalCommand.class, BenchCommand.class, BenchStoreCommand.class, LexiconCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failed, 2 invalid input or configuration, 3 done with rejects, "
            + "4 internal error."})
public final class GeoKgMain implements Callable<Integer> {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:" + SysGeoKg.ENV_DB + ":-" + SysGeoKg.DEFAULT_DB + "}",
            description = "TDB2 store directory (default: $" + SysGeoKg.ENV_DB + " or ./" + SysGeoKg.DEFAULT_DB
                    + "; now ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print stack traces and more detail on stderr.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final Supplier<Extractor> extractors;
    private final Path workDir;

    /** The command line with the default extraction pipeline, looking for queries/ and data/ in the current directory. */
    public GeoKgMain() {
        this(Extractor::createDefault, Paths.get(""));
    }

    /**
     * The command line with another extraction pipeline and working directory (tests).
     *
     * @param extractors builds the pipeline, once per command that needs it
     * @param workDir    where {@code queries/NAME.rq} and {@code data/samples} are looked for
     */
    public GeoKgMain(Supplier<Extractor> extractors, Path workDir) {
        this.extractors = Objects.requireNonNull(extractors, "extractors");
        this.workDir = Objects.requireNonNull(workDir, "workDir");
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine(new GeoKgMain());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** A picocli command line for {@code main}, with geokg's exit codes and error reporting. */
    public static CommandLine commandLine(GeoKgMain main) {
        CommandLine cl = new CommandLine(main);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.INVALID_INPUT);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(ExitCode.INVALID_INPUT);
        }
        // picocli hands only Exceptions to the handler below and lets Errors through: TDB2 reports a
        // full disk as a java.lang.InternalError, which must get the disk-full message too
        cl.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (Error e) {
                if (!DiskFull.causedBy(e)) {
                    throw e;
                }
                CommandLine.ParseResult last = parseResult;
                while (last.hasSubcommand()) {
                    last = last.subcommand();
                }
                throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), String.valueOf(e),
                        new StoreException(String.valueOf(e.getMessage()), e));
            }
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            String command = commandLine.getCommandName();
            if (!DiskFull.worded(ex) && DiskFull.causedBy(ex)) {
                err.println("geokg " + command + ": " + DiskFull.message(command, main.db(),
                        "every write that was committed before (each is whole); the one in progress was dropped"));
                if (main.verbose) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return ExitCode.FAILED;
            }
            if (ex instanceof GeoKgException g) {
                err.println("geokg " + command + ": " + g.getMessage());
                if (main.verbose) {
                    ex.printStackTrace(err);
                } else if (g.getCause() != null && g.getCause().getMessage() != null
                        && !g.getMessage().contains(g.getCause().getMessage())) {
                    err.println("  cause: " + g.getCause().getMessage());
                }
                err.flush();
                return g.exitCode();
            }
            err.println("geokg " + command + ": internal error: " + ex);
            ex.printStackTrace(err);
            err.println("This is a bug in geokg; please report it with the command and the trace above.");
            err.flush();
            return ExitCode.INTERNAL;
        });
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("geokg: a command is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID_INPUT;
    }

    /** Opens the store named by {@code --db}; fails at once when another process holds it. */
    GeoKgStore openStore() {
        return GeoKgStore.open(db);
    }

    /** Builds the extraction pipeline (expensive: once per command). */
    Extractor extractor() {
        return extractors.get();
    }

    boolean verbose() {
        return verbose;
    }

    Path db() {
        return db;
    }

    Path workDir() {
        return workDir;
    }
}
