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
}
