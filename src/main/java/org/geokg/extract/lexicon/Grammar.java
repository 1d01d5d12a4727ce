package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Function words of a language from {@code data/lexicons/<lang>/grammar.tsv}
 * (columns: pattern, kind): complementizers, contrast and relative words that open a
 * clause, passive agent markers, locative prepositions, coordinators, demonstratives,
 * phrases naming "both sides", and pronouns. Immutable and thread-safe.
 *
 * <pre>{@code
 * Grammar g = SupportedLanguages.current().data().get("id").grammar();
 * g.matchAt(Grammar.Kind.COMP, toks, 3, toks.size()); // end index or -1
 * }</pre>
 */
public final class Grammar {
    /** Word kinds. */
    public enum Kind {
        /** complementizer opening reported content ("bahwa", "that"); a clause boundary */
        COMP,
        /** contrast or consequence word opening a new clause ("namun", "but") */
        CONTRAST,
        /** relative word opening a clause after a comma (", which") */
        RELATIVE,
        /** passive agent marker ("oleh", "by") */
        AGENT,
        /** locative preposition ("di", "in") */
        LOCATIVE,
        /** coordinator between actors ("dan", "and") */
        COORD,
        /** demonstrative after a noun ("pertemuan tersebut"): an anaphoric mention */
        DEMONSTRATIVE_AFTER,
        /** demonstrative before a noun ("this meeting") */
        DEMONSTRATIVE_BEFORE,
        /** phrase naming both sides just mentioned ("kedua negara", "the two countries") */
        DUAL,
        /** personal pronoun for a person ("ia", "he") */
        PRONOUN,
        /** other pronoun ("mereka", "it", "they") */
        PRONOUN_OTHER,
        /**
         * first-person pronoun subject ("we", "wir", "kami"): in quoted words the speaker's side acts,
         * not an actor named after the verb
         */
        FIRST_PERSON,
        /**
         * personal pronoun naming a woman ("she", "elle", "ella", "sie"); also listed as pronoun. In a
         * language with such rows the other personal pronouns name a man
         */
        FEMININE_PRONOUN,
        /**
         * word marking the person named right after it as a woman: a feminine title or article
         * ("Präsidentin", "la présidente", "la ministra", "spokeswoman")
         */
        FEMININE,
        /**
         * adjective that may stand between a nominal trigger and the possessor named after it
         * ("serangan berterusan Israel"); languages with such rows put the possessor after the noun
         */
        POSSESSIVE_GAP,
        /** verb form of a stem ("menyerang", "diserang"), as opposed to its noun ("serangan") */
        VERB_FORM,
        /** word opening an adjunct right after a speech verb ("said on Sunday", "kata di"): not the words said */
        ADJUNCT,
        /**
         * verb form that marks reported speech by itself (German Konjunktiv I: "sei", "habe"): a
         * sentence with one and no speech verb continues the previous sentence's claim
         */
        REPORTED,
        /**
         * word that may stand before the verb of a sentence with no subject (pro-drop languages:
         * "Además, se reunió con ..."): such a verb takes the last person named before as its actor
         */
        SUBJECT_DROP,
        /**
         * article that may stand between a coordinator and the actor it joins ("and the United
         * States", "und die USA", "et la France"): the two actors stay one group
         */
        DETERMINER,
        /**
         * preposition or genitive article naming the possessor after a noun ("el ataque de Israel",
         * "l'offensive de la Russie", "der Angriff der Türkei"): after a nominal trigger, the actor
         * it introduces is the agent
         */
        POSSESSIVE,
        /**
         * word marking the actor after it as an object or a prepositional partner, not a subject
         * (es "a", "con", de "den", "mit"); languages with
         * such rows may put the subject after the verb ("Am Montag kritisierte Japan den Test"):
         * a verbal trigger with no actor before it in its clause takes the first actor after it,
         * unless such a word marks that actor, as its subject
         */
        OBJECT_MARKER,
        /**
         * possessive pronoun ("its", "sus", "ses", "seine"): inside a nominal trigger it names the
         * owner as the clause's subject, so an actor after the trigger is no possessor ("la retirada
         * de sus tropas de Níger": Níger is where from, not whose)
         */
        POSSESSIVE_PRONOUN,
        /**
         * word or phrase right before a speech verb that makes it no report of words said: an
         * infinitive marker, a future auxiliary or a modal ("to say", "will announce", "va a
         * explicar", "akan mengumumkan", "zu erklären"): the verb names speech to come or wanted
         */
        NONFINITE,
        /**
         * negation of a speech verb: right before it ("did not say", "no dijo", "n'a pas dit",
         * "tidak menyebut") or, closing its clause, right after it ("sagte nicht, ob ..."): nothing is
         * reported as said, unless a complementizer follows the verb ("tidak membantah bahwa ...")
         */
        NEGATION,
        /**
         * word that only ever stands before a noun (indefinite article, possessive, demonstrative:
         * "an announcement", "sus declaraciones", "cette annonce"): a speech word after it is a noun,
         * not a verb reporting words said (a determiner that may also be an object pronoun, "la",
         * "les", only marks a word that matched a speech row by its stem)
         */
        NOUN_MARKER,
        /**
         * word or phrase opening a sentence with the question put to the speaker ("Asked whether
         * ...,", "Ditanya soal ...,", "Preguntado por ...,"): the clause up to its comma is no words
         * said, the speaker's answer follows the speech verb
         */
        QUESTION,
        /**
         * noun naming a document that is issued ("statement", "pernyataan", "comunicado",
         * "Erklärung"): as the subject of a speech verb with no body named ("the government
         * statement said") it speaks for the body that issued it
         */
        DOCUMENT,
        /**
         * passive auxiliary ("wurde", "worden"): in a language with such rows an agent word
         * ("von") marks a passive agent only after one in the trigger's clause ("Japan wurde von
         * China kritisiert"; not "verlangte von Großbritannien ...", where "von" names the one asked)
         */
        PASSIVE,
        /**
         * word or phrase opening an adverbial subordinate clause ("after", "because", "setelah",
         * "nachdem", "después de que", "parce que"): a clause boundary, so the subordinate clause's
         * event takes its actors from its own words; a verb right after it with no subject of its own
         * ("after attacking", "setelah menyerang", "après avoir attaqué") shares the main clause's subject
         */
        SUBORDINATOR,
        /**
         * subordinator that also has another, non-clausal sense and opens a clause only right after a
         * comma (de ", als ...", "when"; not "als Vermittler", "as mediator")
         */
        COMMA_SUBORDINATOR,
        /**
         * word that puts the verb at the end of its clause (German subordinators, relative pronouns
         * and auxiliaries: "..., weil China Japan kritisiert", "China hat Japan kritisiert"): only in a
         * clause with one before the trigger may the object stand before the verb
         */
        VERB_FINAL,
        /**
         * purpose or infinitive marker ("to", "untuk", "para", "pour", "um"): standing between the
         * actors before a trigger and the trigger ("X met Y to discuss ...", "X se reunió con Y para
         * tratar ..."), it opens a verb whose subject is the main clause's, so the actor right
         * before it is the main verb's object, not the trigger's subject
         */
        PURPOSE,
        /**
         * article before a nominal trigger after which an actor right after the noun, with no word
         * between, is its possessor named in the genitive (de "die Angriffe Russlands", "der Besuch
         * Polens"): that actor is the agent
         */
        GENITIVE_NAME,
        /**
         * preposition naming where words or a threat come from ("Drohungen aus dem Kreml", "threats
         * from Moscow", "críticas desde Pekín"): after a nominal demand, criticism, rejection,
         * threat or protest, the actor it introduces is the agent (not after other acts: "der
         * Abzug der Truppen aus Syrien" leaves Syria)
         */
        ORIGIN,
        /**
         * word after a nominal trigger that introduces both its parties ("pertemuan antara X dan
         * Y", "the talks between X and Y"): the first actor after it acts, the others are partners
         */
        BETWEEN,
        /**
         * passive verb form that may take its agent right after it, with no agent marker (id/ms
         * "di*": "Ukraina diserang Rusia"): the actor right after such a verb trigger acts, the
         * subject before it is the object
         */
        BARE_AGENT,
        /**
         * verb of receiving right before a nominal trigger (id/ms "mendapat", "menuai", "menerima":
         * "X mendapat kecaman dari Y"): its subject undergoes the act, the party after the trigger does it
         */
        RECEIVE,
        /**
         * passive auxiliary right before a verb trigger (fr "été": "a été reçu", "ont été expulsés"):
         * the agent word may stand a few words after the trigger, past adverbials of time or place
         * with no party in them ("a été reçu mardi à l'Elysée par X", "a été frappée dans la nuit par X")
         */
        PASSIVE_AUX,
        /**
         * object pronoun before a verb joined to an earlier one (fr "lui", "leur", "l'", "les": "X a
         * reçu Y et lui a promis ...", "... et l'a mis en garde"): the act's target is the nearest
         * party named before it that is not the subject
         */
        OBJECT_PRONOUN,
        /**
         * word ending of a gerund, written with a leading hyphen (es "-ando|-iendo"): a trigger verb
         * in that form has no subject of its own ("X respondió a Y exigiendo ...", "..., acusando a
         * Z de ..."): the subject of the verb it follows acts, not that verb's object
         */
        GERUND,
        /**
         * word ending of a past participle, written with a leading hyphen (es "-ado|-ido"): a trigger
         * in that form right before the agent word is passive with no auxiliary ("el petrolero
         * incautado por Irán"); after another verb form the agent word is no agent ("protestó por")
         */
        PARTICIPLE,
        /**
         * word ending of a manner adverb, written with a leading hyphen (es "-mente"): it may stand
         * between a verb and its object ("condenó enérgicamente el ataque que ..."), so the object's
         * article is still the verb's object
         */
        ADVERB
    }

    public static final Grammar EMPTY = new Grammar(new EnumMap<>(Kind.class), Map.of(), WordForms.NONE);

    /** Shortest stem a word must keep before a gerund or participle ending ("dando": no; "exigiendo": yes). */
    private static final int MIN_STEM = 3;

    private final Map<Kind, List<TokenPattern>> patterns;
    private final Map<Kind, List<String>> endings;
    private final WordForms forms;

    private Grammar(Map<Kind, List<TokenPattern>> patterns, Map<Kind, List<String>> endings, WordForms forms) {
        this.patterns = patterns;
        this.endings = endings;
        this.forms = forms;
    }

    /**
     * Reads {@code data/lexicons/<lang>/grammar.tsv}; its words match as written or through the
     * affixes of {@code wordForms}, never through its stemmer.
     */
    static Grammar load(String lang, WordForms wordForms) {
        String path = LexiconFiles.path(lang, "grammar.tsv");
        Map<Kind, List<TokenPattern>> map = new EnumMap<>(Kind.class);
        // function words and mood forms: their inflection is what they mean ("habe" is not
        // "haben"), so grammar words match as written, never by stem
        WordForms forms = wordForms.literal();
        if (!DataLib.exists(path)) {
            return new Grammar(map, Map.of(), forms);
        }
        Map<Kind, List<String>> endings = new EnumMap<>(Kind.class);
        Map<String, List<String>> classes = LexiconFiles.newClasses();
        for (LexiconFiles.Row r : LexiconFiles.rows(path, 2, classes)) {
            Kind k;
            try {
                k = Kind.valueOf(r.col(1).toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(r.where() + ": unknown kind '" + r.col(1) + "'", e);
            }
            if (byEnding(k)) {
                for (String end : r.col(0).strip().toLowerCase(Locale.ROOT).split("\\|")) {
                    if (!end.startsWith("-") || end.length() < 2 || end.contains(" ")) {
                        throw new ConfigException(r.where() + ": a " + r.col(1) + " row lists word endings with a"
                                + " leading hyphen (-ando|-iendo), found '" + end + "'");
                    }
                    endings.computeIfAbsent(k, x -> new ArrayList<>()).add(end.substring(1));
                }
                continue;
            }
            map.computeIfAbsent(k, x -> new ArrayList<>()).add(TokenPattern.parse(r.col(0), classes, forms, r.where()));
        }
        return new Grammar(map, endings, forms);
    }

    /** The longest match of a kind at token {@code i}: its end index, or -1. */
    public int matchAt(Kind kind, List<Token> toks, int i, int limit) {
        int best = -1;
        for (TokenPattern p : patterns.getOrDefault(kind, List.of())) {
            int e = p.match(toks, i, limit, forms);
            if (e > best) {
                best = e;
            }
        }
        return best;
    }

    /** True when the language lists words of this kind. */
    public boolean has(Kind kind) {
        if (byEnding(kind)) {
            return endings.containsKey(kind);
        }
        return !patterns.getOrDefault(kind, List.of()).isEmpty();
    }

    /** True when a phrase of this kind ends right before token {@code i} (it starts up to three tokens earlier). */
    public boolean endsBefore(Kind kind, List<Token> toks, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (matchAt(kind, toks, k, i) == i) {
                return true;
            }
        }
        return false;
    }

    public boolean is(Kind kind, List<Token> toks, int i) {
        if (byEnding(kind)) {
            if (i < 0 || i >= toks.size()) {
                return false;
            }
            String w = toks.get(i).norm();
            for (String end : endings.getOrDefault(kind, List.of())) {
                if (w.length() >= end.length() + MIN_STEM && w.endsWith(end)) {
                    return true;
                }
            }
            return false;
        }
        return i >= 0 && i < toks.size() && matchAt(kind, toks, i, toks.size()) == i + 1;
    }

    /** Kinds listed as word endings ("-ando|-iendo"), not as words. */
    private static boolean byEnding(Kind kind) {
        return kind == Kind.GERUND || kind == Kind.PARTICIPLE || kind == Kind.ADVERB;
    }
}
