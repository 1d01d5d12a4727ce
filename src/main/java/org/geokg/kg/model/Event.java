package org.geokg.kg.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Who did what to whom, coded in CAMEO.
 *
 * @param cameo      CAMEO code as a string ("062": leading zeros matter)
 * @param plover     PLOVER event type or null
 * @param quad       CAMEO quad class 1..4
 * @param goldstein  Goldstein weight of the code, or null where the codebook has none
 * @param source     entity refs of the source actors
 * @param target     entity refs of the target actors
 * @param date       ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null
 * @param endDate    ISO end date or null
 * @param modality   asserted, intended, future, hypothetical, negated or historical
 * @param location   entity ref of the place or null
 * @param evidence   the sentence or clause, with offsets
 * @param confidence 0..1
 */
@JsonPropertyOrder({"ref", "cameo", "plover", "quad", "goldstein", "source", "target", "date", "endDate",
    "modality", "location", "evidence", "confidence"})
public record Event(String ref, String cameo, String plover, int quad, Double goldstein, List<String> source,
        List<String> target, String date, String endDate, String modality, String location, Evidence evidence,
        double confidence) {

    public Event {
        source = source == null ? List.of() : List.copyOf(source);
        target = target == null ? List.of() : List.copyOf(target);
    }

    /** A builder with every component unset (null, 0 or false). */
    public static Builder create() {
        return new Builder();
    }

    /** A builder holding this record's components, to build a copy with some of them changed. */
    public Builder toBuilder() {
        return create().ref(ref).cameo(cameo).plover(plover).quad(quad).goldstein(goldstein).source(source)
                .target(target).date(date).endDate(endDate).modality(modality).location(location)
                .evidence(evidence).confidence(confidence);
    }

    /** Builds {@link Event}s by component name instead of by position. Not thread-safe. */
    public static final class Builder {
        private String ref;
        private String cameo;
        private String plover;
        private int quad;
        private Double goldstein;
        private List<String> source;
        private List<String> target;
        private String date;
        private String endDate;
        private String modality;
        private String location;
        private Evidence evidence;
        private double confidence;

        private Builder() {
        }

        public Builder ref(String ref) {
            this.ref = ref;
            return this;
        }

        public Builder cameo(String cameo) {
            this.cameo = cameo;
            return this;
        }

        public Builder plover(String plover) {
            this.plover = plover;
            return this;
        }

        public Builder quad(int quad) {
            this.quad = quad;
            return this;
        }

        public Builder goldstein(Double goldstein) {
            this.goldstein = goldstein;
            return this;
        }

        public Builder source(List<String> source) {
            this.source = source;
            return this;
        }

        public Builder target(List<String> target) {
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

        public Builder modality(String modality) {
            this.modality = modality;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder evidence(Evidence evidence) {
            this.evidence = evidence;
            return this;
        }

        public Builder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        public Event build() {
            return new Event(ref, cameo, plover, quad, goldstein, source, target, date, endDate, modality, location,
                    evidence, confidence);
        }
    }
}
