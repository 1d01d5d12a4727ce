package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.extract.Extractor;
import org.geokg.extract.eval.EvalReport;
import org.geokg.extract.eval.EvalRunner;
import org.geokg.extract.eval.Split;
import org.geokg.sys.ExitCode;
import org.geokg.sys.GeoKgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code geokg eval --gold DIR [--pred FILE] [--split tune|fresh|all] [--format text|json]
 * [--[no-]errors] [--fresh-errors]}: scores predictions (or the default extractor) against the
 * gold files of a directory with the matching rules of EXTRACTION-FORMAT.md. When the directory
 * has a SPLIT.tsv the report gives the scores per split (tune, fresh) beside the overall ones,
 * and lists the errors of tune articles only: a fresh article is measured, never debugged.
 * The report goes to stdout, messages to stderr. Exit 0 when scored, 2 for a bad gold
 * directory, SPLIT.tsv or prediction file, 1 when extraction fails. Not thread-safe (one
 * instance per run, as picocli makes it).
 *
 * <pre>{@code
 * new CommandLine(new EvalCommand()).execute("--gold", "corpus", "--split", "tune", "--format", "json");
 * }</pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extractions against gold annotations (NAME.gold.json beside NAME.txt).")
public final class EvalCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format {
        text, json
    }

    /** Which articles to score. */
    public enum SplitChoice {
        tune, fresh, all
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

    @Option(names = "--split", defaultValue = "all", paramLabel = "tune|fresh|all",
            description = "Score only the articles that SPLIT.tsv marks tune, or fresh, or all of them "
                    + "(default: ${DEFAULT-VALUE}; tune and fresh need a SPLIT.tsv in the gold directory).")
    SplitChoice split;

    @Option(names = "--errors", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "List every miss and false alarm with its evidence sentence, for the articles that are "
                    + "not fresh (default: on).")
    boolean errors;

    @Option(names = "--fresh-errors",
            description = "List the errors of fresh articles too (off by default: fresh articles are measured, "
                    + "not debugged).")
    boolean freshErrors;

    public EvalCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Split only = switch (split) {
                case tune -> Split.TUNE;
                case fresh -> Split.FRESH;
                case all -> null;
            };
            EvalReport report = pred != null ? EvalRunner.withPredictions(gold, only, pred)
                    : EvalRunner.withExtractor(gold, only, Extractor::createDefault);
            EvalReport.Listing listing = !errors ? EvalReport.Listing.NONE
                    : freshErrors ? EvalReport.Listing.ALL : EvalReport.Listing.NOT_FRESH;
            out.print(format == Format.json ? report.toJson(listing) + "\n" : report.toText(listing));
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
