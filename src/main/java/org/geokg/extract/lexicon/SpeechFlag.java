package org.geokg.extract.lexicon;

import java.util.Locale;

/**
 * The flags of a {@code speech.tsv} row (third column, comma-separated, written in lower case).
 *
 * <pre>{@code
 * if (match.entry().has(SpeechFlag.PARTICIPLE)) { ... the speaker is the sentence's subject ... }
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public enum SpeechFlag {
    /** A reported claim needs "that" or a colon after the verb. */
    COMP,
    /** The verb has no subject of its own ("saying"): the speaker is the sentence's subject. */
    PARTICIPLE,
    /** The verb reports only after the words said ("..., kata X"); before a verb it is an adverb. */
    TAIL,
    /** The attribution names a person by a pronoun ("selon lui") or the verb form holds one ("katanya"). */
    PERSON,
    /** The words said are the sentence before; the speaker follows ("Hal itu disampaikan X"). */
    BACK,
    /**
     * The row names an act, not speech: a speech verb with the object of an act ("added two
     * frigates", "declared a state of emergency", "conveyed his condolences", "said nothing"). Being
     * longer than the verb's own row, it wins there, and the verb reports nothing.
     */
    ACT,
    /**
     * The verb names no speaker: an impersonal or passive form ("Dikatakan bahwa ...", "Se indicó
     * que ...", "..., hieß es"): the speaker is the body or state that spoke last, else the body or
     * state the sentence before is about.
     */
    IMPERSONAL,
    /**
     * A postposition: the speaker stands right before the word ("dem Ministerium zufolge"), not
     * after it.
     */
    POST,
    /**
     * The word attributes a view only opening its sentence and naming a person ("Pour le ministre X,
     * ...", "Para el canciller X, ..."); elsewhere it is a plain preposition ("pour protéger").
     */
    FRONT,
    /**
     * The verb takes an act as its direct object ("condenó el ataque", "condemned the attack"): a
     * "que" / "that" after that object opens a relative clause ("el ataque que dañó ..."), not the
     * words said, which follow the verb's own "que".
     */
    OBJECT;

    /** The flag a lexicon file names ("comp"), or null when there is none of that name. */
    static SpeechFlag of(String word) {
        for (SpeechFlag f : values()) {
            if (f.label().equals(word)) {
                return f;
            }
        }
        return null;
    }

    /** The name as written in the lexicon files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
