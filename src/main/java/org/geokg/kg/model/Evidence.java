package org.geokg.kg.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The exact text supporting a fact, with its offsets into the original article text. */
@JsonPropertyOrder({"text", "start", "end"})
public record Evidence(String text, int start, int end) {
}
