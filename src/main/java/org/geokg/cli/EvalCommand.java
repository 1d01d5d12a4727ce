package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.extract.Extractor;
import org.geokg.extract.eval.EvalReport;
import org.geokg.extract.eval.EvalRunner;
import org.geokg.sys.ExitCode;
import org.geokg.sys.GeoKgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code geokg eval --gold DIR [--pred FILE] [--format text|json] [--[no-]errors]}: scores
 * predictions (or the default extractor) against the gold files of a directory with the
 * matching rules of EXTRACTION-FORMAT.md. The report goes to stdout, messages to stderr.
 * Exit 0 when scored, 2 for a bad gold directory or prediction file, 1 when extraction fails.
 *
 * <pre>{@code
 * new CommandLine(new EvalCommand()).execute("--gold", "corpus", "--format", "json");
 * }</pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extractions against gold annotations (NAME.gold.json beside NAME.txt).")
public final class EvalCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format {
        text, json
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Directory of NAME.gold.json files with their NAME.txt texts.")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE",
            description = "Predictions as JSON Lines of extraction documents (matched by article.file). "
                    + "Without it the default extractor runs on each NAME.txt.")
    Path pred;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--errors", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "List every miss and false alarm with its evidence sentence (default: on).")
    boolean errors;

    public EvalCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            EvalReport report = pred != null ? EvalRunner.withPredictions(gold, pred)
                    : EvalRunner.withExtractor(gold, Extractor::createDefault);
            out.print(format == Format.json ? report.toJson(errors) + "\n" : report.toText(errors));
            out.flush();
            for (String w : report.warnings()) {
                err.println("warning: " + w);
            }
            err.flush();
            return ExitCode.OK;
        } catch (GeoKgException e) {
            err.println("geokg eval: " + e.getMessage());
            err.flush();
            return e.exitCode();
        }
    }
}
