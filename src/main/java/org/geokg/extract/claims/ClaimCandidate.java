package org.geokg.extract.claims;

import java.util.List;
import org.geokg.extract.events.EventCandidate;
import org.geokg.extract.mentions.Actor;

/**
 * A statement attributed to a speaker, before refs are assigned.
 *
 * @param speaker    who said it (person, else organization or state)
 * @param onBehalfOf the state or body the speaker speaks for, or null
 * @param quote      direct speech (in quotation marks) or reported speech
 * @param start      start of the words said (without the quotation marks)
 * @param end        end of the words said
 * @param about      actors mentioned in the words (and the target of the statement)
 * @param asserts    events whose evidence lies inside the words
 * @param date       ISO date of the statement or null
 */
public record ClaimCandidate(Actor speaker, Actor onBehalfOf, boolean quote, int start, int end, List<Actor> about,
        List<EventCandidate> asserts, String date) {

    public ClaimCandidate {
        about = List.copyOf(about);
        asserts = List.copyOf(asserts);
    }

    /** A builder with every component unset (null, 0 or false). */
    public static Builder create() {
        return new Builder();
    }

    /** A builder holding this record's components, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return create().speaker(speaker).onBehalfOf(onBehalfOf).quote(quote).start(start).end(end)
                .about(about).asserts(asserts).date(date);
    }

    /** Builds {@link ClaimCandidate}s by component name instead of by position. Not thread-safe. */
    public static final class Builder {
        private Actor speaker;
        private Actor onBehalfOf;
        private boolean quote;
        private int start;
        private int end;
        private List<Actor> about;
        private List<EventCandidate> asserts;
        private String date;

        private Builder() {
        }

        public Builder speaker(Actor speaker) {
            this.speaker = speaker;
            return this;
        }

        public Builder onBehalfOf(Actor onBehalfOf) {
            this.onBehalfOf = onBehalfOf;
            return this;
        }

        public Builder quote(boolean quote) {
            this.quote = quote;
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

        public Builder about(List<Actor> about) {
            this.about = about;
            return this;
        }

        public Builder asserts(List<EventCandidate> asserts) {
            this.asserts = asserts;
            return this;
        }

        public Builder date(String date) {
            this.date = date;
            return this;
        }

        public ClaimCandidate build() {
            return new ClaimCandidate(speaker, onBehalfOf, quote, start, end, about, asserts, date);
        }
    }
}
