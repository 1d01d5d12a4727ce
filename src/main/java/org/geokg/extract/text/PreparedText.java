package org.geokg.extract.text;

import java.time.LocalDate;
import java.util.List;
import org.geokg.kg.model.Article;
import org.geokg.nlp.TextSpan;

/**
 * The article after text preparation, ready for the finders. Nothing is rewritten:
 * boilerplate and the article block are marked by spans over the original text.
 *
 * @param article         the article as read
 * @param language        ISO 639-1 ("und" when unknown)
 * @param title           headline (given or detected) or null
 * @param titleSpan       where the detected headline is in the text, or null
 * @param published       publication date (given, or from a dateline), or null
 * @param publisher       publisher/site name (given or from the dateline), or null
 * @param reportedVia     outlets the article credits ("Dilansir Fars" gives "Fars")
 * @param primarySources  original sources ("wawancara dengan kantor berita TASS" gives "TASS")
 * @param boilerplate     spans of page furniture to ignore (navigation, "Tags:", comment forms,
 *                        repeated headline, dateline)
 * @param body            spans of body paragraphs (text minus boilerplate and headline)
 * @param sentences       sentence spans inside the body, in order
 */
public record PreparedText(Article article, String language, String title, TextSpan titleSpan,
        LocalDate published, String publisher, List<String> reportedVia, List<String> primarySources,
        List<TextSpan> boilerplate, List<TextSpan> body, List<TextSpan> sentences) {

    public String text() {
        return article.text();
    }

    /** A builder with every component unset (null, 0 or false). */
    public static Builder create() {
        return new Builder();
    }

    /** A builder holding this record's components, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return create().article(article).language(language).title(title).titleSpan(titleSpan)
                .published(published).publisher(publisher).reportedVia(reportedVia)
                .primarySources(primarySources).boilerplate(boilerplate).body(body).sentences(sentences);
    }

    /** Builds {@link PreparedText}s by component name instead of by position. Not thread-safe. */
    public static final class Builder {
        private Article article;
        private String language;
        private String title;
        private TextSpan titleSpan;
        private LocalDate published;
        private String publisher;
        private List<String> reportedVia;
        private List<String> primarySources;
        private List<TextSpan> boilerplate;
        private List<TextSpan> body;
        private List<TextSpan> sentences;

        private Builder() {
        }

        public Builder article(Article article) {
            this.article = article;
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

        public Builder titleSpan(TextSpan titleSpan) {
            this.titleSpan = titleSpan;
            return this;
        }

        public Builder published(LocalDate published) {
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

        public Builder boilerplate(List<TextSpan> boilerplate) {
            this.boilerplate = boilerplate;
            return this;
        }

        public Builder body(List<TextSpan> body) {
            this.body = body;
            return this;
        }

        public Builder sentences(List<TextSpan> sentences) {
            this.sentences = sentences;
            return this;
        }

        public PreparedText build() {
            return new PreparedText(article, language, title, titleSpan, published, publisher, reportedVia,
                    primarySources, boilerplate, body, sentences);
        }
    }
}
