package org.geokg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines: one article object per line (fields id, url, title, published,
 * language, publisher, text; others ignored). Blank lines are skipped; a malformed line is
 * rejected with its line number and the other lines are still read. Thread-safe.
 *
 * <pre>{@code
 * List<SourceItem> items = new JsonLinesArticleSource().read(new SourceText("a.jsonl", "a.jsonl", text));
 * }</pre>
 */
public final class JsonLinesArticleSource implements ArticleSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public List<SourceItem> read(SourceText input) {
        List<SourceItem> out = new ArrayList<>();
        String[] lines = input.text().split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            out.add(line(input, i + 1, line));
        }
        if (out.isEmpty()) {
            out.add(new SourceItem.Rejected(input.source(), null, "empty file (no JSON lines)"));
        }
        return out;
    }

    /** The article on one non-blank line (1-based {@code lineNo}), or its rejection. */
    static SourceItem line(SourceText input, int lineNo, String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return new SourceItem.Rejected(input.source(), lineNo,
                    "malformed JSON on line " + lineNo + ": " + e.getOriginalMessage());
        }
        return JsonArticleFields.item(input, lineNo, node);
    }
}
