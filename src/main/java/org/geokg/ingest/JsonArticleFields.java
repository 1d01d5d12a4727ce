package org.geokg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.geokg.kg.model.Article;

/** Builds an article from one JSON object (fields id, url, title, published, language, publisher, text). */
final class JsonArticleFields {
    private JsonArticleFields() {
    }

    /** The article in {@code node}, or a rejection naming the field at fault. */
    static SourceItem item(SourceText input, Integer line, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new SourceItem.Rejected(input.source(), line,
                    "not a JSON object (an article is an object with at least a \"text\" field)");
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            return new SourceItem.Rejected(input.source(), line, "JSON article without a \"text\" field");
        }
        if (!textNode.isTextual()) {
            return new SourceItem.Rejected(input.source(), line,
                    "\"text\" is not a string (found " + textNode.getNodeType().toString().toLowerCase() + ")");
        }
        String text = textNode.textValue();
        if (text.isBlank()) {
            return new SourceItem.Rejected(input.source(), line, "JSON article with an empty \"text\"");
        }
        String published;
        try {
            published = IngestLib.date(string(node, "published"));
        } catch (IllegalArgumentException e) {
            return new SourceItem.Rejected(input.source(), line, "\"published\" is " + e.getMessage());
        }
        String url = string(node, "url");
        String id = IngestLib.articleId(string(node, "id"), url, text);
        Article a = new Article(id, input.fileName(), blankToNull(url), blankToNull(string(node, "title")),
                published, IngestLib.language(string(node, "language")), blankToNull(string(node, "publisher")),
                text);
        return new SourceItem.Accepted(input.source(), line, a);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return v.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
