package org.geokg.extract.events;

import java.util.List;
import org.geokg.extract.mentions.Actor;
import org.geokg.kg.model.Modality;

/**
 * An event found in one sentence, before refs are assigned.
 *
 * @param cameo      CAMEO code (string, leading zeros kept)
 * @param source     source actors (taken from the same clause or sentence as the trigger)
 * @param target     target actors
 * @param date       ISO date or null
 * @param endDate    ISO end date or null
 * @param modality   modality
 * @param location   place actor or null
 * @param start      start of the evidence span (the clause or sentence)
 * @param end        end of the evidence span
 * @param trigger    start offset of the trigger word
 * @param confidence 0..1
 */
public record EventCandidate(String cameo, List<Actor> source, List<Actor> target, String date, String endDate,
        Modality modality, Actor location, int start, int end, int trigger, double confidence) {

    public EventCandidate {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    /** A builder with every component unset (null, 0 or false). */
    public static Builder create() {
        return new Builder();
    }

    /** A builder holding this record's components, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return create().cameo(cameo).source(source).target(target).date(date).endDate(endDate)
                .modality(modality).location(location).start(start).end(end).trigger(trigger)
                .confidence(confidence);
    }

    /** Builds {@link EventCandidate}s by component name instead of by position. Not thread-safe. */
    public static final class Builder {
        private String cameo;
        private List<Actor> source;
        private List<Actor> target;
        private String date;
        private String endDate;
        private Modality modality;
        private Actor location;
        private int start;
        private int end;
        private int trigger;
        private double confidence;

        private Builder() {
        }

        public Builder cameo(String cameo) {
            this.cameo = cameo;
            return this;
        }

        public Builder source(List<Actor> source) {
            this.source = source;
            return this;
        }

        public Builder target(List<Actor> target) {
            this.target = target;
            return this;
        }

        public Builder date(String date) {
            this.date = date;
            return this;
        }

        public Builder endDate(String endDate) {
            this.endDate = endDate;
            return this;
        }

        public Builder modality(Modality modality) {
            this.modality = modality;
            return this;
        }

        public Builder location(Actor location) {
            this.location = location;
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

        public Builder trigger(int trigger) {
            this.trigger = trigger;
            return this;
        }

        public Builder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        public EventCandidate build() {
            return new EventCandidate(cameo, source, target, date, endDate, modality, location, start, end, trigger,
                    confidence);
        }
    }
}
