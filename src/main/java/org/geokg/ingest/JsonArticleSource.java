package org.geokg.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON file holding one article object or an array of them (fields id, url, title,
 * published, language, publisher, text; others ignored). Items of an array are reported
 * with the line they start on, so a bad item is rejected alone. A file that is not JSON is
 * rejected as a whole. Thread-safe.
 *
 * <pre>{@code
 * List<SourceItem> items = new JsonArticleSource().read(new SourceText("a.json", "a.json", text));
 * }</pre>
 */
public final class JsonArticleSource implements ArticleSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public List<SourceItem> read(SourceText input) {
        List<SourceItem> out = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(input.text())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return List.of(new SourceItem.Rejected(input.source(), null, "empty file (no JSON)"));
            }
            if (first == JsonToken.START_ARRAY) {
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new IOException("unexpected end of input inside the array");
                    }
                    int line = p.currentTokenLocation().getLineNr();
                    JsonNode node = MAPPER.readTree(p);
                    out.add(JsonArticleFields.item(input, line, node));
                }
            } else {
                int line = p.currentTokenLocation().getLineNr();
                out.add(JsonArticleFields.item(input, line, MAPPER.readTree(p)));
            }
            if (p.nextToken() != null) {
                return List.of(new SourceItem.Rejected(input.source(), p.currentTokenLocation().getLineNr(),
                        "more than one JSON value in a .json file (use .jsonl for one article per line)"));
            }
        } catch (IOException e) {
            String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                    ? jpe.getOriginalMessage() + " (line " + (jpe.getLocation() == null ? "?"
                            : jpe.getLocation().getLineNr()) + ")"
                    : e.getMessage();
            return List.of(new SourceItem.Rejected(input.source(), null, "malformed JSON: " + msg));
        }
        if (out.isEmpty()) {
            out.add(new SourceItem.Rejected(input.source(), null, "empty JSON array (no articles)"));
        }
        return out;
    }
}
