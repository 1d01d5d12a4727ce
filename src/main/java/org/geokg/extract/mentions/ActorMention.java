package org.geokg.extract.mentions;

/**
 * One mention of an actor at {@code [start, end)} of the original text.
 *
 * @param how how it was found: "gazetteer", "capital" (a seat of power standing for its
 *            government, e.g. Pyongyang), "demonym" ("Russian"), "title" (a person found by a
 *            title pattern), "short" (short name of an earlier person, or a definite
 *            description of an earlier organization), "document" (a document noun such as "the
 *            statement" standing for the organization that issued it), "pronoun" (resolved pronoun)
 */
public record ActorMention(Actor actor, int start, int end, String text, String how) {
}
