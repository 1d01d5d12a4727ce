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

    /** A builder with every component unset (null, 0 or false). */
    public static Builder create() {
        return new Builder();
    }

    /** A builder holding this record's components, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return create().id(id).file(file).language(language).title(title).published(published)
                .publisher(publisher).reportedVia(reportedVia).primarySources(primarySources);
    }

    /** Builds {@link ArticleInfo}s by component name instead of by position. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String file;
        private String language;
        private String title;
        private String published;
        private String publisher;
        private List<String> reportedVia;
        private List<String> primarySources;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder file(String file) {
            this.file = file;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder published(String published) {
            this.published = published;
            return this;
        }

        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        public Builder reportedVia(List<String> reportedVia) {
            this.reportedVia = reportedVia;
            return this;
        }

        public Builder primarySources(List<String> primarySources) {
            this.primarySources = primarySources;
            return this;
        }

        public ArticleInfo build() {
            return new ArticleInfo(id, file, language, title, published, publisher, reportedVia, primarySources);
        }
    }
}
