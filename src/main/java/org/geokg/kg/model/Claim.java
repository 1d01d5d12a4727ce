package org.geokg.kg.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Who said what: a statement attributed to a speaker.
 *
 * @param speaker       entity ref of the speaker (person, else organization or state)
 * @param onBehalfOf    entity ref of the state or body the speaker speaks for, or null
 * @param quote         true for direct (quoted) speech, false for reported speech
 * @param text          the words said, exactly as in the article ({@code start..end})
 * @param about         entity refs the claim is about
 * @param asserts       event refs the claim asserts
 * @param date          ISO date the statement was made, or null
 * @param reportedVia   entity refs of outlets it reached us through
 * @param primarySource entity ref of the primary source (the outlet that interviewed), or null
 */
@JsonPropertyOrder({"ref", "speaker", "onBehalfOf", "quote", "text", "start", "end", "about", "asserts", "date",
    "reportedVia", "primarySource"})
public record Claim(String ref, String speaker, String onBehalfOf, boolean quote, String text, int start, int end,
        List<String> about, List<String> asserts, String date, List<String> reportedVia, String primarySource) {

    public Claim {
        about = about == null ? List.of() : List.copyOf(about);
        asserts = asserts == null ? List.of() : List.copyOf(asserts);
        reportedVia = reportedVia == null ? List.of() : List.copyOf(reportedVia);
    }

    /** A builder with every component unset (null, 0 or false). */
    public static Builder create() {
        return new Builder();
    }

    /** A builder holding this record's components, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return create().ref(ref).speaker(speaker).onBehalfOf(onBehalfOf).quote(quote).text(text).start(start)
                .end(end).about(about).asserts(asserts).date(date).reportedVia(reportedVia)
                .primarySource(primarySource);
    }

    /** Builds {@link Claim}s by component name instead of by position. Not thread-safe. */
    public static final class Builder {
        private String ref;
        private String speaker;
        private String onBehalfOf;
        private boolean quote;
        private String text;
        private int start;
        private int end;
        private List<String> about;
        private List<String> asserts;
        private String date;
        private List<String> reportedVia;
        private String primarySource;

        private Builder() {
        }

        public Builder ref(String ref) {
            this.ref = ref;
            return this;
        }

        public Builder speaker(String speaker) {
            this.speaker = speaker;
            return this;
        }

        public Builder onBehalfOf(String onBehalfOf) {
            this.onBehalfOf = onBehalfOf;
            return this;
        }

        public Builder quote(boolean quote) {
            this.quote = quote;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder start(int start) {
            this.start = start;
            return this;
        }

        public Builder end(int end) {
            this.end = end;
            return this;
        }

        public Builder about(List<String> about) {
            this.about = about;
            return this;
        }

        public Builder asserts(List<String> asserts) {
            this.asserts = asserts;
            return this;
        }

        public Builder date(String date) {
            this.date = date;
            return this;
        }

        public Builder reportedVia(List<String> reportedVia) {
            this.reportedVia = reportedVia;
            return this;
        }

        public Builder primarySource(String primarySource) {
            this.primarySource = primarySource;
            return this;
        }

        public Claim build() {
            return new Claim(ref, speaker, onBehalfOf, quote, text, start, end, about, asserts, date, reportedVia,
                    primarySource);
        }
    }
}
