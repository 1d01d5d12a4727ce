package org.geokg.kg.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The article block of an extraction document: what the extractor knows about the
 * article itself. {@code reportedVia} are outlets the article credits ("Dilansir Fars"),
 * {@code primarySources} the original source of its content ("wawancara dengan TASS").
 */
@JsonPropertyOrder({"id", "file", "language", "title", "published", "publisher", "reportedVia", "primarySources"})
public record ArticleInfo(String id, String file, String language, String title, String published,
        String publisher, List<String> reportedVia, List<String> primarySources) {

    public ArticleInfo {
        reportedVia = reportedVia == null ? List.of() : List.copyOf(reportedVia);
        primarySources = primarySources == null ? List.of() : List.copyOf(primarySources);
    }
}
