package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geokg.extract.Extractor;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Issue "Analyst web app", item 7: every example command line runs as written. The examples are
 * collected, not listed by hand: every line of every command's {@code --help} (usage, footer)
 * that starts with {@code geokg} or {@code ./geokg} (also after {@code Example:}), every such
 * line in the README's fenced code blocks, and every inline code span of the README that starts
 * with {@code geokg} or {@code ./geokg}. Each runs in process ({@link GeoKgMain}, the real
 * extraction pipeline, built once) against a temp store made from the kg test fixtures (the
 * three golden article graphs, imported), and must exit 0 (or what {@link #DOCUMENTED_EXIT}
 * says the example documents). {@code mvn} lines are not run: a build inside a test is not cheap.
 *
 * <p>The only changes to an example are these, each explicit:
 * <ul>
 * <li>{@link #PATHS}: placeholder and output paths to fixtures and to the temp folder (so that
 * nothing is written into the project or /tmp);</li>
 * <li>{@code HASH} in an article graph IRI becomes the hash of the seed fixture's graph, and
 * {@code COMMAND} becomes each command in turn;</li>
 * <li>an example without {@code --db} gets {@code --db <temp store>} (the default ./geokg-data
 * would be the project folder's);</li>
 * <li>{@code > FILE} writes the captured stdout to FILE (mapped like the other paths); a
 * trailing {@code # comment} is dropped, and {@code 'single'}/{@code "double"} quotes group
 * words as a shell does.</li>
 * </ul>
 * {@link #PARSE_ONLY} commands are only parsed (every option and argument must be accepted),
 * each for the reason given there.
 */
class CommandExamplesIT {
    /** Placeholders and output files of the examples, and what they become here. */
    static final Map<String, String> PATHS = new LinkedHashMap<>();
    /** Commands that are parsed, not run, and why. */
    static final Map<String, String> PARSE_ONLY = Map.of(
            "serve", "serves until Ctrl-C",
            "demo", "serves until Ctrl-C (StoreCommandsIT runs demo --no-serve)",
            "bench-store", "generates thousands of articles and runs child JVMs for minutes to hours",
            "bench", "measures speed for tens of seconds on the shared cores; it asserts nothing",
            "push", "sends to a running SPARQL endpoint (PushCommandIT starts one)");
    /** Exit codes an example may end with besides 0, as its command documents. */
    static final Map<String, Set<Integer>> DOCUMENTED_EXIT = Map.of(
            "lexicon", Set.of(ExitCode.OK, ExitCode.FAILED)); // "exit 1 when a code or a language falls short"
    /** The article graph of the golden seed fixture (golden-seed-id.trig), for {@code HASH}. */
    static final String SEED_GRAPH_HASH = "1af78e28d459905f";
    static final String GOLD_FIXTURES = "src/test/resources/org/geokg/extract/eval/split";

    private static final Pattern HELP_EXAMPLE = Pattern.compile("^\\s*(?:Examples?:\\s*)?((?:\\./)?geokg\\s.*)$");
    private static final Pattern README_SPAN = Pattern.compile("`((?:\\./)?geokg [^`]*)`");

    @TempDir
    static Path tmp;

    /** Command lines already run (the README repeats some examples): each runs once. */
    private static final Set<String> ALREADY_RUN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static Path store;
    private static Extractor extractor;

    @BeforeAll
    static void buildStore() throws IOException {
        store = tmp.resolve("store");
        PATHS.put("articles/", "data/samples/");
        PATHS.put("article.txt", "data/samples/seed-id-korut-rusia.txt");
        PATHS.put("../shared/corpus", GOLD_FIXTURES);
        PATHS.put("DIR", GOLD_FIXTURES);
        PATHS.put("geokg-data", store.toString());
        PATHS.put("restored", tmp.resolve("restored").toString());
        PATHS.put("kg", tmp.resolve("kg").toString());
        PATHS.put("spark-out/", tmp.resolve("spark-out").toString());
        for (String out : List.of("rejects.tsv", "backup.trig", "events.csv", "coverage.tsv", "article.ttl",
                "bench.json")) {
            PATHS.put(out, tmp.resolve(out).toString());
        }
        PATHS.put("/tmp/rejects.tsv", tmp.resolve("rejects.tsv").toString());
        PATHS.put("/tmp/bench", tmp.resolve("bench").toString());
        PATHS.put("/tmp/b", tmp.resolve("bench").toString());
        for (String f : List.of("golden-seed-id.trig", "golden-en-drills.trig", "golden-ms-visit.trig")) {
            run(List.of("--db", store.toString(), "import", "src/test/resources/org/geokg/kg/" + f))
                    .assertExit(ExitCode.OK);
        }
        // the import example reads a backup made by the export example
        CliRun backup = run(List.of("--db", store.toString(), "export", "--format", "trig")).assertExit(ExitCode.OK);
        Files.writeString(tmp.resolve("backup.trig"), backup.out(), StandardCharsets.UTF_8);
        // the import --bulk example reads shards as the Spark job writes them
        CliRun shard = run(List.of("--db", store.toString(), "export", "--format", "nq")).assertExit(ExitCode.OK);
        Files.createDirectories(tmp.resolve("spark-out/articles"));
        Files.writeString(tmp.resolve("spark-out/articles/part-00000.nq"), shard.out(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ collecting

    /** Every example: where it was found, and its text. */
    record Example(String where, String line) {
        @Override
        public String toString() {
            return where + ": " + line;
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        out.addAll(helpExamples());
        out.addAll(readmeExamples());
        return out.stream();
    }

    static List<Example> helpExamples() {
        List<Example> out = new ArrayList<>();
        CommandLine root = GeoKgMain.commandLine(new GeoKgMain(() -> {
            throw new IllegalStateException("not used");
        }, Path.of("")));
        Map<String, CommandLine> commands = new LinkedHashMap<>();
        commands.put("geokg", root);
        root.getSubcommands().forEach((name, cl) -> commands.put("geokg " + name, cl));
        commands.forEach((name, cl) -> {
            for (String line : cl.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\\R")) {
                Matcher m = HELP_EXAMPLE.matcher(line);
                if (m.matches()) {
                    out.add(new Example(name + " --help", m.group(1).strip()));
                }
            }
        });
        return out;
    }

    static List<Example> readmeExamples() throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                if (line.matches("\\s*(\\./)?geokg\\s.*")) {
                    out.add(new Example("README.md:" + (i + 1), line.strip()));
                }
                continue;
            }
            Matcher m = README_SPAN.matcher(line);
            while (m.find()) {
                out.add(new Example("README.md:" + (i + 1), m.group(1)));
            }
        }
        return out;
    }

    @Test
    void examplesAreFoundInEveryPlace() throws IOException {
        List<Example> help = helpExamples();
        List<Example> readme = readmeExamples();
        assertTrue(help.size() >= 14, "help examples: " + help);
        assertTrue(readme.size() >= 20, "README examples: " + readme);
        assertTrue(help.stream().anyMatch(e -> e.line().startsWith("geokg query ")), help::toString);
        assertTrue(readme.stream().anyMatch(e -> e.line().contains("events-csv")), readme::toString);
    }

    @Test
    void helpExamplesAreNotWrapped() {
        CommandLine root = GeoKgMain.commandLine(new GeoKgMain());
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        int found = 0;
        for (CommandLine cl : all) {
            String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
            for (String line : cl.getCommandSpec().usageMessage().footer()) {
                if (HELP_EXAMPLE.matcher(line).matches()) {
                    found++;
                    assertTrue(usage.lines().anyMatch(l -> l.equals(line)),
                            () -> cl.getCommandName() + ": the example is wrapped in --help: " + line + "\n" + usage);
                }
            }
        }
        assertTrue(found >= 14, "footer examples: " + found);
    }

    @Test
    void theQueryHelpNamesABundledQuery() {
        List<Example> q = helpExamples().stream().filter(e -> e.line().startsWith("geokg query ")).toList();
        assertFalse(q.isEmpty());
        assertTrue(q.stream().noneMatch(e -> e.line().contains("events-between ")), q::toString);
    }

    // ------------------------------------------------------------------ running

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleRunsAsWritten(Example example) {
        for (List<String> words : commandLines(example.line())) {
            runExample(example, words);
        }
    }

    private static void runExample(Example example, List<String> words) {
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        String redirect = null;
        int gt = args.indexOf(">");
        if (gt >= 0) {
            assertEquals(gt + 2, args.size(), example + ": '>' must be followed by one file, at the end");
            redirect = args.get(gt + 1);
            args = new ArrayList<>(args.subList(0, gt));
        }
        if (!args.contains("--db")) {
            args.addAll(0, List.of("--db", store.toString()));
        }
        String command = commandName(args);
        if (!ALREADY_RUN.add(args + " > " + redirect)) {
            return; // the same command line as an earlier example: checked there
        }
        String shown = example + "\n  ran as: geokg " + String.join(" ", args);
        if (PARSE_ONLY.containsKey(command)) {
            CommandLine cl = GeoKgMain.commandLine(new GeoKgMain(CommandExamplesIT::extractor, Path.of("")));
            try {
                CommandLine.ParseResult r = cl.parseArgs(args.toArray(String[]::new));
                assertTrue(r.unmatched().isEmpty(), shown + "\n  unmatched: " + r.unmatched());
            } catch (CommandLine.ParameterException e) {
                fail(shown + "\n  (parsed only: " + PARSE_ONLY.get(command) + ")\n  " + e.getMessage());
            }
            return;
        }
        CliRun r = run(args);
        String ranAs = shown;
        Set<Integer> allowed = DOCUMENTED_EXIT.getOrDefault(command, Set.of(ExitCode.OK));
        assertTrue(allowed.contains(r.code()), () -> ranAs + "\n" + r);
        if (redirect != null) {
            try {
                Files.writeString(Path.of(redirect), r.out(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError(shown + ": cannot write " + redirect, e);
            }
            String file = redirect;
            assertFalse(r.out().isEmpty(), () -> ranAs + ": nothing on stdout for " + file + "\n" + r);
        }
    }

    /** The first word that is not an option or an option's value: the command. */
    private static String commandName(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return "";
    }

    /** The command lines of one example, after the substitutions of the class comment. */
    static List<List<String>> commandLines(String line) {
        List<String> words = words(line);
        assertTrue(!words.isEmpty() && (words.get(0).equals("geokg") || words.get(0).equals("./geokg")), line);
        List<List<String>> out = new ArrayList<>();
        if (words.contains("COMMAND")) {
            for (String c : GeoKgMain.commandLine(new GeoKgMain()).getSubcommands().keySet()) {
                out.add(words.stream().map(w -> w.equals("COMMAND") ? c : w).toList());
            }
            return out;
        }
        List<String> mapped = new ArrayList<>();
        for (String w : words) {
            String m = PATHS.getOrDefault(w, w);
            m = m.replace("/graph/article/HASH", "/graph/article/" + SEED_GRAPH_HASH);
            mapped.add(m);
        }
        out.add(mapped);
        return out;
    }

    /** Shell-like words: whitespace separates, quotes group, {@code #} starts a comment. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        assertEquals(0, quote, "unclosed quote in: " + line);
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }

    @Test
    void wordsSplitLikeAShell() {
        assertEquals(List.of("geokg", "query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format",
                "csv"), words("geokg query --sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv"));
        assertEquals(List.of("./geokg", "eval", "--gold", "x"), words("./geokg eval --gold x   # scores"));
        assertEquals(Set.of("a#b"), new LinkedHashSet<>(words("a#b")));
    }

    private static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.createDefault();
        }
        return extractor;
    }

    private static CliRun run(List<String> args) {
        Supplier<Extractor> pipeline = CommandExamplesIT::extractor;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GeoKgMain.commandLine(new GeoKgMain(pipeline, Path.of("")));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }
}
