package org.geokg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/STYLE.md, checked on the sources: only kg, store and server import
 * Jena, only nlp imports OpenNLP, and the stages of extract depend only on earlier stages
 * (lexicon, then text, then time and mentions, then quantity and analysis, then events, then
 * claims; the pipeline in org.geokg.extract assembles them all). An import used only in Javadoc
 * does not count as a dependency.
 */
class PackageRulesTest {
    private static final Path SRC = Paths.get("src/main/java/org/geokg");
    /** For each stage package, the extract packages its code may use besides its own. */
    private static final Map<String, Set<String>> STAGES = Map.of(
            "lexicon", Set.of(),
            "text", Set.of("lexicon"),
            "time", Set.of("lexicon", "text"),
            "mentions", Set.of("lexicon", "text"),
            "quantity", Set.of("lexicon", "text", "mentions"),
            "analysis", Set.of("lexicon", "text", "mentions"),
            "events", Set.of("lexicon", "text", "time", "mentions", "analysis"),
            "claims", Set.of("lexicon", "text", "time", "mentions", "analysis", "events"));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.(\\w+|\\*);",
            Pattern.MULTILINE);

    private record Source(String pkg, String file, String text, String code) {
    }

    private static List<Source> sources() {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String pkg = SRC.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                String code = withoutCommentsAndLiterals(text).replaceAll("(?m)^import .*$", "");
                out.add(new Source(pkg, SRC.relativize(f).toString(), text, code));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(out.size() > 100, "sources found under " + SRC.toAbsolutePath());
        return out;
    }

    /** The source with comments, string, text block and char literals blanked out. */
    private static String withoutCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < s.length() && s.charAt(i) != c) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Imports whose simple name the code uses (not only Javadoc), as "package.Name". */
    private static List<String> usedImports(Source s) {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT.matcher(s.text());
        while (m.find()) {
            String name = m.group(2);
            if (name.equals("*") || Pattern.compile("(?<![\\w.])" + name + "\\b").matcher(s.code()).find()) {
                out.add(m.group(1) + "." + name);
            }
        }
        return out;
    }

    @Test
    void onlyKgStoreAndServerImportJenaAndOnlyNlpImportsOpenNlp() {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            String top = s.pkg().split("\\.")[0];
            for (String imp : usedImports(s)) {
                if (imp.startsWith("org.apache.jena.") && !Set.of("kg", "store", "server").contains(top)
                        || imp.startsWith("opennlp.") && !top.equals("nlp")) {
                    bad.add(s.file() + ": " + imp);
                }
            }
        }
        assertTrue(bad.isEmpty(),
                "imports across the package boundaries of docs/STYLE.md:\n" + String.join("\n", bad));
    }

    @Test
    void extractStagesUseOnlyEarlierStages() {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.pkg().startsWith("extract.")) {
                continue;
            }
            String stage = s.pkg().substring("extract.".length());
            Set<String> allowed = STAGES.get(stage);
            if (allowed == null) {
                continue; // eval scores whole documents: it may use the pipeline
            }
            for (String imp : usedImports(s)) {
                if (!imp.startsWith("org.geokg.extract.")) {
                    continue;
                }
                String rest = imp.substring("org.geokg.extract.".length());
                String target = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : "(pipeline)";
                if (!target.equals(stage) && !allowed.contains(target)) {
                    bad.add(s.file() + " uses " + imp + " (" + stage + " may use " + allowed + ")");
                }
            }
        }
        assertTrue(bad.isEmpty(),
                "a stage depends on a later stage or on the pipeline:\n" + String.join("\n", bad));
    }

    /**
     * An actor's type is an {@code EntityType}: {@code a.type().equals("Person")} still compiles
     * but is always false. The extraction document's {@code Entity.type()} (a string, in eval) is
     * not an actor's.
     */
    @Test
    void extractComparesActorTypesAsEnumsNotStrings() {
        Pattern stringCompare = Pattern.compile("type\\(\\)\\.equals\\(\""
                + "|\"(Country|Person|Organization|Location|Region|Event)\"\\.equals\\([\\w.()]*type\\(\\)\\)");
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            if (s.pkg().startsWith("extract") && !s.pkg().equals("extract.eval")) {
                Matcher m = stringCompare.matcher(s.text());
                while (m.find()) {
                    bad.add(s.file() + ": " + m.group());
                }
            }
        }
        assertTrue(bad.isEmpty(),
                "entity types compared as strings (use == EntityType.X):\n" + String.join("\n", bad));
    }

    @Test
    void everyExtractSubPackageIsAKnownStage() {
        List<String> unknown = new ArrayList<>();
        for (Source s : sources()) {
            if (s.pkg().startsWith("extract.")) {
                String stage = s.pkg().substring("extract.".length());
                if (!STAGES.containsKey(stage) && !stage.equals("eval")) {
                    unknown.add(s.file());
                }
            }
        }
        assertTrue(unknown.isEmpty(), "extract sub-packages without a place in the stage order of "
                + "PackageRulesTest: " + unknown);
    }
}
