package org.geokg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.extract.lexicon.LexiconCoverage;
import org.geokg.sys.ExitCode;
import org.geokg.sys.GeoKgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code geokg lexicon [--format table|tsv]}: the coverage of the bundled lexicons, a matrix of
 * every CAMEO code of the codebook by language (id, en, ms, fr, es, de) with the number of event
 * trigger rows, then per language the speech rows and the verb forms they name. The matrix goes
 * to stdout; gaps are listed on stderr. Exit 0 when every code has a trigger in every language
 * and every language names at least {@value LexiconCoverage#MIN_SPEECH_FORMS} speech forms, 1
 * otherwise, 2 for a broken lexicon file.
 *
 * <pre>{@code
 * new CommandLine(new LexiconCommand()).execute("--format", "tsv");
 * }</pre>
 *
 * <p>One instance per run; not thread-safe.
 */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = "Print how many event triggers each CAMEO code has per language, and the speech verbs per "
                + "language; exit 1 when a code or a language falls short.",
        footer = {"", "Example: geokg lexicon --format tsv > coverage.tsv"})
public final class LexiconCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format {
        table, tsv
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|tsv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    public LexiconCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LexiconCoverage c;
        try {
            c = LexiconCoverage.standard();
        } catch (GeoKgException e) {
            err.println("geokg lexicon: " + e.getMessage());
            err.flush();
            return e.exitCode();
        }
        if (format == Format.tsv) {
            printTsv(c, out);
        } else {
            printTable(c, out);
        }
        out.flush();
        boolean complete = c.complete();
        if (!complete) {
            reportGaps(c, err);
        }
        err.flush();
        return complete ? ExitCode.OK : ExitCode.FAILED;
    }

    private static void printTsv(LexiconCoverage c, PrintWriter out) {
        out.println("code\tname\t" + String.join("\t", LexiconCoverage.LANGUAGES));
        for (LexiconCoverage.CodeRow r : c.rows()) {
            StringBuilder b = new StringBuilder(r.code()).append('\t').append(r.name());
            for (int n : r.triggers()) {
                b.append('\t').append(n);
            }
            out.println(b);
        }
        StringBuilder rows = new StringBuilder("speech\tspeech rows (frames)");
        StringBuilder forms = new StringBuilder("speech-forms\tspeech verb forms and phrases");
        for (LexiconCoverage.Speech s : c.speech()) {
            rows.append('\t').append(s.rows());
            forms.append('\t').append(s.forms());
        }
        out.println(rows);
        out.println(forms);
    }

    private static void printTable(LexiconCoverage c, PrintWriter out) {
        StringBuilder head = new StringBuilder(String.format("%-6s %-40s", "code", "name"));
        for (String l : LexiconCoverage.LANGUAGES) {
            head.append(String.format(" %4s", l));
        }
        out.println(head);
        for (LexiconCoverage.CodeRow r : c.rows()) {
            String name = r.name().length() > 40 ? r.name().substring(0, 39) + "…" : r.name();
            StringBuilder b = new StringBuilder(String.format("%-6s %-40s", r.code(), name));
            for (int n : r.triggers()) {
                b.append(String.format(" %4s", n == 0 ? "-" : Integer.toString(n)));
            }
            out.println(b);
        }
        out.println();
        StringBuilder rows = new StringBuilder(String.format("%-47s", "speech rows (frames)"));
        StringBuilder forms = new StringBuilder(String.format("%-47s", "speech verb forms and phrases"));
        for (LexiconCoverage.Speech s : c.speech()) {
            rows.append(String.format(" %4d", s.rows()));
            forms.append(String.format(" %4d", s.forms()));
        }
        out.println(rows);
        out.println(forms);
    }

    private static void reportGaps(LexiconCoverage c, PrintWriter err) {
        Map<String, List<String>> byLang = new LinkedHashMap<>();
        for (String pair : c.missing()) {
            String[] p = pair.split(" ");
            byLang.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[0]);
        }
        for (Map.Entry<String, List<String>> e : byLang.entrySet()) {
            err.println("geokg lexicon: " + e.getKey() + " has no event trigger for " + e.getValue().size()
                    + " CAMEO code(s): " + String.join(", ", e.getValue()) + " (add rows to data/lexicons/"
                    + e.getKey() + "/events.tsv)");
        }
        for (LexiconCoverage.Speech s : c.thinSpeech()) {
            err.println("geokg lexicon: " + s.lang() + " names " + s.forms() + " speech forms, fewer than "
                    + LexiconCoverage.MIN_SPEECH_FORMS + " (add verbs to data/lexicons/" + s.lang() + "/speech.tsv)");
        }
    }
}
