package org.geokg.kg.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads and writes extraction documents as JSON. Thread-safe.
 *
 * <pre>{@code
 * String json = ExtractionJson.toJson(doc, true);
 * ExtractionDocument back = ExtractionJson.fromJson(json);
 * }</pre>
 */
public final class ExtractionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, false);

    private ExtractionJson() {
    }

    /** The shared mapper (configured; do not reconfigure). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(ExtractionDocument doc, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc)
                    : MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize extraction document: " + e.getMessage(), e);
        }
    }

    public static ExtractionDocument fromJson(String json) {
        try {
            return MAPPER.readValue(json, ExtractionDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an extraction document: " + e.getOriginalMessage(), e);
        }
    }
}
