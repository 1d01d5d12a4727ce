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
}
