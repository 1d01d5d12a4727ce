package org.geokg.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.geokg.sys.InputException;

/**
 * Reads gold files ({@code NAME.gold.json} beside {@code NAME.txt}) and prediction
 * documents into {@link EvalDocument}s. Tolerant of the gold-only forms of
 * EXTRACTION-FORMAT.md: evidence as a plain string or an object, claim text as a snippet,
 * offsets optional (snippets are then located in the text), refs, aliases, optional items.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * List<GoldLoader.GoldArticle> gold = GoldLoader.loadDir(Path.of("corpus"));
 * EvalDocument pred = GoldLoader.parse(jsonNode, gold.get(0).text());
 * }</pre>
 */
public final class GoldLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SUFFIX = ".gold.json";

    private GoldLoader() {
    }

    /**
     * One gold article.
     *
     * @param name     NAME (file name without {@code .gold.json})
     * @param textFile NAME.txt
     * @param text     the article text
     * @param gold     the gold document
     * @param split    its split from the folder's {@link SplitFile SPLIT.tsv}, or null when the
     *                 folder has none
     */
    public record GoldArticle(String name, Path textFile, String text, EvalDocument gold, Split split) {
    }

    /**
     * Every {@code NAME.gold.json} of a directory with its {@code NAME.txt}, sorted by name, each
     * with its split when the directory has a {@link SplitFile SPLIT.tsv} (which must then list
     * every article).
     */
    public static List<GoldArticle> loadDir(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException("gold directory " + dir + " does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new InputException("cannot list gold directory " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InputException("gold directory " + dir + " holds no *" + SUFFIX + " file");
        }
        List<String> names = new ArrayList<>();
        for (Path g : files) {
            String fn = g.getFileName().toString();
            names.add(fn.substring(0, fn.length() - SUFFIX.length()));
        }
        Map<String, Split> splits = SplitFile.read(dir, names);
        List<GoldArticle> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path g = files.get(i);
            String name = names.get(i);
            Path txt = dir.resolve(name + ".txt");
            if (!Files.isRegularFile(txt)) {
                throw new InputException("gold file " + g + " has no article text beside it (expected " + txt + ")");
            }
            String text = read(txt);
            JsonNode node;
            try {
                node = MAPPER.readTree(read(g));
            } catch (JsonProcessingException e) {
                throw new InputException("gold file " + g + " is not valid JSON: " + e.getOriginalMessage(), e);
            }
            EvalDocument doc = parse(node, text);
            if (doc.file() == null) {
                doc = new EvalDocument(name + ".txt", doc.language(), text, doc.entities(), doc.events(), doc.claims(),
                        doc.quantities());
            }
            out.add(new GoldArticle(name, txt, text, doc, splits.get(name)));
        }
        return out;
    }

    /** Prediction documents, one JSON object per line (blank lines skipped). */
    public static List<JsonNode> readJsonLines(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new InputException("prediction file " + file + " does not exist");
        }
        List<JsonNode> out = new ArrayList<>();
        int n = 0;
        for (String line : read(file).split("\n")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(MAPPER.readTree(line));
            } catch (JsonProcessingException e) {
                throw new InputException("prediction file " + file + " line " + n + " is not a JSON object: "
                        + e.getOriginalMessage(), e);
            }
        }
        return out;
    }

    /** The {@code article.file} of a document (its base name), or null. */
    public static String fileOf(JsonNode doc) {
        String f = str(doc.path("article"), "file");
        if (f == null) {
            return null;
        }
        int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
        return f.substring(slash + 1);
    }

    /** An extraction document (gold or predicted) against the article text (may be null). */
    public static EvalDocument parse(JsonNode doc, String text) {
        JsonNode article = doc.path("article");
        Map<String, EvalDocument.Entity> entities = new LinkedHashMap<>();
        for (JsonNode e : doc.path("entities")) {
            String ref = str(e, "ref");
            if (ref == null) {
                continue;
            }
            List<String> aliases = strings(e.path("aliases"));
            String label = str(e, "label");
            EvalDocument.Span mention = null;
            JsonNode ms = e.path("mentions");
            if (ms.isArray() && ms.size() > 0) {
                mention = span(ms.get(0), text);
            } else if (text != null) {
                List<String> names = new ArrayList<>();
                if (label != null) {
                    names.add(label);
                }
                names.addAll(aliases);
                for (String n : names) {
                    EvalDocument.Span s = locate(n, -1, -1, text);
                    if (s.located()) {
                        mention = s;
                        break;
                    }
                }
            }
            entities.put(ref, new EvalDocument.Entity(ref, str(e, "type"), label, str(e, "wikidata"),
                    upper(str(e, "country")), aliases, mention, e.path("optional").asBoolean(false)));
        }
        List<EvalDocument.Event> events = new ArrayList<>();
        for (JsonNode v : doc.path("events")) {
            String modality = str(v, "modality");
            events.add(new EvalDocument.Event(str(v, "ref"), str(v, "cameo"), strings(v.path("cameoAlt")),
                    strings(v.path("source")), strings(v.path("target")), str(v, "date"),
                    modality == null ? "asserted" : modality.toLowerCase(Locale.ROOT), span(v.path("evidence"), text),
                    v.path("optional").asBoolean(false)));
        }
        List<EvalDocument.Claim> claims = new ArrayList<>();
        for (JsonNode c : doc.path("claims")) {
            claims.add(new EvalDocument.Claim(str(c, "ref"), str(c, "speaker"), span(c, text),
                    c.path("optional").asBoolean(false)));
        }
        List<EvalDocument.Quantity> quantities = new ArrayList<>();
        for (JsonNode q : doc.path("quantities")) {
            JsonNode v = q.path("value");
            BigDecimal value;
            try {
                value = v.isNumber() ? v.decimalValue() : v.isTextual() ? new BigDecimal(v.asText().strip()) : null;
            } catch (NumberFormatException e) {
                value = null;
            }
            quantities.add(new EvalDocument.Quantity(value, str(q, "unit"), str(q, "about"), span(q, text),
                    q.path("optional").asBoolean(false)));
        }
        return new EvalDocument(fileOf(doc), str(article, "language"), text, entities, events, claims, quantities);
    }

    /**
     * A span from a node that is a plain string (a snippet), or an object with {@code text}
     * and optional {@code start}/{@code end}. Offsets are trusted when they fit the text.
     */
    static EvalDocument.Span span(JsonNode n, String text) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return locate(n.asText(), -1, -1, text);
        }
        String t = str(n, "text");
        int start = n.path("start").asInt(-1);
        int end = n.path("end").asInt(-1);
        if (t == null && start < 0) {
            return null;
        }
        return locate(t, start, end, text);
    }

    /** Finds a snippet: given offsets when they fit, else exactly, else ignoring case and runs of spaces. */
    static EvalDocument.Span locate(String snippet, int start, int end, String text) {
        if (text == null) {
            return new EvalDocument.Span(snippet, start, end);
        }
        if (start >= 0 && end > start && end <= text.length()
                && (snippet == null || snippet.isEmpty() || text.substring(start, end).equals(snippet))) {
            return new EvalDocument.Span(text.substring(start, end), start, end);
        }
        if (snippet == null || snippet.isBlank()) {
            return new EvalDocument.Span(snippet, -1, -1);
        }
        int i = text.indexOf(snippet);
        if (i >= 0) {
            return new EvalDocument.Span(snippet, i, i + snippet.length());
        }
        String[] words = snippet.strip().split("\\s+");
        StringBuilder re = new StringBuilder("(?iu)");
        for (int k = 0; k < words.length; k++) {
            if (k > 0) {
                re.append("\\s+");
            }
            re.append(java.util.regex.Pattern.quote(words[k]));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(re.toString()).matcher(text);
        if (m.find()) {
            return new EvalDocument.Span(m.group(), m.start(), m.end());
        }
        if (start >= 0 && end > start && end <= text.length()) {
            return new EvalDocument.Span(text.substring(start, end), start, end);
        }
        return new EvalDocument.Span(snippet, -1, -1);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read " + p + ": " + e.getMessage(), new UncheckedIOException(e));
        }
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isTextual()) {
            out.add(n.asText());
        } else if (n.isArray()) {
            for (JsonNode x : n) {
                if (!x.isNull()) {
                    out.add(x.asText());
                }
            }
        }
        return out;
    }
}
