package org.geokg.kg.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A span of the original text: {@code text.equals(article.substring(start, end))}. */
@JsonPropertyOrder({"text", "start", "end"})
public record Mention(String text, int start, int end) {
}
