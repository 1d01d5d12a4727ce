package org.geokg.extract.mentions;

import java.util.List;
import org.geokg.extract.text.PreparedText;

/**
 * Finds actor mentions (states, organizations, outlets, persons, places) in the body
 * of a prepared text, resolved so that the same actor has the same {@link Actor#key()}.
 * Mentions do not overlap; sorted by start.
 */
public interface MentionFinder {
    List<ActorMention> find(PreparedText text);

    /**
     * The actor a bare name stands for ("Fars", "TASS", "Korut", "Sekretariat Presiden"),
     * as the gazetteers know it in this language, or null when unknown.
     */
    Actor resolve(String name, String language);

    /**
     * The state a found body was named after ("the Swiss embassy", "Kementerian Luar Negeri
     * Rusia"): the state is mentioned inside the body's name even when the article names it
     * nowhere else. Null for any other mention, and by default.
     */
    default Actor namedState(ActorMention body) {
        return null;
    }
}
