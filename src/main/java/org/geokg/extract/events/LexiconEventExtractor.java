package org.geokg.extract.events;

import static org.geokg.extract.lexicon.EventFlag.LOC;
import static org.geokg.extract.lexicon.EventFlag.NOUN;
import static org.geokg.extract.lexicon.EventFlag.SOLO;
import static org.geokg.extract.lexicon.EventFlag.SPEAKER;
import static org.geokg.extract.lexicon.EventFlag.SYM;
import static org.geokg.extract.lexicon.EventFlag.WEAK;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.geokg.extract.analysis.ArticleAnalysis;
import org.geokg.extract.analysis.ArticleView;
import org.geokg.extract.analysis.SpeechFinder;
import org.geokg.extract.claims.SpeechClaimExtractor;
import org.geokg.extract.lexicon.CameoIntents;
import org.geokg.extract.lexicon.EventLexicon;
import org.geokg.extract.lexicon.Grammar;
import org.geokg.extract.lexicon.ModalityDetector;
import org.geokg.extract.lexicon.SpeechPatterns;
import org.geokg.extract.lexicon.Token;
import org.geokg.extract.lexicon.Tokens;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.extract.time.ArticleDateLib;
import org.geokg.extract.time.DateMention;
import org.geokg.kg.model.EntityType;
import org.geokg.kg.model.Modality;
import org.geokg.nlp.TextSpan;
import org.geokg.sys.InterruptLib;

/**
 * Finds CAMEO-coded events sentence by sentence with per-language trigger lexicons
 * ({@code data/lexicons/<lang>/events.tsv}), taking the actors from the trigger's clause
 * (subject side = source, object side = target; passive "by" phrases swap them; partners
 * of symmetric events such as joint exercises, meetings and agreements are both), the
 * modality from cue words ({@code modality.tsv}) and dates, and the date from the date
 * mentions of the clause or sentence, else (asserted events) the article's date
 * ({@link ArticleDateLib}). Events with fewer than two parties are dropped
 * unless the lexicon marks them {@code solo}; repeats (same code, actors and modality) are
 * kept once. Languages without lexicons give no events. Immutable and thread-safe.
 *
 * <pre>{@code
 * EventExtractor x = LexiconEventExtractor.create();
 * List<EventCandidate> events = x.find(prepared, mentions, dates);
 * }</pre>
 */
public final class LexiconEventExtractor implements EventExtractor {
    /** How many tokens a place may follow its locative preposition ("di Pusat Latihan Tempur di X"). */
    private static final int LOCATION_WINDOW = 5;
    /** Words a nominal trigger's object may take before its agent phrase ("of a German journalist | by"). */
    private static final int OBJECT_PHRASE_WORDS = 5;
    /** How many words (an office: "presidente", "Premier ministre") may stand between a nominal trigger's possessive and its state. */
    private static final int OFFICE_WORDS = 2;
    private static final double BASE = 0.75;
    /** Word class of events.tsv naming another field's news (sports results): no events there. */
    private static final String OFF_TOPIC = "offtopic";
    /** How many words may stand between an attribution phrase ("according to") and the source it names. */
    private static final int ATTRIBUTION_GAP = 3;
    /**
     * CAMEO roots whose act has another act as its object (02 appeal, 03 intent, 10 demand, 11
     * disapprove, 12 reject, 13 threaten): an event trigger in their complement is not reported as done.
     */
    private static final Set<String> EMBEDDING_ROOTS = Set.of("02", "03", "10", "11", "12", "13");
    /** Codes outside {@link #EMBEDDING_ROOTS} whose act has another act as its object: 016 deny responsibility. */
    private static final Set<String> EMBEDDING_CODES = Set.of("016");
    /**
     * The code of a generic intent ("agreed to", "sepakat untuk", "acordaron"): when its complement
     * names a concrete act of roots 04-08 ("agreed to hold joint exercises"), the intent is coded
     * in that act's family ({@link CameoIntents}: 0312) with the act's parties and the modality of
     * the agreement, and the generic intent gives way to it.
     */
    private static final String GENERIC_INTENT = "030";
    /** How many words may stand between a generic intent and the act its complement names. */
    private static final int GENERIC_COMPLEMENT_WORDS = 6;
    /**
     * Roots whose object may also stand in a complement clause of its own ("denied that it had
     * sent troops", "demanded that Y withdraw", "rejected claims that ..."): not 13, whose
     * "warned that ..." may report an act as done, nor 11, whose accusation has its own rows.
     */
    private static final Set<String> COMPLEMENT_ROOTS = Set.of("01", "02", "03", "10", "12");
    /** CAMEO roots of reactions, whose object may be the other side of the event told just before. */
    private static final Set<String> REACTION_ROOTS = Set.of("02", "10", "11", "12", "13", "14");
    /** Codes outside those roots that answer an event too: 016 deny (an accusation or a report). */
    private static final Set<String> ANSWER_CODES = Set.of("016");
    /** Words between a reaction verb and the act noun of its object ("opposed what it called illegal sanctions"). */
    private static final int ANSWERED_ACT_GAP = 6;
    /** Codes of root 12 that answer no critic: 128 defy norms, law (the other side is the one wronged). */
    private static final Set<String> NO_CRITIC_CODES = Set.of("128");
    /** How many sentences back a reaction looks for the event it answers. */
    private static final int COUNTERPART_SENTENCES = 2;
    /** How many sentences back a reaction looks when the sentence before it names no other party. */
    private static final int COUNTERPART_FAR_SENTENCES = 8;
    /** Codes of root 11 whose object is an act reported as done (110 disapprove, 111 criticize, 114 complain). */
    private static final Set<String> FACTUAL_OBJECT_CODES = Set.of("110", "111", "114");

    /**
     * Roots of acts of state authority on people and vessels (17 coerce: arrest, detain, expel,
     * seize) whose agentless passive is done by the state where it happens.
     */
    private static final Set<String> PLACE_AUTHORITY_ROOTS = Set.of("17");
    /** Words between an agentless passive verb and the state named right after it as its doer ("expelled from Y"). */
    private static final int PASSIVE_DOER_GAP = 2;
    /** Words between a criticism verb and the act noun its object opens ("mengutuk sekeras-kerasnya serangan"). */
    private static final int CRITICIZED_ACT_GAP = 3;
    /** Mediation, whose object is the parties of the clause it stands in ("berkat mediasi X"). */
    private static final Set<String> MEDIATION_CODES = Set.of("045");
    /**
     * Roots whose act is conditional by itself (03 intent or promise, 13 threat: "will retaliate if
     * ..."): a condition attached to its clause is part of the act, which is made now.
     */
    private static final Set<String> CONDITIONAL_ROOTS = Set.of("03", "13");
    /**
     * Roots of acts addressed to someone named right after the verb (appeal, meet, disapprove, demand,
     * threaten): "met X on the sidelines of the Y summit" meets X, not Y.
     */
    private static final Set<String> ADDRESSEE_ROOTS = Set.of("02", "04", "10", "11", "13");
    /** How many words may open the main clause before its subject's state ("le secrétaire d'État | américain"). */
    private static final int SUBJECT_WORDS = 6;
    /** Max characters between a person's title and name holding the office's body ("de la Comisión Europea, "). */
    private static final int APPOSITION_CHARS = 60;

    /** How far after a passive verb trigger its agent word may stand ("a été reçu | mardi à l'Elysée | par"). */
    private static final int PASSIVE_AGENT_WORDS = 6;
    /** Length above which a word of the bare-agent kind is a passive verb, not the preposition "di". */
    private static final int PASSIVE_VERB_MIN_LENGTH = 4;
    /** Roots of asking (appeal, demand): an agent phrase of several words after them names the one asked. */
    private static final Set<String> ASKING_ROOTS = Set.of("02", "10");
    /** How far after a split trigger's first word its addressee may start ("a exhorté | le Chili", "instó a | Chile"). */
    private static final int ADDRESSEE_WORDS = 3;
    /** How many kept events of a sentence and code the nested-duplicate check compares with. */
    private static final int NESTED_LOOKBACK = 8;

    /** Intent codes of concrete acts ("agreed to hold exercises": 0312), read when the pipeline is built. */
    private final CameoIntents intents;

    private LexiconEventExtractor(CameoIntents intents) {
        this.intents = intents;
    }

    public static LexiconEventExtractor create() {
        return new LexiconEventExtractor(CameoIntents.standard());
    }

    @Override
    public List<EventCandidate> find(PreparedText text, List<ActorMention> mentions, List<DateMention> dates) {
        return find(ArticleAnalysis.of(text, mentions), dates);
    }

    @Override
    public List<EventCandidate> find(ArticleAnalysis article, List<DateMention> dates) {
        return find(article.view(), dates, article.speech());
    }

    /** Events of one article given its speech (shared with {@link SpeechClaimExtractor}). */
    private List<EventCandidate> find(ArticleView v, List<DateMention> dates, List<SpeechFinder.Speech> speech) {
        return v.lang == null ? List.of()
                : new Run(v, dates, speech, EventExplainer.fromSystemProperty(), intents).events();
    }

    /** {@link #find(PreparedText, List, List)} with its decisions traced to {@code trace} (tests, debugging). */
    List<EventCandidate> explain(PreparedText text, List<ActorMention> mentions, List<DateMention> dates,
            PrintStream trace) {
        ArticleAnalysis a = ArticleAnalysis.of(text, mentions);
        ArticleView v = a.view();
        return v.lang == null ? List.of() : new Run(v, dates, a.speech(), EventExplainer.to(trace), intents).events();
    }

    /** The work for one article. */
    private static final class Run {
        private final ArticleView v;
        private final List<DateMention> dates;
        private final List<SpeechFinder.Speech> speech;
        private final EventLexicon lexicon;
        private final ModalityDetector modality;
        private final int refYear;
        private final String articleDate;
        private final SpeechPatterns speechPatterns;
        /** Events kept so far, in text order. */
        private final List<Told> told = new ArrayList<>();
        /** Keys of kept events by sentence and code, for the nested-duplicate check. */
        private final Map<String, List<String>> keptBySentenceCode = new HashMap<>();
        /** Character ranges of the current sentence that name a source of information, not a party. */
        private List<int[]> attributions = List.of();
        /** Why the last {@link #build} gave no event (for {@link EventExplainer}). */
        private String why = "";
        /** Debug trace of the decisions, or a silent one. */
        private final EventExplainer explain;
        /** Intent codes of concrete acts ("agreed to hold exercises": 0312). */
        private final CameoIntents intents;
        /** Sentences holding a word of the lexicon's {@code @offtopic} class (sports results). */
        private final boolean[] offTopic;
        /** True when such sentences make up a third of the article (a sports story): weak triggers give nothing. */
        private final boolean offTopicArticle;

        Run(ArticleView v, List<DateMention> dates, List<SpeechFinder.Speech> speech, EventExplainer explain,
                CameoIntents intents) {
            this.v = v;
            this.intents = intents;
            this.explain = explain;
            this.dates = dates;
            this.speech = speech;
            this.lexicon = v.data.events();
            this.modality = v.data.modality();
            this.refYear = referenceYear(v, dates);
            this.articleDate = ArticleDateLib.articleDate(v.prepared, dates);
            this.speechPatterns = v.data.speech();
            this.offTopic = new boolean[v.sentences.size()];
            int n = 0;
            if (lexicon.hasClass(OFF_TOPIC)) {
                for (int s = 0; s < offTopic.length; s++) {
                    List<Token> toks = v.tokens(s);
                    offTopic[s] = lexicon.hasClassWord(OFF_TOPIC, toks, 0, toks.size());
                    n += offTopic[s] ? 1 : 0;
                }
            }
            this.offTopicArticle = n >= 2 && n * 3 >= offTopic.length;
        }

        List<EventCandidate> events() {
            Map<String, EventCandidate> out = new LinkedHashMap<>();
            for (int s = 0; s < v.sentences.size(); s++) {
                InterruptLib.stopIfInterrupted();
                List<Token> toks = v.tokens(s);
                if (toks.isEmpty()) {
                    continue;
                }
                List<int[]> clauses = ClauseSplitter.split(v, s, speech);
                List<EventLexicon.Match> matches = lexicon.find(toks, 0, toks.size());
                List<int[]> sentenceAttributions = attributions(s, toks);
                // best trigger first; one that finds no parties leaves its words to a shorter
                // trigger inside it ("conclu un cessez-le-feu": no pact, but a ceasefire)
                Map<EventLexicon.Match, EventCandidate> found = new LinkedHashMap<>();
                boolean[] used = new boolean[toks.size()];
                List<EventLexicon.Match> ranked = lexicon.ranked(toks, 0, toks.size());
                if (explain.on()) {
                    explain.sentence(v, s, toks, clauses, ranked);
                }
                Map<EventLexicon.Match, String> dropped = new LinkedHashMap<>();
                for (EventLexicon.Match m : ranked) {
                    if (!EventLexicon.free(used, m)) {
                        dropped.put(m, "overlap: its words belong to a longer trigger that made an event");
                        continue;
                    }
                    EventCandidate c = build(s, toks, clauses, m, matches, sentenceAttributions);
                    if (c != null) {
                        found.put(m, c);
                        EventLexicon.take(used, m);
                    } else {
                        dropped.put(m, why);
                    }
                }
                List<EventLexicon.Match> built = new ArrayList<>(found.keySet());
                built.sort(Comparator.comparingInt(EventLexicon.Match::from));
                List<EventCandidate> candidates = new ArrayList<>();
                for (EventLexicon.Match m : built) {
                    candidates.add(found.get(m));
                }
                Set<EventLexicon.Match> superseded = new LinkedHashSet<>();
                for (int k = 0; k < candidates.size(); k++) {
                    EventLexicon.Match opener = genericIntentOf(built.get(k), built, clauses, toks);
                    if (opener != null && !embedded(built.get(k), built, clauses, toks)) {
                        superseded.add(opener);
                        EventCandidate c = candidates.get(k);
                        // agreeing to do it is the intent to do it, not the deed: the intent is
                        // told as the agreement was ("agreed": asserted; "will agree": future)
                        String intent = intents.intentOf(c.cameo());
                        candidates.set(k, c.toBuilder()
                                .cameo(intent != null ? intent : intents.intentOf(built.get(k).entry().cameo()))
                                .modality(found.get(opener).modality())
                                .build());
                    }
                }
                for (int k = 0; k < candidates.size(); k++) {
                    EventCandidate c = candidates.get(k);
                    if (superseded.contains(built.get(k))) {
                        explain.outcome(toks, built.get(k), c, "superseded: its complement names a concrete act,"
                                + " coded as the intent of that act");
                        continue;
                    }
                    if (embedded(built.get(k), built, clauses, toks)) {
                        explain.outcome(toks, built.get(k), c, "embedded: in the complement of an earlier act"
                                + " (appeal/intent/demand/reject/threat/deny)");
                        continue;
                    }
                    if (criticsOwnAct(built.get(k), c, ranked, clauses, toks)) {
                        explain.outcome(toks, built.get(k), c, "critic's own act: object of a criticism,"
                                + " source is the critic");
                        continue;
                    }
                    explain.outcome(toks, built.get(k), c, tell(s, c, out));
                }
                // a reaction that found no object may answer an act told earlier in its own
                // sentence ("X sent a warship, which Y called a provocation")
                for (EventLexicon.Match m : ranked) {
                    int at = toks.get(m.from()).start();
                    if (!EventLexicon.free(used, m) || m.entry().has(NOUN)
                            || !answers(m.entry().cameo()) || !toldBefore(s, at)) {
                        continue;
                    }
                    EventCandidate c = build(s, toks, clauses, m, matches, sentenceAttributions);
                    if (c != null && !criticsOwnAct(m, c, ranked, clauses, toks)) {
                        EventLexicon.take(used, m);
                        dropped.remove(m);
                        explain.outcome(toks, m, c, "second pass (reaction): " + tell(s, c, out));
                    }
                }
                for (Map.Entry<EventLexicon.Match, String> d : dropped.entrySet()) {
                    explain.outcome(toks, d.getKey(), null, d.getValue());
                }
            }
            return List.copyOf(out.values());
        }

        /** True when an event of sentence {@code s} was told with its trigger before offset {@code at}. */
        private boolean toldBefore(int s, int at) {
            for (Told t : told) {
                if (t.sentence() == s && t.event().trigger() < at) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Keeps event {@code c} of sentence {@code s}: once per code, sides and modality, the surest.
         * Returns what became of it (for the trace).
         */
        private String tell(int s, EventCandidate c, Map<String, EventCandidate> out) {
            told.add(new Told(s, c));
            String key = c.cameo() + "|" + keys(c.source()) + "|" + keys(c.target()) + "|" + c.modality();
            EventCandidate old = out.get(key);
            if (old == null) {
                String nested = nestedTwin(s, c, out);
                if (nested != null) {
                    EventCandidate twin = out.get(nested);
                    if (twin.confidence() < c.confidence()
                            || twin.confidence() == c.confidence() && size(c) > size(twin)) {
                        out.remove(nested);
                        out.put(key, c);
                        keptBySentenceCode.computeIfAbsent(s + "|" + c.cameo(), x -> new ArrayList<>()).add(key);
                        return "KEPT (replaces a less sure or less complete duplicate naming fewer actors)";
                    }
                    return "merged as duplicate of an earlier event naming the same actors";
                }
            }
            if (old == null || old.confidence() < c.confidence()) {
                out.put(key, c);
                keptBySentenceCode.computeIfAbsent(s + "|" + c.cameo(), x -> new ArrayList<>()).add(key);
                return old == null ? "KEPT" : "KEPT (replaces a less sure duplicate)";
            }
            return "merged as duplicate of an earlier event";
        }

        /**
         * The key of a kept event of sentence {@code s} with the same code and modality whose
         * sides nest with those of {@code c} (each side of one holds every actor of the other's
         * side: "China's envoy Sun summoned Japan's ambassador to express protest" tells one
         * protest whether its source is read as [China, Sun] or [Sun]), or null. Sides that only
         * share a country do not nest (two officials of one state may each do the act), nor do
         * events of different sentences (an article may tell a narrower act apart).
         */
        private String nestedTwin(int s, EventCandidate c, Map<String, EventCandidate> out) {
            if (c.source().isEmpty() || c.target().isEmpty()) {
                return null;
            }
            // only the latest few kept events of this sentence and code (linear on endless text)
            List<String> recent = keptBySentenceCode.getOrDefault(s + "|" + c.cameo(), List.of());
            for (int i = recent.size() - 1; i >= Math.max(0, recent.size() - NESTED_LOOKBACK); i--) {
                EventCandidate o = out.get(recent.get(i));
                if (o != null && o.modality() == c.modality() && !o.source().isEmpty() && !o.target().isEmpty()
                        && nests(o.source(), c.source()) && nests(o.target(), c.target())) {
                    return recent.get(i);
                }
            }
            return null;
        }

        private static boolean nests(List<Actor> a, List<Actor> b) {
            Set<String> ka = actorKeys(a);
            Set<String> kb = actorKeys(b);
            return ka.containsAll(kb) || kb.containsAll(ka);
        }

        private static int size(EventCandidate c) {
            return c.source().size() + c.target().size();
        }

        /**
         * True when trigger {@code m} stands in the complement of an earlier verbal trigger of the
         * same clause whose code takes an act as its object (appeal, intent, demand, disapproval,
         * rejection, threat, denial: "threatened to shell", "accused X of attacking Y", "rejected an
         * offer to host talks", "denied sending troops"), or in the complement clause opened right
         * after it ("denied that it had sent troops", "negó que hubiera enviado", "bestritt, dass
         * ..."; not after a threat or warning, whose "that" may report a deed): the sentence reports
         * the embedding act, not this one (a denied act is not told as done). A verb joined by a
         * coordinator or after a comma is a second act, not a complement; an act criticized or
         * complained of ("condemned the air strike on X") is reported as done.
         */
        private boolean embedded(EventLexicon.Match m, List<EventLexicon.Match> built, List<int[]> clauses,
                List<Token> toks) {
            int clause = clauseOf(clauses, m.from());
            for (EventLexicon.Match a : built) {
                String code = a.entry().cameo();
                if (a == m || a.to() > m.from() || a.entry().has(NOUN)
                        || !EMBEDDING_ROOTS.contains(code.substring(0, 2)) && !EMBEDDING_CODES.contains(code)) {
                    continue;
                }
                int own = clauseOf(clauses, a.from());
                boolean complement = own < clause && COMPLEMENT_ROOTS.contains(code.substring(0, 2))
                        && complementAfter(toks, a, clauses.get(clause));
                if (own != clause && !complement) {
                    continue;
                }
                if (a == genericIntentOf(m, built, clauses, toks)) {
                    // the concrete act named after "agreed to" is coded itself
                    continue;
                }
                if (FACTUAL_OBJECT_CODES.contains(a.entry().cameo())) {
                    // the act criticized is reported as done ("condemned the air strike on X")
                    continue;
                }
                boolean joined = false;
                // a comma before the complementizer does not end the complement ("bestritt, dass ...")
                for (int i = complement ? a.to() + 1 : a.to(); i < m.from() && !joined; i++) {
                    joined = v.grammar.is(Grammar.Kind.COORD, toks, i) || !m.entry().has(NOUN)
                            && v.text.substring(toks.get(i - 1).end(), toks.get(i).start()).indexOf(',') >= 0;
                }
                if (!joined) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The generic verbal intent trigger ("agreed to", "sepakat untuk": code {@link #GENERIC_INTENT})
         * whose complement names act {@code m}: it ends before {@code m} in the same clause, at most
         * {@link #GENERIC_COMPLEMENT_WORDS} words before it, with no coordinator or comma between,
         * and {@code m} is a concrete act with an intent code ({@link CameoIntents}: roots 04-08;
         * others stay embedded). Else null.
         */
        private EventLexicon.Match genericIntentOf(EventLexicon.Match m, List<EventLexicon.Match> built,
                List<int[]> clauses, List<Token> toks) {
            if (intents.intentOf(m.entry().cameo()) == null) {
                return null;
            }
            int clause = clauseOf(clauses, m.from());
            EventLexicon.Match best = null;
            for (EventLexicon.Match a : built) {
                if (a == m || a.to() > m.from() || a.entry().has(NOUN) || !GENERIC_INTENT.equals(a.entry().cameo())
                        || clauseOf(clauses, a.from()) != clause || m.from() - a.to() > GENERIC_COMPLEMENT_WORDS) {
                    continue;
                }
                boolean joined = false;
                for (int i = a.to(); i < m.from() && !joined; i++) {
                    joined = v.grammar.is(Grammar.Kind.COORD, toks, i)
                            || v.text.substring(toks.get(i - 1).end(), toks.get(i).start()).indexOf(',') >= 0;
                }
                if (!joined && (best == null || a.to() > best.to())) {
                    best = a;
                }
            }
            return best;
        }

        /**
         * Where the parties of clause {@code k}'s predicate may end at the latest (offset): a
         * subordinate clause ("If X attacks, | ...", "after meeting Y, | ...") ends with itself, and
         * no clause reaches past a comma and a contrast word ("X did not attend, | but Y signed
         * with Z": Z is Y's partner, not X's); else {@code sentEnd}.
         */
        private int ownPredicateEnd(List<Token> toks, List<int[]> clauses, int k, int sentEnd) {
            if (ClauseSplitter.subordinate(v, toks, clauses.get(k)) && k + 1 < clauses.size()) {
                return toks.get(clauses.get(k + 1)[0]).start();
            }
            for (int j = k + 1; j < clauses.size(); j++) {
                int c = clauses.get(j)[0];
                // after a comma: a coordinated clause of its own (", but Y signed"), not a phrase
                // ("died of torture while in custody")
                // (or with a subject of its own right after the word: "... while Y criticized it")
                if (v.grammar.is(Grammar.Kind.CONTRAST, toks, c)
                        && (v.text.substring(toks.get(c - 1).end(), toks.get(c).start()).indexOf(',') >= 0
                        || c + 1 < toks.size() && !v.eventPartiesIn(toks.get(c).end(), toks.get(c + 1).end()).isEmpty())) {
                    return toks.get(c).start();
                }
            }
            return sentEnd;
        }

        /**
         * True when clause {@code k} (its trigger ending before token {@code trigEnd}) is the main
         * clause of a condition: the sentence opens with the condition clause right before it
         * ("If X attacks Y, | Z will respond"), or the condition clause follows it with no comma
         * and coordinator between the trigger and it ("Z will respond | if X attacks Y"; not "Z
         * signed a deal, and W will respond | if ...").
         */
        private boolean conditional(List<Token> toks, List<int[]> clauses, int k, int trigEnd) {
            if (k == 1 && modality.opensCondition(toks, clauses.get(0)[0], clauses.get(0)[1])
                    && ClauseSplitter.subordinate(v, toks, clauses.get(0))) {
                return true;
            }
            if (k + 1 >= clauses.size()) {
                return false;
            }
            int[] next = clauses.get(k + 1);
            if (!modality.opensCondition(toks, next[0], next[1]) || !ClauseSplitter.subordinate(v, toks, next)) {
                return false;
            }
            for (int i = trigEnd; i < next[0]; i++) {
                if (v.grammar.is(Grammar.Kind.COORD, toks, i)
                        && v.text.substring(toks.get(i - 1).end(), toks.get(i).start()).indexOf(',') >= 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True when {@code clause} is the complement of trigger {@code a}: a complementizer
         * ("that", "bahwa", "que", "dass") follows the trigger's last word, with at most the
         * addressee and a comma between ("bestritt, dass ...", "pidió a Chile que ..."), and the
         * clause opens on it or right after it (the words said of a speech verb may open a clause
         * of their own).
         */
        private boolean complementAfter(List<Token> toks, EventLexicon.Match a, int[] clause) {
            // the addressee may stand between ("pidió a Chile que ...", "urged Chile that ...")
            for (int at = a.to(); at <= a.to() + ADDRESSEE_WORDS && at < toks.size(); at++) {
                int comp = v.grammar.matchAt(Grammar.Kind.COMP, toks, at, toks.size());
                if (comp > at) {
                    if (clause[0] < at || clause[0] > comp) {
                        return false;
                    }
                    for (int i = a.to(); i < at; i++) {
                        // only words between, no punctuation but a comma before the complementizer
                        String gap = v.text.substring(toks.get(i - 1).end(), toks.get(i).start()).strip();
                        if (!gap.isEmpty()) {
                            return false;
                        }
                    }
                    String last = v.text.substring(toks.get(at - 1).end(), toks.get(at).start()).strip();
                    return last.isEmpty() || last.equals(",");
                }
            }
            return false;
        }

        /**
         * The index in {@code after} (the actors after a nominal trigger ending at offset
         * {@code tEnd}) of the first actor that an agent word ("by", "par", "por", "oleh",
         * "durch"; an article may follow it) introduces, the agent word closing a short stretch
         * with no comma after the trigger or after another actor, the noun's object ("of a German
         * journalist by"); else -1. Not {@code wide} (a trigger whose places are targets: "die Reise
         * des Präsidenten durch Peru" is a journey through it), only right after another actor.
         */
        private int agentAfterObject(List<Token> toks, List<ActorMention> after, int tEnd, boolean wide) {
            for (int j = wide ? 0 : 1; j < after.size(); j++) {
                int from = j == 0 ? tEnd : after.get(j - 1).end();
                int to = after.get(j).start();
                if (from >= to) {
                    continue;
                }
                String between = v.text.substring(from, to);
                List<Token> gap = Tokens.of(v.text, from, to);
                int n = gap.size();
                if (n == 0 || n > (wide ? OBJECT_PHRASE_WORDS : 2) || between.indexOf(',') >= 0
                        || between.indexOf(';') >= 0) {
                    continue;
                }
                if (!wide && !v.grammar.is(Grammar.Kind.AGENT, gap, 0)) {
                    continue;
                }
                // an agent phrase of several words closes the gap too ("por parte de")
                if (v.grammar.is(Grammar.Kind.AGENT, gap, n - 1) || v.grammar.endsBefore(Grammar.Kind.AGENT, gap, n)
                        || n >= 2 && v.grammar.is(Grammar.Kind.AGENT, gap, n - 2)
                        && v.grammar.is(Grammar.Kind.DETERMINER, gap, n - 1)) {
                    return j;
                }
            }
            return -1;
        }

        /** The passive auxiliary of the clause before the trigger at token {@code at} (token index), or -1. */
        private int passiveBefore(List<Token> toks, int clauseFrom, int at) {
            if (!v.grammar.has(Grammar.Kind.PASSIVE)) {
                return -1;
            }
            for (int i = clauseFrom; i < at; i++) {
                if (v.grammar.is(Grammar.Kind.PASSIVE, toks, i)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The speaker of speech {@code sp} as a source, or the coordinated group its attribution
         * ends with when the speaker is one of them ("Armenia and Azerbaijan concluded ...": both).
         */
        private List<ActorMention> speakers(List<Token> toks, SpeechFinder.Speech sp) {
            List<ActorMention> named = usable(toks, v.eventPartiesIn(sp.attrStart(), sp.attrEnd()), true);
            List<ActorMention> group = groupEndingNear(toks, named, sp.attrEnd(), Integer.MAX_VALUE);
            String who = ArticleView.participantId(sp.speaker());
            if (group.size() > 1 && ids(actors(group)).contains(who)) {
                return group;
            }
            return List.of(new ActorMention(sp.speaker(), sp.attrStart(), sp.attrEnd(), "", "speech"));
        }

        /**
         * True when {@code c}, found in the object of an earlier criticism, accusation or denial of
         * the same clause ("France condemned the attack on its embassy", "X denied any role in the
         * attack", "X blamed Y for the attack"; the criticism's trigger may hold the act's
         * word), has the critic as its only source: the act criticized is someone else's, whose
         * name the sentence does not give. {@code all} holds every trigger found, built or not.
         */
        private boolean criticsOwnAct(EventLexicon.Match m, EventCandidate c, List<EventLexicon.Match> all,
                List<int[]> clauses, List<Token> toks) {
            int clause = clauseOf(clauses, m.from());
            for (EventLexicon.Match a : all) {
                int own = clauseOf(clauses, a.from());
                // the same clause, or the one a speech verb closes ("condenó | el ataque ...")
                boolean near = own == clause || own >= 0 && clauses.get(own)[1] == clauses.get(clause)[0]
                        && a.to() == clauses.get(own)[1];
                String code = a.entry().cameo();
                boolean aboutAct = code.startsWith("11") || code.equals("016");
                // a verb-final clause names its object before the criticism ("X hat den Angriff
                // verurteilt"): the criticism may follow the act's noun in its own clause
                // (a noun that the verb of criticism governs, not a noun of criticism itself: "wies
                // die Vorwürfe zurück" rejects them)
                boolean verbFinal = a.from() > m.from() && own == clause && v.grammar.has(Grammar.Kind.VERB_FINAL)
                        && (nominalAt(toks, m) || articleAhead(toks, m.from())) && !nominalAt(toks, a);
                if (a.from() >= m.from() && !verbFinal || !aboutAct || !near
                        || c.cameo().startsWith("11")) {
                    continue;
                }
                boolean joined = false;
                for (int i = Math.min(a.to(), m.to()); i < Math.max(a.from(), m.from()) && !joined; i++) {
                    joined = v.grammar.is(Grammar.Kind.COORD, toks, i);
                }
                if (joined) {
                    continue;
                }
                int cStart = toks.get(clauses.get(own)[0]).start();
                Set<String> critics = ids(actors(v.eventPartiesIn(cStart,
                        toks.get(Math.min(a.from(), m.from())).start())));
                if (critics.isEmpty() && own >= 1 && ClauseSplitter.aside(v, toks, clauses.get(own))) {
                    // a criticism in an aside ("X, which has long opposed the raids on Y, ..."): the
                    // critic is the subject before the aside
                    critics = ids(actors(v.eventPartiesIn(toks.get(clauses.get(own - 1)[0]).start(), cStart)));
                }
                if (!critics.isEmpty() && critics.containsAll(ids(c.source()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The other side of the latest event told in this sentence or the {@value #COUNTERPART_SENTENCES}
         * before it: its source when that is not one of {@code own}, else its target (the other way
         * round when that event is a criticism itself, whose critic counts only with {@code critic});
         * empty if none.
         */
        /** True for a code that answers an event told before: a reaction root or a denial. */
        private static boolean answers(String cameo) {
            return REACTION_ROOTS.contains(cameo.substring(0, 2)) || ANSWER_CODES.contains(cameo);
        }

        /**
         * The doer of the act a reaction's object names by a noun with no party of its own
         * ("Beijing opposed what it called illegal sanctions", "rechazó los nuevos ataques"): the
         * source of the latest event of that act's root told before, other than the reacting side;
         * empty when the object names no such act or none was told.
         */
        private List<Actor> doerOfActAnswered(int s, List<Token> toks, EventLexicon.Match m,
                List<EventLexicon.Match> matches, int clauseEnd, Set<String> own) {
            for (EventLexicon.Match a : matches) {
                String root = a.entry().cameo().substring(0, 2);
                if (a == m || a.from() < m.to() || a.from() >= clauseEnd || a.from() - m.to() > ANSWERED_ACT_GAP
                        || REACTION_ROOTS.contains(root) || root.equals("01")) {
                    continue;
                }
                for (int k = told.size() - 1; k >= 0 && told.get(k).sentence() >= s - COUNTERPART_FAR_SENTENCES; k--) {
                    EventCandidate c = told.get(k).event();
                    if (!c.cameo().startsWith(root)) {
                        continue;
                    }
                    List<Actor> doer = outside(c.source(), own);
                    if (!doer.isEmpty()) {
                        return doer;
                    }
                }
                return new ArrayList<>();
            }
            return new ArrayList<>();
        }

        /** The actors of {@code side} that are not of the {@code own} side. */
        private static List<Actor> outside(List<Actor> side, Set<String> own) {
            List<Actor> other = new ArrayList<>();
            for (Actor a : side) {
                if (!own.contains(ArticleView.participantId(a))) {
                    other.add(a);
                }
            }
            return other;
        }

        private List<Actor> counterpart(int s, Set<String> own, boolean critic) {
            List<Actor> near = counterpart(s, own, COUNTERPART_SENTENCES, critic);
            if (!near.isEmpty()) {
                return near;
            }
            // no event told just before ("North Korea fired a missile on Tuesday. Japan condemned
            // the launch."): the first other party named in the nearest sentence before
            for (int p = s - 1; critic && p >= 0 && p >= s - 1; p--) {
                TextSpan prev = v.sentences.get(p);
                for (ActorMention a : v.eventPartiesIn(prev.start(), prev.end())) {
                    if (!own.contains(ArticleView.participantId(a.actor())) && !inAttribution(a)
                            && !"speech".equals(a.how())) {
                        List<Actor> other = new ArrayList<>();
                        other.add(a.actor());
                        return other;
                    }
                }
            }
            // that sentence names no other party (it tells details of the act: "The command
            // tracked the launch for 37 minutes."): the latest event told further back
            return counterpart(s, own, COUNTERPART_FAR_SENTENCES, critic);
        }

        /**
         * {@link #counterpart(int, Set, boolean)} from the events of the last {@code back} sentences
         * only; with {@code critic} false the source of a criticism is never the other side (a
         * defiance of law answers no critic: "X condemned Y. X said Y had violated international law").
         */
        private List<Actor> counterpart(int s, Set<String> own, int back, boolean critic) {
            for (int k = told.size() - 1; k >= 0 && told.get(k).sentence() >= s - back; k--) {
                EventCandidate c = told.get(k).event();
                if (Integer.parseInt(c.cameo().substring(0, 2)) < 10 && ids(c.source()).containsAll(own)
                        && !c.source().isEmpty()) {
                    // a friendly act of the reacting side itself ("X stood with Y and urged the world
                    // to act"): its partner is no object of X's reaction
                    continue;
                }
                // after a criticism, the one criticized is that criticism's object ("X condemned Y's
                // test. Z criticized it too.")
                boolean criticism = c.cameo().startsWith("11");
                List<List<Actor>> sides = !criticism ? List.of(c.source(), c.target())
                        : critic ? List.of(c.target(), c.source()) : List.of(c.target());
                for (List<Actor> side : sides) {
                    List<Actor> other = outside(side, own);
                    if (!other.isEmpty()) {
                        return other;
                    }
                }
            }
            return new ArrayList<>();
        }

        /**
         * True when trigger {@code m} is a verb coordinated with an earlier one of its sentence
         * whose event is already told ("X accused Y of ... and demanded the release of ...", "wies
         * ... zurück und kündigte ... an", "a accusé ... et exige ..."): it shares that verb's
         * subject, named before it in the sentence, so its unnamed object may be that event's other
         * side when that event is a reaction too.
         */
        private boolean sharesSubjectWithToldVerb(int s, List<Token> toks, List<ActorMention> src,
                EventLexicon.Match m, int tStart) {
            if (!coordinatedVerb(toks, m.from()) || !subjectBefore(src, v.sentences.get(s).start(), tStart)) {
                return false;
            }
            // the verb before is a reaction of the same subject ("accused Y ... and demanded"), not a
            // gesture to a friend ("stood with Y and urged the world to ...")
            for (int k = told.size() - 1; k >= 0 && told.get(k).sentence() == s; k--) {
                EventCandidate c = told.get(k).event();
                if (c.trigger() < tStart) {
                    return REACTION_ROOTS.contains(c.cameo().substring(0, 2))
                            && ids(c.source()).containsAll(ids(actors(src)));
                }
            }
            return false;
        }

        /**
         * The place named by a locative right after the few words opening the clause (token
         * {@code from}) and before the trigger at token {@code at}, with no comma between it and the
         * trigger: the subject is a group of people located there ("Demonstrators in Baghdad |
         * blocked"); empty when the clause opens on the locative (an adjunct: "In Baghdad, ...").
         */
        private List<ActorMention> placedGroup(List<Token> toks, int from, int at) {
            if (v.grammar.is(Grammar.Kind.LOCATIVE, toks, from)) {
                return List.of();
            }
            for (ActorMention a : v.eventPartiesIn(toks.get(from).start(), toks.get(at).start())) {
                int i = Tokens.firstAtOrAfter(toks, a.start());
                if (i - 1 <= from || i - 1 > from + 3 || !v.grammar.is(Grammar.Kind.LOCATIVE, toks, i - 1)
                        || a.actor().type() == EntityType.Person || attributed(a)) {
                    continue;
                }
                String between = v.text.substring(a.end(), toks.get(at).start());
                if (between.indexOf(',') < 0 && Tokens.of(v.text, a.end(), toks.get(at).start()).size() <= 1) {
                    return List.of(a);
                }
                return List.of();
            }
            return List.of();
        }

        /**
         * True when the verb trigger ending at token {@code at} is a passive participle (grammar kind
         * participle) right after a passive auxiliary (kind passive_aux), an adverb at most between
         * ("were similarly summoned", "diplomats were expelled"), in a language with both kinds.
         */
        private boolean agentlessPassive(List<Token> toks, int clauseFrom, int at) {
            Grammar g = v.grammar;
            if (!g.has(Grammar.Kind.PASSIVE_AUX) || !g.has(Grammar.Kind.PARTICIPLE)
                    || !g.is(Grammar.Kind.PARTICIPLE, toks, at)) {
                return false;
            }
            for (int i = at - 1; i >= Math.max(clauseFrom, at - 2); i--) {
                if (g.is(Grammar.Kind.PASSIVE_AUX, toks, i)) {
                    return true;
                }
                if (!v.eventPartiesIn(toks.get(i).start(), toks.get(i).end()).isEmpty()) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The parties in {@code [from, to)} less the capitals that name a place right after a
         * locative word ("fue recibido en Caracas por ...": where, not who).
         */
        private List<ActorMention> partiesOutsidePlaces(List<Token> toks, Grammar g, int from, int to) {
            List<ActorMention> out = new ArrayList<>();
            for (ActorMention a : v.eventPartiesIn(from, to)) {
                int k = tokenAt(toks, a.start());
                if (!"capital".equals(a.how()) || k < 1 || !g.is(Grammar.Kind.LOCATIVE, toks, k - 1)) {
                    out.add(a);
                }
            }
            return out;
        }

        private static int tokenAt(List<Token> toks, int offset) {
            for (int k = 0; k < toks.size(); k++) {
                if (toks.get(k).start() == offset) {
                    return k;
                }
            }
            return -1;
        }

        /** True for a state body (ministry, government) or a capital standing for its government. */
        private static boolean seatOfPower(ActorMention a) {
            return "capital".equals(a.how())
                    || a.actor().type() == EntityType.Organization && a.actor().country() != null
                    && !a.actor().isOutlet();
        }

        /** True when every source mention stands in the clause before the trigger (a subject named there). */
        private static boolean subjectBefore(List<ActorMention> src, int cStart, int tStart) {
            for (ActorMention a : src) {
                if (a.start() < cStart || a.end() > tStart || "speech".equals(a.how())) {
                    return false;
                }
            }
            return !src.isEmpty();
        }

        private static int clauseOf(List<int[]> clauses, int token) {
            for (int k = 0; k < clauses.size(); k++) {
                if (token >= clauses.get(k)[0] && token < clauses.get(k)[1]) {
                    return k;
                }
            }
            return -1;
        }

        private EventCandidate build(int s, List<Token> toks, List<int[]> clauses, EventLexicon.Match m,
                List<EventLexicon.Match> matches, List<int[]> sentenceAttributions) {
            EventLexicon.Entry e = m.entry();
            Grammar g = v.grammar;
            // a one-word stem entry in a noun form counts as a noun trigger where verb forms are
            // marked (id/ms "Serangan ini merupakan ...": the attack told before)
            boolean nounWord = e.has(NOUN) || m.to() - m.from() == 1 && g.has(Grammar.Kind.VERB_FORM)
                    && !g.is(Grammar.Kind.VERB_FORM, toks, m.from());
            if (nounWord && (g.is(Grammar.Kind.DEMONSTRATIVE_AFTER, toks, m.to())
                    || g.is(Grammar.Kind.DEMONSTRATIVE_BEFORE, toks, m.from() - 1))) {
                why = "noun trigger with a demonstrative (refers back to an act told before)";
                return null;
            }
            if (e.context() != null && !lexicon.hasClassWord(e.context(), toks, 0, toks.size())) {
                why = "context word class '" + e.context() + "' absent from sentence";
                return null;
            }
            if (offTopic[s] || offTopicArticle && e.has(WEAK)) {
                why = offTopic[s] ? "sentence of another field (a word of @" + OFF_TOPIC + ")"
                        : "weak trigger in an article of another field (@" + OFF_TOPIC + " sentences)";
                return null;
            }
            int[] clause = clauses.get(0);
            for (int[] c : clauses) {
                if (m.from() >= c[0] && m.from() < c[1]) {
                    clause = c;
                }
            }
            TextSpan sent = v.sentences.get(s);
            int cStart = toks.get(clause[0]).start();
            int cEnd = toks.get(clause[1] - 1).end();
            int tStart = toks.get(m.from()).start();
            int tEnd = toks.get(m.to() - 1).end();
            attributions = new ArrayList<>();
            for (int[] r : sentenceAttributions) {
                if (tEnd <= r[0] || tStart >= r[1]) {
                    attributions.add(r);
                }
            }
            String root = e.cameo().substring(0, 2);
            boolean locTargets = e.has(LOC) || root.equals("15") || root.equals("18") || root.equals("19")
                    || root.equals("20");

            // a place named before a trigger that takes places as targets and closes its clause
            // may be its destination (verb-final clauses: "ist nach Litauen gereist.")
            boolean finalLoc = locTargets && closesClause(toks, m.to(), clause[1]);
            // ... and a place with a state named between the subject and such a verb closing a
            // verb-final clause is its object ("hat Charkiw mit Raketen angegriffen")
            List<ActorMention> before = usable(toks, finalLoc && verbFinal(toks, clause, m.from(), m.to())
                    ? placesAfterParty(partiesIn(cStart, tStart, true)) : v.eventPartiesIn(cStart, tStart),
                    !finalLoc);
            int nearAt = tStart;
            int k = clauseOf(clauses, m.from());
            if (before.isEmpty() && k >= 2 && m.from() - clause[0] <= 3
                    && ClauseSplitter.aside(v, toks, clauses.get(k - 1))) {
                // the subject stands before an aside ("Turkey, which claims the islands, accused
                // Greece"): the clause goes on past it
                nearAt = toks.get(clauses.get(k - 1)[0] - 1).end();
                before = usable(toks, v.eventPartiesIn(toks.get(clauses.get(k - 2)[0]).start(), nearAt), true);
            }
            // the object side ends where a verb joined by a coordinator opens its own predicate
            // ("... a Israel y pidió a Estados Unidos": the United States belong to "pidió")
            int objEnd = cEnd;
            for (EventLexicon.Match o : matches) {
                if (o.from() >= m.to() && !o.entry().has(NOUN) && coordinatedVerb(toks, o.from())) {
                    objEnd = Math.min(objEnd, toks.get(o.from()).start());
                }
            }
            // aid goes to a place as well as to a state ("sent aid to Gaza"), not to where it stops over
            boolean aid = root.equals("07");
            // a preposition that closes the trigger is the verb's own ("lashed out at X"), not a place's
            List<ActorMention> after = usable(toks, partiesIn(tEnd, Math.max(tEnd, objEnd), locTargets || aid),
                    !locTargets, m.to() - 1);
            if (m.to() - m.from() > 1) {
                // a mention opening on the trigger's last word and running past it is its object
                // ("recognized | the government of Venezuela": the trigger ends on "government")
                int last = toks.get(m.to() - 1).start();
                for (ActorMention a : usable(toks, partiesIn(last, Math.max(tEnd, objEnd), locTargets || aid),
                        !locTargets)) {
                    if (a.start() == last && a.end() > tEnd) {
                        after.add(0, a);
                        break;
                    }
                }
            }
            if (m.to() - m.from() > 1 && (after.isEmpty() || closesClause(toks, m.to(), clause[1]))) {
                // an object inside a split trigger: "warf Belarus vor", "bestellte den Botschafter ein";
                // a trigger closing its clause (verb bracket: "wies die Forderung Malis zurück, ...")
                // has its object inside, whatever follows
                List<ActorMention> inside = usable(toks, partiesIn(toks.get(m.from()).end(),
                        toks.get(m.to() - 1).start(), locTargets), !locTargets);
                if (!inside.isEmpty() || after.isEmpty()) {
                    after = inside;
                }
            }
            if (ADDRESSEE_ROOTS.contains(root) && !e.has(NOUN) && !e.has(SYM) && !before.isEmpty()
                    && m.to() - m.from() > 2) {
                // an appeal, demand, accusation or warning names whom it addresses right after its
                // verb, inside a split trigger ("urged Chile to hold talks with Peru", "a exhorté le
                // Chili à négocier avec le Pérou", "menggesa Chile berunding dengan Peru"): that
                // group is the target, not the parties of the act asked for or blamed
                List<ActorMention> inside = usable(toks, v.eventPartiesIn(toks.get(m.from()).end(),
                        toks.get(m.to() - 1).start()), true);
                if (!inside.isEmpty() && Tokens.firstAtOrAfter(toks, inside.get(0).start()) - m.from()
                        <= ADDRESSEE_WORDS) {
                    after = firstGroup(inside);
                }
            }
            double conf = BASE - (e.has(WEAK) ? 0.2 : 0);
            int agent = -1;
            // the agent marker follows the trigger's last word (not one inside a gap: "Abkommen
            // über den Austausch von Daten unterzeichnet")
            for (int i = Math.max(m.from() + 1, m.to() - 1); i < Math.min(m.to() + 2, toks.size()); i++) {
                // past the clause's end only right after the trigger ("was accused | by X of ...":
                // the splitter may cut after a speech verb)
                // (an agent phrase of several words counts too, "critiques de la part de X"; not after
                // an appeal or demand, where it names whom the thing is asked of: "exige des
                // explications de la part de X")
                int phraseEnd = g.matchAt(Grammar.Kind.AGENT, toks, i, toks.size());
                boolean agentPhrase = phraseEnd == i + 1 || phraseEnd > i + 1 && !ASKING_ROOTS.contains(root);
                if ((i < clause[1] || i == m.to()) && agentPhrase) {
                    agent = i;
                    break;
                }
            }
            if (agent < 0 && !e.has(NOUN) && (g.is(Grammar.Kind.PASSIVE_AUX, toks, m.from() - 1)
                    || g.is(Grammar.Kind.PASSIVE_AUX, toks, m.from())
                    || m.to() - m.from() > 2 && g.is(Grammar.Kind.PASSIVE_AUX, toks, m.to() - 2))) {
                // (also a split trigger that ends with its auxiliary and participle: "la embajadora
                // de X fue citada el lunes por Y")
                // a passive verb with adverbials before its agent ("a été reçu mardi à l'Elysée par X"):
                // the agent word a few words on, with no party and no comma before it
                for (int i = m.to() + 2; i < Math.min(m.to() + PASSIVE_AGENT_WORDS, clause[1]); i++) {
                    String gap = v.text.substring(toks.get(m.to() - 1).end(), toks.get(i).start());
                    if (gap.indexOf(',') >= 0 || !partiesOutsidePlaces(toks, g, toks.get(m.to() - 1).end(),
                            toks.get(i).start()).isEmpty()) {
                        break;
                    }
                    if (g.is(Grammar.Kind.AGENT, toks, i)) {
                        agent = i;
                        break;
                    }
                }
            }
            if (agent < 0 && before.isEmpty() && nominalAt(toks, m) && g.has(Grammar.Kind.BARE_AGENT)) {
                // an act noun opening its clause as the subject of a passive verb of doing with its
                // agent phrase ("Serangan terhadap X dilancarkan oleh Y"): the agent after the verb
                // does the act named by the noun, not a speaker quoted after the clause
                // (the first agent word only: "Penahanan X oleh Y dikecam oleh Z" names Y the doer)
                for (int i = m.to() + 1; i < clause[1]; i++) {
                    if (g.is(Grammar.Kind.AGENT, toks, i)) {
                        final int verb = i - 1;
                        // (a passive that is an act of its own is not one of doing: "Serangan X ke
                        // atas Y dikecam oleh Z": Z condemns, X attacks)
                        boolean actOfItsOwn = matches.stream().anyMatch(o -> o.from() <= verb && verb < o.to());
                        if (!actOfItsOwn && g.is(Grammar.Kind.BARE_AGENT, toks, verb)
                                && toks.get(verb).norm().length() > PASSIVE_VERB_MIN_LENGTH) {
                            agent = i;
                        }
                        break;
                    }
                }
            }
            if (agent >= 0 && agent >= m.to() - 1 && ownedBySubject(toks, m)) {
                // "expresó su preocupación por ...", "expressed its concern by ...": a possessive
                // pronoun inside the trigger names its subject as owner; no passive, no agent after it
                agent = -1;
            }
            int aux = passiveBefore(toks, clause[0], m.from());
            boolean nominalTrigger = e.has(NOUN) || m.from() > 0 && g.is(Grammar.Kind.DETERMINER, toks, m.from() - 1);
            boolean participle = agent > 0 && g.is(Grammar.Kind.PARTICIPLE, toks, agent - 1);
            if (agent >= 0 && g.has(Grammar.Kind.PASSIVE) && aux < 0 && !nominalTrigger
                    && !(participle && agent - 1 >= m.from())) {
                // no passive auxiliary: "verlangte von Großbritannien" names the one asked, "protestó
                // por la detención" its cause; a participle (with no auxiliary: "el petrolero
                // incautado por Irán") and a noun ("el ataque perpetrado por X") keep their agent
                agent = -1;
            }
            if (agent < 0 && aux >= 0 && g.has(Grammar.Kind.VERB_FINAL)) {
                // a verb-final passive: "Japan wurde von China für den Plan kritisiert"
                for (int i = aux + 1; i < m.from() && agent < 0; i++) {
                    if (g.is(Grammar.Kind.AGENT, toks, i)
                            && !v.eventPartiesIn(toks.get(i).end(), toks.get(m.from()).start()).isEmpty()) {
                        agent = i;
                    }
                }
            }
            if (agent < 0 && m.to() - m.from() > 2 && !e.has(NOUN) && g.is(Grammar.Kind.AGENT, toks, m.from() + 1)
                    && !v.eventPartiesIn(cStart, tStart).isEmpty()
                    && !v.eventPartiesIn(toks.get(m.from() + 1).end(), toks.get(m.to() - 1).start()).isEmpty()) {
                // a passive verb opening a split trigger: "was accused by Ukraine of ...", "fue
                // acusada por Ucrania de ...": the agent phrase stands in the gap, the subject
                // before (a gap naming no party is no agent phrase: "spoke by phone with")
                agent = m.from() + 1;
            }
            boolean noun = e.has(NOUN);
            List<ActorMention> near = groupEndingNear(toks, before, nearAt, 4);
            List<ActorMention> adjacentAfter = groupStartingNear(toks, after, tEnd, 2);
            List<ActorMention> src;
            List<ActorMention> tgt;
            SpeechFinder.Speech around = speechAround(tStart);
            if (e.has(SPEAKER)) {
                if (around == null) {
                    why = "speaker row outside reported speech";
                    return null;
                }
                src = List.of(new ActorMention(around.speaker(), around.attrStart(), around.attrEnd(), "", "speech"));
                tgt = new ArrayList<>(before);
                tgt.addAll(after);
            } else if (e.has(SYM)) {
                List<ActorMention> all = new ArrayList<>();
                if (adjacentAfter.size() >= 2) {
                    all.addAll(adjacentAfter);
                } else if (noun) {
                    all.addAll(near);
                    all.addAll(adjacentAfter);
                } else {
                    if (before.isEmpty() && !noun && ClauseSplitter.subordinate(v, toks, clause)) {
                        // "after meeting Y", "setelah bertemu Y": the main clause's subject meets
                        all.addAll(sharedSubject(toks, clauses, k, m.from()));
                    } else if (before.isEmpty() && !noun && around != null && around.start() <= cStart) {
                        // words said with no subject of their own ("dijo que colaborará con Y",
                        // "said it would cooperate with Y"): the speaker is the other partner
                        all.addAll(speakers(toks, around));
                    }
                    all.addAll(before);
                    all.addAll(after);
                }
                if (!MEDIATION_CODES.contains(e.cameo())) {
                    // "X dan Y menyepakati gencatan senjata atas mediasi Z": the mediator named by
                    // a mediation trigger after the act is no partner of it
                    for (EventLexicon.Match other : matches) {
                        if (other.from() >= m.to() && MEDIATION_CODES.contains(other.entry().cameo())) {
                            int from = toks.get(other.from()).start();
                            all.removeIf(a -> a.start() >= from);
                            break;
                        }
                    }
                }
                src = all;
                tgt = all;
            } else if (agent >= m.to() - 1 && nominalAt(toks, m) && !nominalAgentTargets(toks, agent, tEnd, cEnd).isEmpty()) {
                // a noun with its agent phrase right after it (or after its object), the object of
                // another verb ("Malaysia condemned the attack by Israel on Qatar", "mengecam serangan
                // oleh Israel ke atas Qatar", "the arrest of Kenyan traders by Uganda"): the agent's
                // group acts on the parties around it, not on the subject before
                List<ActorMention> parties = usable(toks, v.eventPartiesIn(toks.get(agent).end(), cEnd), true);
                src = firstGroup(parties);
                tgt = nominalAgentTargets(toks, agent, tEnd, cEnd);
            } else if (agent >= 0) {
                int agentClause = clauseOf(clauses, agent);
                int agentEnd = agent < m.from() ? tStart
                        : agentClause < 0 ? cEnd : Math.max(cEnd, toks.get(clauses.get(agentClause)[1] - 1).end());
                src = v.eventPartiesIn(toks.get(agent).end(), agentEnd);
                tgt = before;
                if (tgt.isEmpty() && agent >= m.to() - 1 && m.to() - m.from() > 2) {
                    // a split trigger that holds its own subject ("la embajadora de X fue citada por
                    // Y"): the party inside it undergoes the act
                    tgt = firstGroup(usable(toks, v.eventPartiesIn(tStart, toks.get(m.to() - 1).start()), true));
                }
                if (tgt.isEmpty()) {
                    tgt = nearestGroupBefore(toks, sent.start(), cStart);
                }
            } else if (noun) {
                src = near;
                tgt = after;
                if (near.isEmpty() && ClauseSplitter.subordinate(v, toks, clause)) {
                    // a gerund right after the subordinator ("after meeting Y"; a noun trigger row
                    // covers it): the main clause's subject acts
                    src = sharedSubject(toks, clauses, k, m.from());
                }
                if (src.isEmpty() && purposeBefore(toks, clause[0], m.from())) {
                    // a noun after a purpose marker ("est arrivé à Beyrouth pour des entretiens avec
                    // Y", "came to Lima for talks with Y"): the clause's subject holds them
                    src = firstGroup(usable(toks, v.eventPartiesIn(cStart, tStart), true));
                }
                List<ActorMention> inside;
                ActorMention possessor = g.is(Grammar.Kind.VERB_FORM, toks, m.from()) ? null
                        : possessorAfter(toks, m.from(), m.to(), after, REACTION_ROOTS.contains(root));
                if (possessor != null) {
                    // "mengutuk serangan Israel ke atas Gaza": the possessor after the noun is the agent
                    src = List.of(possessor);
                    tgt = possessedBy(after, near.isEmpty() ? nearestGroupBefore(toks, sent.start(), tStart) : near);
                } else if (src.isEmpty() && m.to() - m.from() > 1 && !(inside = usable(toks,
                        v.eventPartiesIn(toks.get(m.from()).end(), toks.get(m.to() - 1).start()), true)).isEmpty()
                        && !after.isEmpty()) {
                    // the owner inside a split nominal trigger: "latihan militer berskala besar
                    // China di sekitar | Taiwan": the exercises are China's, Taiwan their object
                    src = firstGroup(inside);
                    tgt = after;
                } else if (src.isEmpty() && betweenAfter(toks, m.to(), after)) {
                    // "pertemuan antara Presiden X dan Presiden Y": both parties follow the noun
                    src = List.of(after.get(0));
                    tgt = after.subList(1, after.size());
                } else if (src.isEmpty() && !after.isEmpty() && Tokens.of(v.text, tEnd, after.get(0).start()).isEmpty()) {
                    src = List.of(after.get(0));
                    tgt = after.subList(1, after.size());
                }
            } else {
                src = groupEndingNear(toks, before, tStart, Integer.MAX_VALUE);
                tgt = after;
                boolean nominal = nounForm(toks, m.from());
                List<ActorMention> inside = src.isEmpty() && nominal && m.to() - m.from() > 1 && !after.isEmpty()
                        ? usable(toks, v.eventPartiesIn(toks.get(m.from()).end(), toks.get(m.to() - 1).start()), true)
                        : List.of();
                ActorMention possessor = g.is(Grammar.Kind.VERB_FORM, toks, m.from()) ? null
                        : possessorAfter(toks, m.from(), m.to(), after, REACTION_ROOTS.contains(root));
                if (!inside.isEmpty()) {
                    // a noun used by a stem entry, its owner inside the split trigger ("latihan
                    // militer ... China di sekitar | Taiwan")
                    src = firstGroup(inside);
                } else if (possessor != null) {
                    // a stem entry used as a noun: "serangan Myanmar ke Laos"
                    List<ActorMention> subject = src.isEmpty() ? nearestGroupBefore(toks, sent.start(), tStart) : src;
                    src = List.of(possessor);
                    tgt = possessedBy(after, subject);
                    if (tgt.isEmpty() && MEDIATION_CODES.contains(e.cameo())) {
                        // "X dan Y sepakat berkat mediasi Z": the parties of the clause are mediated
                        tgt = subject.stream().filter(a -> a != possessor).toList();
                    }
                } else if (src.isEmpty() && nominal && betweenAfter(toks, m.to(), after)) {
                    // "penandatanganan perjanjian antara X dan Y"
                    src = List.of(after.get(0));
                    tgt = after.subList(1, after.size());
                }
            }
            if (!noun && agent < 0 && FACTUAL_OBJECT_CODES.contains(e.cameo()) && !after.isEmpty()) {
                List<ActorMention> doer = agentOfActCriticized(toks, m, matches, after);
                if (!doer.isEmpty()) {
                    // "mengutuk serangan Israel terhadap fasilitas Iran": the agent of the act
                    // criticized is the one criticized, not those it struck
                    tgt = doer;
                }
            }
            ActorMention owner = e.has(SYM) || e.has(SPEAKER) || agent >= 0 ? null
                    : demonymAfterHead(toks, m.from(), articleBefore(toks, m.from()) || articleAhead(toks, m.from())
                            || m.from() > 1 && g.is(Grammar.Kind.DEMONSTRATIVE_BEFORE, toks, m.from() - 2)
                            && plainWord(toks, m.from() - 1));
            if (owner != null) {
                // a nationality adjective right after the head noun names the agent of a nominal act
                // ("l'offensive russe en Ukraine", "une frappe russe sur Kharkiv", "la ofensiva rusa"),
                // whoever stands before the noun phrase (the critic of "Kiev dénonce une frappe russe")
                src = List.of(owner);
                tgt = tgt.stream().filter(a -> a != owner).toList();
            }
            int by = e.has(SYM) || e.has(SPEAKER) || agent >= 0 ? -1 : agentAfterObject(toks, after, tEnd, !locTargets);
            // a passive with its agent right after the verb, no agent marker ("Ukraina diserang
            // Rusia", "X dikunjungi Presiden Y"), or a noun after a verb of receiving ("X mendapat
            // kecaman dari Y", "X menerima bantuan dari Y"): the subject undergoes the act, the
            // party after it does it
            boolean bareAgent = !e.has(SOLO) && m.to() - m.from() == 1
                    && g.is(Grammar.Kind.BARE_AGENT, toks, m.from()) && !after.isEmpty()
                    && officeWordsOnly(toks, m.to(), after.get(0).start());
            boolean received = m.from() > 0 && g.is(Grammar.Kind.RECEIVE, toks, m.from() - 1);
            // an agentless passive of an act of state authority with a party after it that is no
            // bare agent ("Kapal X diusir dari perairan Y", "Warga X ditahan di Y"): the subject
            // undergoes the act, the state whose territory is named does it
            boolean placedPassive = !e.has(SOLO) && !bareAgent && m.to() - m.from() == 1
                    && g.is(Grammar.Kind.BARE_AGENT, toks, m.from()) && !after.isEmpty()
                    && PLACE_AUTHORITY_ROOTS.contains(e.cameo().substring(0, 2));
            if (!e.has(SYM) && !e.has(SPEAKER) && agent < 0 && !after.isEmpty()
                    && (bareAgent || received || placedPassive)) {
                List<ActorMention> subject = groupEndingNear(toks, before, tStart, Integer.MAX_VALUE);
                if (!subject.isEmpty() || bareAgent && src.isEmpty()) {
                    // (no party before: a passive in a relative clause, "rudal yang ditembakkan X
                    // jatuh di Y": X does it, the party after it undergoes it)
                    List<ActorMention> doer = firstGroup(after);
                    List<ActorMention> objects = new ArrayList<>(subject);
                    objects.addAll(after.subList(doer.size(), after.size()));
                    src = doer;
                    tgt = objects;
                }
            }
            if (!noun && !nominalTrigger && !e.has(SYM) && !e.has(SPEAKER) && !e.has(SOLO) && agent < 0 && by < 0
                    && !bareAgent && !received && !placedPassive && agentlessPassive(toks, clause[0], m.to() - 1)) {
                // an agentless passive ("X's envoy was summoned to the foreign ministry in Y",
                // "sanctions were imposed on Y"): the subject undergoes the act; a state body or seat
                // of power named after the verb does it ("summoned to the Turkish foreign office"),
                // else no one is named as doing it
                List<ActorMention> subject = groupEndingNear(toks, before, tStart, Integer.MAX_VALUE);
                // a seat of power, else the other state named right after the verb ("were expelled
                // from Y", "fue atacada con misiles rusos"): where or with whose means it was done
                Set<String> undergoing = ids(actors(subject));
                List<ActorMention> seat = after.stream().filter(a -> seatOfPower(a)).limit(1).toList();
                List<ActorMention> doer = !seat.isEmpty() ? seat : after.stream().limit(1)
                        .filter(a -> Tokens.of(v.text, tEnd, a.start()).size() <= PASSIVE_DOER_GAP
                                && !undergoing.contains(ArticleView.participantId(a.actor()))).toList();
                List<ActorMention> objects = new ArrayList<>(subject);
                // a trigger opening with the subject's noun ("diplomats were expelled") holds its party
                objects.addAll(usable(toks, v.eventPartiesIn(tStart, tEnd), true));
                objects.addAll(after.stream().filter(a -> !doer.contains(a)).toList());
                String doerState = doer.isEmpty() ? null : doer.get(0).actor().country();
                objects.removeIf(a -> doerState != null && doerState.equals(a.actor().country()));
                src = doer;
                tgt = objects;
            }
            boolean nounForm = nounForm(toks, m.from());
            if (by >= 0 && (noun || nounForm)) {
                // (id/ms: a stem entry in a noun form, "penangkapan nelayan X oleh Y")
                // a nominal trigger with its object and an agent phrase: "the condemnation of
                // Pakistan by India", "the arrest of a German journalist by Turkey", "la condamnation
                // du Pakistan par l'Inde": the agent acts; with no party before the agent phrase
                // ("the condemnation of the attack by Poland") the parties after the agent's group
                // are the objects
                src = firstGroup(after.subList(by, after.size()));
                List<ActorMention> objects = new ArrayList<>(after.subList(0, by));
                if (by == 0) {
                    objects.addAll(after.subList(src.size(), after.size()));
                }
                tgt = objects;
            }
            if (!noun && !e.has(SYM) && !e.has(SPEAKER) && agent < 0 && src.isEmpty() && before.isEmpty()
                    && g.has(Grammar.Kind.OBJECT_MARKER) && !after.isEmpty()
                    && placedGroup(toks, clause[0], m.from()).isEmpty()
                    && !(clause[0] == 0 && pronounOpens(toks, m.from()))
                    && !kindBetween(Grammar.Kind.FIRST_PERSON, toks, clause[0], m.from())) {
                // subject after the verb ("Am Montag kritisierte Japan den Test", "Nachdem ...,
                // verurteilte Südkorea den Test"): the first actor after it, unless marked as an object
                List<ActorMention> subject = subjectAfter(toks, m.to(), after);
                // a lone actor after the verb is its object where subjects may be dropped ("El
                // martes visitará Bolivia"), its subject where they may not ("Am Montag kritisierte Japan ...")
                boolean lone = subject.size() == after.size();
                if (!subject.isEmpty() && !(lone && g.has(Grammar.Kind.SUBJECT_DROP))) {
                    src = subject;
                    tgt = new ArrayList<>(after.subList(subject.size(), after.size()));
                }
            }
            if (!noun && !nominalTrigger && !e.has(SYM) && !e.has(SPEAKER) && agent < 0 && src.isEmpty()
                    && before.isEmpty() && m.from() == 0 && !after.isEmpty()) {
                // a verb opening the sentence with no subject, its phrase closed by a comma
                // ("Accusing Y of ..., X recalled ...", "Acusando a Y de ..., X retiró ..."): the
                // subject of the main clause after the comma acts, the parties before it are objects
                List<ActorMention> subject = openingPhraseSubject(toks, m.to(), after);
                if (!subject.isEmpty()) {
                    src = subject;
                    tgt = after.stream().filter(a -> a.end() <= subject.get(0).start()).toList();
                }
            }
            if (!e.has(SYM) && !e.has(SPEAKER) && agent < 0 && e.pattern().source().startsWith("@")) {
                // a trigger opening with its noun ("@troops ...3 deployed"): a party inside it owns
                // the noun and acts ("pasukan Korea Utara telah dikerahkan"), unless a preposition
                // introduces it ("Soldaten an die Grenze zu Litauen verlegen": the destination)
                List<ActorMention> inside = new ArrayList<>();
                for (ActorMention a : usable(toks, v.eventPartiesIn(tStart, tEnd), true)) {
                    if (!introducedByPreposition(toks, a, m.from())) {
                        inside.add(a);
                    }
                }
                if (!inside.isEmpty()) {
                    src = inside;
                }
            }
            if (!e.has(SYM) && agent < 0 && !e.has(SPEAKER) && after.isEmpty() && src.size() == 2
                    && src.size() == before.size() && src.get(0).end() <= src.get(1).start()
                    && v.text.substring(src.get(0).end(), src.get(1).start()).isBlank()
                    && verbFinal(toks, clause, m.from(), m.to())) {
                // two actors side by side before a clause-final verb are subject and object, not one
                // group ("..., dass China Japan kritisiert hat")
                tgt = List.of(src.get(1));
                src = List.of(src.get(0));
            } else if (!e.has(SYM) && agent < 0 && !e.has(SPEAKER) && after.isEmpty() && !src.isEmpty()
                    && src.size() < before.size()
                    && (verbFinal(toks, clause, m.from(), m.to()) || purposeBetween(toks, src, m.from()))) {
                // object before the verb (verb-final clauses, or a purpose verb: "X met Y to discuss
                // ..."): the first group acts on the one after it, which opens the object ("hat die
                // Angriffe Russlands auf die Ukraine verurteilt": Russia's attacks are condemned)
                List<ActorMention> first = firstGroup(before);
                if (first.size() + src.size() <= before.size() && !first.contains(src.get(0))
                        && !ids(actors(src)).containsAll(ids(actors(first)))) {
                    Set<String> firstIds = ids(actors(first));
                    int next = first.size();
                    while (next < before.size()
                            && firstIds.contains(ArticleView.participantId(before.get(next).actor()))) {
                        next++;
                    }
                    tgt = next < before.size() ? firstGroup(before.subList(next, before.size())) : src;
                    src = first;
                }
            }
            if (!noun && !e.has(SYM) && !e.has(SPEAKER) && agent < 0 && !after.isEmpty() && !src.isEmpty()
                    && src.size() < before.size() && purposeNear(toks, src, m.from())) {
                // a purpose clause with partners of its own ("X summoned Y's envoy to protest over
                // Z", "X bertemu Y untuk memprotes Z"): the main clause's subject acts, not the
                // object of the main verb standing nearest
                List<ActorMention> first = firstGroup(before);
                if (!first.contains(src.get(0)) && !ids(actors(src)).containsAll(ids(actors(first)))) {
                    src = first;
                }
            }
            if (!noun && !e.has(SYM) && !e.has(SPEAKER) && agent < 0 && g.is(Grammar.Kind.GERUND, toks, m.from())) {
                // a gerund has no subject of its own ("X respondió a Y exigiendo una disculpa", "...,
                // acusando a Z de ..."): the subject of the verb it follows acts, the group opening
                // the sentence (or the clause a complementizer opens); that verb's object, standing
                // nearest, is the one addressed when no party follows
                List<ActorMention> subject = gerundSubject(toks, sent.start(), m.from());
                if (!subject.isEmpty() && !subject.equals(src) && !ids(actors(src)).containsAll(ids(actors(subject)))) {
                    if (tgt.isEmpty() && !src.isEmpty() && introducedByPreposition(toks, src.get(0), clause[0] - 1)) {
                        tgt = src;
                    }
                    if (src.isEmpty() || introducedByPreposition(toks, src.get(0), clause[0] - 1)) {
                        src = subject;
                    }
                }
            }
            if (!noun && !e.has(SYM) && !e.has(SPEAKER) && agent < 0 && m.to() < toks.size()
                    && g.is(Grammar.Kind.GERUND, toks, m.from()) && g.is(Grammar.Kind.OBJECT_PRONOUN, toks, m.from() + 1)
                    && v.text.substring(sent.start(), tStart).stripTrailing().endsWith(",")) {
                // a participle after a comma with an object pronoun ("X expelled Y's diplomats,
                // accusing them of spying"): the main clause's subject acts on the main clause's object
                List<ActorMention> subject = gerundSubject(toks, sent.start(), m.from());
                if (!subject.isEmpty()) {
                    Set<String> own = ids(actors(subject));
                    List<ActorMention> objects = usable(toks, v.eventPartiesIn(subject.get(subject.size() - 1).end(),
                            tStart), true).stream().filter(a -> !own.containsAll(ids(actors(List.of(a))))).toList();
                    if (!objects.isEmpty()) {
                        src = subject;
                        tgt = objects;
                    }
                }
            }
            if (!noun && !e.has(SYM) && !e.has(SPEAKER) && agent < 0 && coordinatedVerb(toks, m.from())) {
                // "X warned Y and urged Z": a verb joined to an earlier one shares its subject, the
                // group opening the sentence, not the nearest mention (the earlier verb's object)
                List<ActorMention> subject = firstGroup(usable(toks, v.eventPartiesIn(sent.start(), tStart), true));
                if (!subject.isEmpty() && !subject.equals(src) && !tgt.contains(subject.get(0))) {
                    src = subject;
                }
            }
            if (!noun && !e.has(SYM) && !e.has(SPEAKER) && agent < 0 && tgt.isEmpty() && !src.isEmpty()
                    && coordinatedVerb(toks, m.from()) && objectPronounBefore(toks, m.from())) {
                // "X a reçu Y et lui a promis une aide", "... et l'a mis en garde": the object pronoun
                // stands for the nearest party named before it that is not the subject
                // ("les": the whole group so named)
                Set<String> own = ids(actors(src));
                List<ActorMention> others = usable(toks, v.eventPartiesIn(sent.start(), tStart), true).stream()
                        .filter(a -> !own.containsAll(ids(actors(List.of(a))))).toList();
                if (!others.isEmpty()) {
                    tgt = groupEndingNear(toks, others, others.get(others.size() - 1).end(), Integer.MAX_VALUE);
                }
            }
            if (!noun && !e.has(SYM) && !e.has(SPEAKER) && agent < 0 && !before.isEmpty()
                    && around != null && around.start() <= cStart && g.has(Grammar.Kind.VERB_FINAL)
                    && firstPersonBefore(toks, clause[0], m.from(), before.get(0).start())) {
                // reported words whose subject is a first-person pronoun standing before the parties
                // of a verb-final clause ("Wir haben die Regierung X aufgefordert, ...", said Y): the
                // speaker acts, the parties between the pronoun and the verb are its objects
                List<ActorMention> objects = new ArrayList<>(before);
                tgt.stream().filter(a -> !objects.contains(a)).forEach(objects::add);
                src = speakers(toks, around);
                tgt = objects;
            }
            boolean clauseOnly = true;
            boolean subordinate = ClauseSplitter.subordinate(v, toks, clause);
            if (src.isEmpty() && subordinate && !noun && !e.has(SPEAKER)) {
                // a subordinate clause with no subject of its own ("X did A after attacking Y",
                // "setelah menyerang Y", "après avoir attaqué Y") shares the main clause's subject
                src = sharedSubject(toks, clauses, k, m.from());
                clauseOnly = false;
                conf -= 0.1;
            }
            if (src.isEmpty() && before.isEmpty() && !noun && !e.has(SYM) && !e.has(SPEAKER) && agent < 0) {
                // an unnamed group placed by where it is ("Demonstrators in Baghdad blocked ...",
                // "Demonstran di Jakarta ...", "Des manifestants à Alger ...", "Demonstranten in
                // Berlin ..."): that place's state acts
                src = placedGroup(toks, clause[0], m.from());
            }
            if (src.isEmpty()) {
                clauseOnly = false;
                if (around != null && around.start() <= cStart) {
                    src = speakers(toks, around);
                    conf -= 0.1;
                } else if (!noun && !subordinate && !(nominalTrigger && (g.is(Grammar.Kind.COMP, toks, clause[0])
                        || g.is(Grammar.Kind.COMP, toks, clause[0] - 1)))) {
                    // (a verb row used as a noun opening a complement clause names no agent of the
                    // main clause: "al considerar que la ofensiva en X vulnera ..." is not theirs)
                    src = nearestGroupBefore(toks, sent.start(), cStart);
                    conf -= 0.15;
                }
            }
            if (src.isEmpty() && !noun && subjectDropped(toks, m.from())) {
                // pro-drop: "Además, se reunió con ..." is done by the person named last
                ActorMention p = v.lastPersonBefore(sent.start());
                if (p != null) {
                    src = List.of(new ActorMention(p.actor(), p.start(), p.end(), p.text(), "pronoun"));
                }
            }
            if (src.isEmpty() && !noun && !e.has(SPEAKER) && clause[0] == 0) {
                // a personal pronoun opening the sentence ("He also called ...", "Ia mengecam ...",
                // "Ils ont ..."): the person or state it stands for in the sentence or two before
                ActorMention p = pronounSubject(s, toks, m.from());
                if (p != null) {
                    src = List.of(p);
                    clauseOnly = false;
                }
            }
            if (tgt.isEmpty() && !noun && !e.has(SYM)) {
                // a solo act may still name its other side later ("denied the charges of Y that ...");
                // when that side is its own source it is dropped below and the act stands alone
                clauseOnly = false;
                int limit = Math.min(around != null ? Math.min(sent.end(), around.end()) : sent.end(),
                        ownPredicateEnd(toks, clauses, k, sent.end()));
                List<ActorMention> later = new ArrayList<>();
                for (ActorMention a : partiesIn(cEnd, limit, locTargets)) {
                    if (!inAttribution(a)) {
                        later.add(a);
                    }
                }
                tgt = firstGroup(usable(toks, later, !locTargets));
                conf -= 0.15;
            }
            int causeAgent = agentMarkerBefore(toks, clause[0], m.from());
            boolean nounAfterMarker = causeAgent >= 0 && (noun || nominalTrigger
                    || g.is(Grammar.Kind.DETERMINER, toks, causeAgent + 1) || g.is(Grammar.Kind.NOUN_MARKER, toks, causeAgent + 1));
            if (nounAfterMarker && !e.has(SYM) && !e.has(SPEAKER)) {
                // a noun as the agent of a passive verb ("X was angered by the attack on Y", "X,
                // which was alarmed by the strikes on Y, ..."): the subject undergoes the feeling
                // the act caused, it did not do the act
                int markerStart = toks.get(causeAgent).start();
                src = src.stream().filter(a -> a.end() > markerStart).toList();
            }
            List<Actor> source = actors(src);
            List<Actor> target = actors(tgt);
            if (!e.has(SYM)) {
                Set<String> srcIds = ids(source);
                target.removeIf(a -> srcIds.contains(ArticleView.participantId(a)));
                // a body named between a source person's title and name ("the president of the
                // Commission, Jane Doe", "la presidenta de la Comisión, X") is that person's own office
                target.removeAll(actors(tgt.stream().filter(t -> insideOwnApposition(t, srcIds, sent)).toList()));
            }
            if (target.isEmpty() && !source.isEmpty() && !tgt.isEmpty() && !e.has(SYM) && !e.has(SOLO)
                    && !e.has(SPEAKER) && ownNationals(tgt, ids(source))) {
                // the source's own nationals named by a demonym ("protested over the arrest of
                // Peruvian fishermen in Chile", "la detención de ciudadanos mexicanos en Estados
                // Unidos"): the state where it befell them, named next in the clause, is the target
                ActorMention last = tgt.get(tgt.size() - 1);
                Set<String> srcIds = ids(source);
                for (ActorMention a : partiesIn(last.end(), Math.max(last.end(), cEnd), true)) {
                    if (!srcIds.contains(ArticleView.participantId(a.actor())) && !inAttribution(a)) {
                        target = actors(List.of(a));
                        conf -= 0.1;
                        break;
                    }
                }
            }
            if (target.isEmpty() && !source.isEmpty() && !noun && !e.has(SYM) && !e.has(SOLO)
                    && !e.has(SPEAKER) && answers(e.cameo())
                    && (subjectBefore(src, cStart, tStart) || sharesSubjectWithToldVerb(s, toks, src, m, tStart))
                    && (!g.has(Grammar.Kind.VERB_FORM) || g.is(Grammar.Kind.VERB_FORM, toks, m.from()))) {
                // a reaction with no object named ("rejected the demand", "kritisierte den Test"):
                // it answers the doer of the act its object names, else the other side of the latest
                // event told just before
                target = doerOfActAnswered(s, toks, m, matches, clause[1], ids(source));
                if (target.isEmpty()) {
                    target = counterpart(s, ids(source), !NO_CRITIC_CODES.contains(e.cameo()));
                }
                conf -= 0.15;
            }
            Set<String> parties = ids(source);
            parties.addAll(ids(target));
            if (source.isEmpty() || (parties.size() < 2 && !e.has(SOLO))) {
                why = source.isEmpty() ? (target.isEmpty() ? "no source and no target" : "no source (target "
                        + ids(target) + ")") : tgt.isEmpty() ? "no target (source " + ids(source) + ")"
                        : "same party both sides " + ids(source) + " (target mentions " + ids(actors(tgt)) + ")";
                return null;
            }
            for (ActorMention a : src) {
                if ("pronoun".equals(a.how())) {
                    conf -= 0.1;
                    break;
                }
            }
            if (clauseOnly) {
                conf += 0.1;
            }

            ModalityDetector.Reading cue = modality.detect(toks, clause[0], clause[1], 0, toks.size(), m.from(), m.to(),
                    root.equals("03"));
            DateMention hist = historicalDate(cStart, cEnd);
            Modality mod;
            if ((cue == null || cue == ModalityDetector.Reading.FUTURE) && !CONDITIONAL_ROOTS.contains(root)
                    && conditional(toks, clauses, k, m.to())) {
                // the main clause of a condition ("If X attacks Y, Z will respond"; "Z would
                // respond if ..."): as hypothetical as the condition
                cue = ModalityDetector.Reading.HYPOTHETICAL;
            }
            if (cue == null || cue == ModalityDetector.Reading.ONGOING) {
                mod = hist != null && cue == null ? Modality.HISTORICAL : Modality.ASSERTED;
            } else {
                mod = cue.modality();
            }
            String date;
            String endDate = null;
            if (mod == Modality.HISTORICAL && hist != null) {
                date = hist.date();
                endDate = hist.endDate();
            } else {
                DateMention d = nearestDate(cStart, cEnd, tStart);
                if (d == null) {
                    d = nearestDate(sent.start(), sent.end(), tStart);
                }
                if (d == null && around != null) {
                    d = nearestDate(v.sentences.get(Math.max(0, v.sentenceAt(around.attrStart()))).start(),
                            around.attrEnd(), around.attrEnd());
                }
                if (d != null && !(d.historical() && mod != Modality.HISTORICAL)) {
                    date = d.date();
                    endDate = d.endDate();
                    if (mod == Modality.ASSERTED && v.prepared.published() != null && d.date().length() == 10
                            && d.date().compareTo(v.prepared.published().toString()) > 0) {
                        mod = Modality.FUTURE;
                    }
                } else {
                    date = mod == Modality.ASSERTED ? articleDate : null;
                }
            }
            if (e.has(SPEAKER) && mod != Modality.ASSERTED && mod != Modality.HISTORICAL) {
                // "... will respond if X breaks the truce", "X has not broken it": a condition, a
                // forecast or a denial, not the speaker's accusation
                why = "speaker row suppressed by modality " + mod;
                return null;
            }
            int evStart = tStart;
            int evEnd = tEnd;
            for (ActorMention a : src) {
                if (a.start() >= sent.start() && a.end() <= sent.end() && !"speech".equals(a.how())) {
                    evStart = Math.min(evStart, a.start());
                    evEnd = Math.max(evEnd, a.end());
                }
            }
            for (ActorMention a : tgt) {
                if (a.start() >= sent.start() && a.end() <= sent.end()) {
                    evStart = Math.min(evStart, a.start());
                    evEnd = Math.max(evEnd, a.end());
                }
            }
            evStart = Math.min(evStart, cStart);
            evEnd = Math.max(evEnd, cEnd);
            conf = Math.max(0.1, Math.min(0.95, conf));
            return EventCandidate.create().cameo(e.cameo()).source(source)
                    .target(e.has(SYM) ? reversed(source) : target).date(date).endDate(endDate).modality(mod)
                    .location(location(toks, cStart, cEnd, tStart)).start(evStart).end(evEnd).trigger(tStart)
                    .confidence(conf).build();
        }

        /**
         * Where the event happened: a place (or a state, or a capital standing for it) named within
         * a few words after a locative preposition ("di", "in", "en") in the trigger's clause; the
         * one nearest the trigger wins. Persons and organizations are never locations.
         */
        private Actor location(List<Token> toks, int cStart, int cEnd, int trigger) {
            ActorMention best = null;
            for (ActorMention m : v.mentionsIn(cStart, cEnd)) {
                EntityType type = m.actor().type();
                if (type == EntityType.Person || type == EntityType.Organization) {
                    continue;
                }
                int i = Tokens.firstAtOrAfter(toks, m.start());
                boolean afterLocative = false;
                for (int k = i - 1; k >= 0 && k >= i - LOCATION_WINDOW; k--) {
                    if (toks.get(k).end() <= cStart) {
                        break;
                    }
                    if (v.grammar.is(Grammar.Kind.LOCATIVE, toks, k)) {
                        afterLocative = true;
                        break;
                    }
                }
                if (afterLocative && (best == null
                        || Math.abs(m.start() - trigger) < Math.abs(best.start() - trigger))) {
                    best = m;
                }
            }
            return best == null ? null : best.actor();
        }

        /**
         * The agent group of an act noun that opens the object of criticism {@code m} (at most
         * {@link #CRITICIZED_ACT_GAP} words after it: "mengecam keras serangan Israel ke atas Y",
         * "condemned the Israeli strike"): the possessor right after that noun with those a
         * coordinator joins to it; empty when no act noun follows or it names no possessor.
         */
        private List<ActorMention> agentOfActCriticized(List<Token> toks, EventLexicon.Match m,
                List<EventLexicon.Match> matches, List<ActorMention> after) {
            for (EventLexicon.Match a : matches) {
                if (a == m || a.from() < m.to() || a.from() - m.to() > CRITICIZED_ACT_GAP
                        || v.grammar.has(Grammar.Kind.VERB_FORM) && v.grammar.is(Grammar.Kind.VERB_FORM, toks, a.from())) {
                    continue;
                }
                int end = toks.get(a.to() - 1).end();
                List<ActorMention> rest = after.stream().filter(x -> x.start() >= end).toList();
                ActorMention possessor = possessorAfter(toks, a.from(), a.to(), rest,
                        REACTION_ROOTS.contains(a.entry().cameo().substring(0, 2)));
                if (possessor != null && possessor == after.get(0)) {
                    return firstGroup(after);
                }
            }
            return List.of();
        }

        /**
         * In languages that name the possessor after the noun (grammar kind possessive-gap), the
         * actor right after a nominal trigger, past gap adjectives only; else null.
         */
        private ActorMention possessorAfter(List<Token> toks, int from, int to, List<ActorMention> after,
                boolean reaction) {
            if (after.isEmpty()) {
                return null;
            }
            for (int i = from; i < to; i++) {
                if (v.grammar.is(Grammar.Kind.POSSESSIVE_PRONOUN, toks, i)) {
                    return null;
                }
            }
            if (!v.grammar.has(Grammar.Kind.POSSESSIVE_GAP)) {
                return possessorByPreposition(toks, from, to, after.get(0), reaction);
            }
            int i = to;
            while (i < toks.size() && v.grammar.is(Grammar.Kind.POSSESSIVE_GAP, toks, i)) {
                i++;
            }
            ActorMention first = after.get(0);
            // a comma closes the noun phrase ("Tak hanya soal serangan udara, X ...": X is no possessor)
            if (i >= toks.size() || toks.get(i).start() != first.start()
                    || v.text.substring(toks.get(to - 1).end(), first.start()).indexOf(',') >= 0
                    || !Tokens.of(v.text, toks.get(to - 1).end(), first.start()).stream()
                            .allMatch(t -> v.grammar.is(Grammar.Kind.POSSESSIVE_GAP, List.of(t), 0))) {
                return null;
            }
            return first;
        }

        /**
         * Where sentence {@code s} names its source of information rather than a party: attribution
         * phrases ({@code speech.tsv} kind prep) with the mention they introduce ("according to the
         * agency", "nach Angaben des Militärs"), as character ranges. (The speaker of a speech verb
         * may also act: "Irán advirtió ... y pidió a Estados Unidos ...".)
         */
        private List<int[]> attributions(int s, List<Token> toks) {
            TextSpan sent = v.sentences.get(s);
            List<int[]> out = new ArrayList<>();
            for (SpeechPatterns.Match p : speechPatterns.find(toks, 0, toks.size())) {
                if (!p.entry().prep() || p.to() >= toks.size()) {
                    continue;
                }
                int from = toks.get(p.from()).start();
                int limit = toks.get(Math.min(toks.size() - 1, p.to() + ATTRIBUTION_GAP)).end();
                int named = toks.get(p.to()).start();
                for (ActorMention a : v.mentionsIn(named, sent.end())) {
                    // a comma closes the attribution: "Selon Le Monde, l'Iran a ..." (the outlet is no mention)
                    if (a.start() <= limit && v.text.substring(named, a.start()).indexOf(',') < 0) {
                        out.add(new int[] {from, a.end()});
                    }
                    break;
                }
            }
            return out;
        }

        /** True when a mention lies inside an attribution of the current sentence that is not the trigger's own. */
        private boolean attributed(ActorMention m) {
            for (int[] r : attributions) {
                if (m.start() >= r[0] && m.end() <= r[1]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The actor named by a possessive preposition right after a nominal trigger (an article
         * before the trigger marks it as a noun): "denunció la agresión de Israel contra Gaza",
         * "der Angriff der Türkei"; else null. Grammar kind possessive, then at most one article.
         */
        /**
         * True when an article or another word that only stands before nouns is the word before
         * token {@code at} ("les frappes", "une frappe"): the trigger there is a noun.
         */
        /**
         * True when an article stands before token {@code at}, right before it or before up to two
         * adjectives ("las nuevas sanciones", "die neuen Sanktionen", "den feigen Überfall").
         */
        private boolean articleAhead(List<Token> toks, int at) {
            int d = at - 1;
            while (d >= 0 && d > at - 3 && plainWord(toks, d) && !v.grammar.is(Grammar.Kind.VERB_FORM, toks, d)) {
                d--;
            }
            return d >= 0 && v.grammar.is(Grammar.Kind.DETERMINER, toks, d);
        }

        private boolean articleBefore(List<Token> toks, int at) {
            return at > 0 && (v.grammar.is(Grammar.Kind.DETERMINER, toks, at - 1)
                    || v.grammar.is(Grammar.Kind.NOUN_MARKER, toks, at - 1));
        }

        /**
         * The nationality adjective (a demonym mention) standing right after the head noun at token
         * {@code head} of a nominal trigger ({@code nominal}: an article before it), or after one plain
         * adjective, or null.
         */
        private ActorMention demonymAfterHead(List<Token> toks, int head, boolean nominal) {
            if (!nominal || head + 1 >= toks.size()) {
                return null;
            }
            // (one plain adjective may stand between: "la ofensiva aérea rusa", "une frappe aérienne russe")
            for (int at = head + 1; at <= head + 2 && at < toks.size(); at++) {
                Token next = toks.get(at);
                for (ActorMention a : v.eventPartiesIn(next.start(), next.end())) {
                    if ("demonym".equals(a.how()) && a.start() == next.start()) {
                        return a;
                    }
                }
                if (!plainWord(toks, at)) {
                    return null;
                }
            }
            return null;
        }

        private ActorMention possessorByPreposition(List<Token> toks, int from, int to, ActorMention first,
                boolean reaction) {
            if (from > 0 && to < toks.size() && v.grammar.is(Grammar.Kind.GENITIVE_NAME, toks, from - 1)
                    && toks.get(to).start() == first.start()
                    && !v.grammar.is(Grammar.Kind.OBJECT_MARKER, toks, to - 1)) {
                // a genitive name right after the noun: "die Angriffe Russlands auf die Ukraine";
                // not after a preposition that closes the trigger ("einen Luftangriff auf | Kiew":
                // the object)
                return first;
            }
            if (!articleAhead(toks, from) || to >= toks.size()) {
                return null;
            }
            // up to two adjectives between the noun and the preposition ("el ataque masivo de
            // Rusia", "la ofensiva terrestre de Israel"): plain words, no function word, trigger or party
            int p = to;
            while (p < to + 2 && p < toks.size() && toks.get(p).start() < first.start()
                    && !v.grammar.is(Grammar.Kind.POSSESSIVE, toks, p) && plainWord(toks, p)) {
                p++;
            }
            // (a reaction also by where it comes from: "die Drohungen aus dem Kreml")
            if (p >= toks.size() || !v.grammar.is(Grammar.Kind.POSSESSIVE, toks, p)
                    && !(reaction && v.grammar.is(Grammar.Kind.ORIGIN, toks, p))) {
                return null;
            }
            int i = p + 1;
            if (i < toks.size() && toks.get(i).start() < first.start() && v.grammar.is(Grammar.Kind.DETERMINER, toks, i)) {
                i++;
            }
            if (i < toks.size() && toks.get(i).start() == first.start()) {
                return first;
            }
            // an office between: "la visita del presidente de Chile", "la visite du président
            // chilien": up to two words that are no trigger, then the state (or its possessive)
            for (int k = i; k < i + OFFICE_WORDS && k < toks.size() && toks.get(k).start() < first.start(); k++) {
                if (!lexicon.find(toks, k, k + 1).isEmpty()) {
                    return null;
                }
                int j = k + 1;
                if (j < toks.size() && toks.get(j).start() < first.start() && v.grammar.is(Grammar.Kind.POSSESSIVE, toks, j)) {
                    j++;
                    if (j < toks.size() && toks.get(j).start() < first.start()
                            && v.grammar.is(Grammar.Kind.DETERMINER, toks, j)) {
                        j++;
                    }
                }
                if (j < toks.size() && toks.get(j).start() == first.start()) {
                    return first;
                }
            }
            return null;
        }

        /**
         * True when token {@code i} is a word of no grammar kind that matters here (article,
         * preposition, coordinator, agent, possessive) and no trigger starts on it: an adjective.
         */
        /**
         * True when mention {@code t} stands between two mentions of one source person in sentence
         * {@code sent}, a title and the name it belongs to set off by a comma, with no word of an
         * event between ("the president of the Commission, Jane Doe"): {@code t} is that person's
         * own office, no party of the act.
         */
        private boolean insideOwnApposition(ActorMention t, Set<String> srcIds, TextSpan sent) {
            List<ActorMention> all = v.mentionsIn(sent.start(), sent.end());
            for (ActorMention a : all) {
                String id = ArticleView.participantId(a.actor());
                if (a.end() > t.start() || a.actor().type() != EntityType.Person || !srcIds.contains(id)) {
                    continue;
                }
                for (ActorMention b : all) {
                    if (b.start() < t.end() || !id.equals(ArticleView.participantId(b.actor()))) {
                        continue;
                    }
                    String between = v.text.substring(a.end(), b.start());
                    if (between.length() <= APPOSITION_CHARS && between.strip().endsWith(",")
                            && between.indexOf('.') < 0 && between.indexOf(';') < 0 && between.indexOf(':') < 0
                            && Tokens.of(v.text, a.end(), b.start()).stream()
                                    .noneMatch(w -> !lexicon.find(List.of(w), 0, 1).isEmpty())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean plainWord(List<Token> toks, int i) {
            Token t = toks.get(i);
            if (t.kind() != Token.Kind.WORD || !Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
            for (Grammar.Kind k : List.of(Grammar.Kind.DETERMINER, Grammar.Kind.OBJECT_MARKER, Grammar.Kind.COORD,
                    Grammar.Kind.AGENT, Grammar.Kind.LOCATIVE, Grammar.Kind.COMP, Grammar.Kind.RELATIVE,
                    Grammar.Kind.POSSESSIVE_PRONOUN)) {
                if (v.grammar.is(k, toks, i)) {
                    return false;
                }
            }
            return lexicon.find(toks, i, i + 1).isEmpty() && v.mentionsIn(t.start(), t.end()).isEmpty();
        }

        /**
         * The target of a nominal event whose agent is the possessor {@code after.get(0)}: the
         * actors after the possessor; with none, in languages that mark the possessor by a
         * preposition, the clause's subject that names the act ("Venezuela denunció una amenaza
         * de Estados Unidos": the threat is against Venezuela).
         */
        private List<ActorMention> possessedBy(List<ActorMention> after, List<ActorMention> subject) {
            List<ActorMention> rest = after.subList(1, after.size());
            return rest.isEmpty() && !v.grammar.has(Grammar.Kind.POSSESSIVE_GAP) ? subject : rest;
        }

        /**
         * The actor opening {@code after} and those a coordinator joins to it, when no object
         * marker ({@code grammar.tsv} kind object_marker: an object's article or a preposition)
         * stands one or two words before it and no pronoun stands between the trigger (ending
         * before token {@code trigEnd}) and it; else empty. Two actors side by side are subject
         * and object here, not a group.
         */
        private List<ActorMention> subjectAfter(List<Token> toks, int trigEnd, List<ActorMention> after) {
            int i = Tokens.firstAtOrAfter(toks, after.get(0).start());
            if (v.grammar.is(Grammar.Kind.OBJECT_MARKER, toks, i - 1)
                    || i >= 2 && i - 2 >= trigEnd && v.grammar.is(Grammar.Kind.OBJECT_MARKER, toks, i - 2)) {
                return List.of();
            }
            for (int k = trigEnd; k < i; k++) {
                // a pronoun is the subject ("habe er mit Trump gesprochen")
                if (v.grammar.is(Grammar.Kind.PRONOUN, toks, k) || v.grammar.is(Grammar.Kind.PRONOUN_OTHER, toks, k)) {
                    return List.of();
                }
            }
            List<ActorMention> out = new ArrayList<>();
            out.add(after.get(0));
            for (int k = 1; k < after.size(); k++) {
                List<Token> gap = Tokens.of(v.text, after.get(k - 1).end(), after.get(k).start());
                if (gap.isEmpty() || !v.grammar.is(Grammar.Kind.COORD, gap, 0) || link(after.get(k - 1), after.get(k)) != 2) {
                    break;
                }
                out.add(after.get(k));
            }
            return out;
        }

        /**
         * True when an object marker or a locative preposition ("zu", "aus", "in"), articles
         * skipped, stands before mention {@code a}, after token {@code floor}.
         */
        private boolean introducedByPreposition(List<Token> toks, ActorMention a, int floor) {
            int i = Tokens.firstAtOrAfter(toks, a.start()) - 1;
            while (i > floor && v.grammar.is(Grammar.Kind.DETERMINER, toks, i)
                    && !v.grammar.is(Grammar.Kind.OBJECT_MARKER, toks, i)) {
                i--;
            }
            return i > floor && (v.grammar.is(Grammar.Kind.OBJECT_MARKER, toks, i)
                    || v.grammar.is(Grammar.Kind.LOCATIVE, toks, i));
        }

        /**
         * The subject a gerund at token {@code at} shares: the first group of the sentence before it,
         * not one inside an attribution, counted from the last complementizer before the gerund
         * ("X dijo que Y respondió a Z exigiendo ...": Y); empty when that group is itself marked
         * as an object or a place.
         */
        private List<ActorMention> gerundSubject(List<Token> toks, int sentStart, int at) {
            int from = sentStart;
            for (int i = at - 1; i >= 0 && toks.get(i).start() >= sentStart; i--) {
                if (v.grammar.is(Grammar.Kind.COMP, toks, i)) {
                    from = toks.get(i).end();
                    break;
                }
            }
            List<ActorMention> named = new ArrayList<>();
            for (ActorMention a : usable(toks, v.eventPartiesIn(from, toks.get(at).start()), true)) {
                if (!inAttribution(a)) {
                    named.add(a);
                }
            }
            List<ActorMention> first = firstGroup(named);
            int floor = Tokens.firstAtOrAfter(toks, from) - 1;
            if (first.isEmpty() || introducedByPreposition(toks, first.get(0), floor)) {
                return List.of();
            }
            return first;
        }

        /** True when every mention is a demonym ("peruanos") of a state among {@code sourceIds}. */
        private static boolean ownNationals(List<ActorMention> ms, Set<String> sourceIds) {
            for (ActorMention a : ms) {
                if (!"demonym".equals(a.how()) || !sourceIds.contains(ArticleView.participantId(a.actor()))) {
                    return false;
                }
            }
            return !ms.isEmpty();
        }

        /** Mentions that can be parties: not places after a locative preposition (when asked). */
        private List<ActorMention> usable(List<Token> toks, List<ActorMention> ms, boolean dropLocative) {
            return usable(toks, ms, dropLocative, -1);
        }

        /**
         * Mentions that can be parties: not places after a locative preposition (when asked), unless
         * that preposition is token {@code triggerLast}, the trigger's own last word ("protested at X").
         */
        private List<ActorMention> usable(List<Token> toks, List<ActorMention> ms, boolean dropLocative,
                int triggerLast) {
            List<ActorMention> out = new ArrayList<>();
            for (ActorMention m : ms) {
                if (attributed(m)) {
                    continue;
                }
                int i = Tokens.firstAtOrAfter(toks, m.start());
                if (dropLocative && i > 0 && i - 1 != triggerLast
                        && v.grammar.is(Grammar.Kind.LOCATIVE, toks, i - 1)
                        && m.actor().type() != EntityType.Person) {
                    continue;
                }
                out.add(m);
            }
            return out;
        }

        /** True when the trigger ending before token {@code to} ends its clause or is followed by a comma. */
        private boolean closesClause(List<Token> toks, int to, int clauseEnd) {
            if (to >= clauseEnd || to >= toks.size()) {
                return true;
            }
            String gap = v.text.substring(toks.get(to - 1).end(), toks.get(to).start());
            return gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0;
        }

        /**
         * True when the clause of the trigger at token {@code at} puts its verb last: the language
         * lists verb-final words (subordinators, auxiliaries, "zu") and one stands in the clause
         * before the trigger, the trigger (tokens {@code at} to {@code end}) ends on one (a separable
         * particle), or the clause is a relative clause opened after a comma.
         */
        private boolean verbFinal(List<Token> toks, int[] clause, int at, int end) {
            Grammar g = v.grammar;
            if (!g.has(Grammar.Kind.VERB_FINAL)) {
                return false;
            }
            for (int i = clause[0]; i < at; i++) {
                if (g.is(Grammar.Kind.VERB_FINAL, toks, i)) {
                    return true;
                }
            }
            if (end > at + 1 && g.is(Grammar.Kind.VERB_FINAL, toks, end - 1)) {
                // a trigger ending on a particle that closes the verb bracket ("sprach ... sein Beileid aus")
                return true;
            }
            int c = clause[0];
            return c > 0 && g.is(Grammar.Kind.RELATIVE, toks, c)
                    && v.text.substring(toks.get(c - 1).end(), toks.get(c).start()).indexOf(',') >= 0;
        }

        /** True when a possessive pronoun stands inside the trigger (between its first and last word). */
        private boolean ownedBySubject(List<Token> toks, EventLexicon.Match m) {
            for (int i = m.from() + 1; i < m.to() - 1; i++) {
                if (v.grammar.is(Grammar.Kind.POSSESSIVE_PRONOUN, toks, i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when a purpose marker stands between the last of {@code src} and the trigger at token
         * {@code at}, or opens the trigger.
         */
        private boolean purposeBetween(List<Token> toks, List<ActorMention> src, int at) {
            // the trigger may open with the marker itself ("to mediate")
            return purposeFrom(toks, Tokens.firstAtOrAfter(toks, src.get(src.size() - 1).end()), at);
        }

        /** True when a purpose marker starts at a token in {@code [from, at]}. */
        private boolean purposeFrom(List<Token> toks, int from, int at) {
            for (int i = Math.max(0, from); i <= at; i++) {
                if (v.grammar.matchAt(Grammar.Kind.PURPOSE, toks, i, toks.size()) > i) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when a purpose marker opens the trigger at token {@code at} or stands at most four
         * tokens before it, after the last of {@code src} ("to express solemn protest", "untuk
         * memprotes"; not "to buyers in Asia, ... pressure on": a preposition far from the trigger).
         */
        private boolean purposeNear(List<Token> toks, List<ActorMention> src, int at) {
            return purposeFrom(toks, Math.max(Tokens.firstAtOrAfter(toks, src.get(src.size() - 1).end()), at - 5), at);
        }

        /**
         * The subject a subordinate clause (clause {@code k}) shares with its main clause when its
         * verb at token {@code at} follows the subordinator with no subject between ("after
         * attacking", "tras reunirse", "après avoir attaqué": at most one word between, no
         * article): the sentence's first actor group, or for a sentence opening with the
         * subordinate clause, the group opening the next clause; else none.
         */
        private List<ActorMention> sharedSubject(List<Token> toks, List<int[]> clauses, int k, int at) {
            int[] clause = clauses.get(k);
            boolean comma = clause[0] > 0
                    && v.text.substring(toks.get(clause[0] - 1).end(), toks.get(clause[0]).start()).indexOf(',') >= 0;
            int end = ClauseSplitter.subordinatorEnd(v, toks, clause[0], comma);
            if (end < 0 || at - end > 1
                    || !v.eventPartiesIn(toks.get(clause[0]).start(), toks.get(at).start()).isEmpty()) {
                return List.of();
            }
            for (int i = end; i < at; i++) {
                // a noun after an article ("after the meeting with Y") has no subject to share
                if (v.grammar.is(Grammar.Kind.DETERMINER, toks, i) || v.grammar.is(Grammar.Kind.NOUN_MARKER, toks, i)) {
                    return List.of();
                }
            }
            int sStart = toks.get(0).start();
            if (k > 0) {
                return firstGroup(usable(toks, v.eventPartiesIn(sStart, toks.get(clause[0]).start()), true));
            }
            if (clauses.size() < 2) {
                return List.of();
            }
            int[] next = clauses.get(1);
            List<ActorMention> main = firstGroup(usable(toks,
                    v.eventPartiesIn(toks.get(next[0]).start(), toks.get(next[1] - 1).end()), true));
            if (main.isEmpty()) {
                return List.of();
            }
            int at0 = Tokens.firstAtOrAfter(toks, main.get(0).start());
            if (at0 - next[0] > SUBJECT_WORDS) {
                return List.of();
            }
            for (int i = next[0]; i < at0 && at0 - next[0] > 3; i++) {
                // a longer office before the state ("le secrétaire d'État américain") holds no trigger
                // word: past one, the party is the main verb's object ("le ministre a critiqué la Chine")
                if (!lexicon.find(toks, i, i + 1).isEmpty()) {
                    return List.of();
                }
            }
            return main;
        }

        /**
         * True when only subject-drop words ({@code grammar.tsv} kind subject_drop: adverbs,
         * clitics, auxiliaries) and punctuation stand before the trigger at token {@code at}.
         */
        /**
         * The referent of a pronoun that opens sentence {@code s} and is the only word before the
         * trigger at token {@code at} apart from adjuncts and punctuation (grammar kinds pronoun,
         * pronoun_other); a mention at the pronoun standing for it (how="pronoun"), or null.
         */
        private ActorMention pronounSubject(int s, List<Token> toks, int at) {
            if (!pronounOpens(toks, at)) {
                return null;
            }
            Actor a = v.referentBefore(s, v.grammar.is(Grammar.Kind.PRONOUN, toks, 0));
            if (a == null) {
                return null;
            }
            Token t = toks.get(0);
            return new ActorMention(a, t.start(), t.end(), v.text.substring(t.start(), t.end()), "pronoun");
        }

        /**
         * True when a pronoun (grammar kinds pronoun, pronoun_other) opens the sentence and no
         * subordinator, complementizer or relative stands between it and token {@code at}: the
         * pronoun is the subject of the verb there ("Er warf Uganda vor": Uganda is the object).
         */
        /**
         * The objects of a noun whose agent phrase opens at token {@code agent}: the parties
         * between the noun (ending at offset {@code tEnd}) and the agent word, and those after the
         * agent's group up to offset {@code cEnd}.
         */
        private List<ActorMention> nominalAgentTargets(List<Token> toks, int agent, int tEnd, int cEnd) {
            List<ActorMention> out = new ArrayList<>(usable(toks, v.eventPartiesIn(tEnd, toks.get(agent).start()), true));
            List<ActorMention> parties = usable(toks, v.eventPartiesIn(toks.get(agent).end(), cEnd), true);
            out.addAll(parties.subList(firstGroup(parties).size(), parties.size()));
            return out;
        }

        /**
         * True when trigger {@code m} is used as a noun: a noun row, or in a language that marks
         * verb forms, a form that is not one ("serangan", not "diserang"), else one after an
         * article ("the attack", not "was attacked").
         */
        private boolean nominalAt(List<Token> toks, EventLexicon.Match m) {
            return m.entry().has(NOUN) || nounForm(toks, m.from());
        }

        /**
         * True when the trigger word at token {@code at} is a noun form: in a language that marks
         * verb forms, one that is not ("serangan", not "diserang"), else one after an article.
         */
        private boolean nounForm(List<Token> toks, int at) {
            Grammar g = v.grammar;
            return g.has(Grammar.Kind.VERB_FORM) ? !g.is(Grammar.Kind.VERB_FORM, toks, at)
                    : at > 0 && g.is(Grammar.Kind.DETERMINER, toks, at - 1);
        }

        /** True when a word of {@code kind} stands among tokens [from, to). */
        private boolean kindBetween(Grammar.Kind kind, List<Token> toks, int from, int to) {
            for (int i = Math.max(0, from); i < to && i < toks.size(); i++) {
                if (v.grammar.is(kind, toks, i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when a first-person pronoun (grammar kind first-person) not joined to anything by a
         * coordinator stands in tokens {@code from}..{@code to} before character {@code firstParty}.
         */
        private boolean firstPersonBefore(List<Token> toks, int from, int to, int firstParty) {
            for (int i = Math.max(0, from); i < to && i < toks.size() && toks.get(i).end() <= firstParty; i++) {
                if (v.grammar.is(Grammar.Kind.FIRST_PERSON, toks, i)) {
                    return !(i + 1 < toks.size() && v.grammar.is(Grammar.Kind.COORD, toks, i + 1))
                            && !(i > 0 && v.grammar.is(Grammar.Kind.COORD, toks, i - 1));
                }
            }
            return false;
        }

        private boolean pronounOpens(List<Token> toks, int at) {
            Grammar g = v.grammar;
            if (at < 1 || !g.is(Grammar.Kind.PRONOUN, toks, 0) && !g.is(Grammar.Kind.PRONOUN_OTHER, toks, 0)) {
                return false;
            }
            for (int i = 1; i < at; i++) {
                if (g.is(Grammar.Kind.SUBORDINATOR, toks, i) || g.is(Grammar.Kind.COMP, toks, i)
                        || g.is(Grammar.Kind.RELATIVE, toks, i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean subjectDropped(List<Token> toks, int at) {
            if (!v.grammar.has(Grammar.Kind.SUBJECT_DROP)) {
                return false;
            }
            for (int i = 0; i < at; i++) {
                String w = toks.get(i).norm();
                boolean punct = !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
                if (!punct && !v.grammar.is(Grammar.Kind.SUBJECT_DROP, toks, i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True when a purpose marker ("pour", "to") stands within the two words before the nominal
         * trigger at token {@code at}, past the clause's first word ("pour des entretiens").
         */
        private boolean purposeBefore(List<Token> toks, int clauseFrom, int at) {
            for (int i = at - 1; i > clauseFrom && i >= at - 2; i--) {
                if (v.grammar.is(Grammar.Kind.PURPOSE, toks, i)) {
                    return true;
                }
            }
            return false;
        }

        /** True when an object pronoun (grammar kind object_pronoun) is one of the three words before token {@code at}. */
        private boolean objectPronounBefore(List<Token> toks, int at) {
            for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
                if (v.grammar.is(Grammar.Kind.OBJECT_PRONOUN, toks, i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when a coordinator stands right before the trigger at token {@code at}, past
         * subject-drop words only ("and urged", "y le pidió", "dan meminta"): a second verb of
         * the same subject.
         */
        private boolean coordinatedVerb(List<Token> toks, int at) {
            for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
                if (v.grammar.is(Grammar.Kind.COORD, toks, i)) {
                    return i > 0;
                }
                if (!v.grammar.is(Grammar.Kind.SUBJECT_DROP, toks, i)) {
                    return false;
                }
            }
            return false;
        }

        /** The mention nearest before {@code to} in the sentence and those coordinated with it. */
        private List<ActorMention> nearestGroupBefore(List<Token> toks, int from, int to) {
            List<ActorMention> ms = usable(toks, v.eventPartiesIn(from, to), true);
            return ms.isEmpty() ? List.of() : groupEndingNear(toks, ms, to, Integer.MAX_VALUE);
        }

        /**
         * The mentions of {@code ms} (in text order) that are parties, plus the places with a country
         * standing after the first party: a place opening the list is where things happen, not who acts.
         */
        private List<ActorMention> placesAfterParty(List<ActorMention> ms) {
            List<ActorMention> out = new ArrayList<>();
            boolean party = false;
            for (ActorMention a : ms) {
                boolean isParty = ArticleView.PARTICIPANT_TYPES.contains(a.actor().type());
                if (isParty || party) {
                    out.add(a);
                }
                party |= isParty;
            }
            return out;
        }

        /** Participant mentions in a range, plus places with a country when {@code places}. */
        private List<ActorMention> partiesIn(int from, int to, boolean places) {
            if (!places) {
                return v.eventPartiesIn(from, to);
            }
            List<ActorMention> out = new ArrayList<>();
            for (ActorMention m : v.mentionsIn(from, to)) {
                if (!ArticleView.isOutlet(m.actor())
                        && (ArticleView.PARTICIPANT_TYPES.contains(m.actor().type()) || m.actor().country() != null)) {
                    out.add(m);
                }
            }
            return out;
        }

        /** The first mention and those coordinated with it ("X, Y dan Z"; a comma alone does not join). */
        /**
         * True when a between-word (grammar kind between) stands right after the trigger ending at
         * token {@code to}, a party right after it (office words may stand between: grammar kind
         * possessive-gap) and at least one more after that.
         */
        private boolean betweenAfter(List<Token> toks, int to, List<ActorMention> after) {
            if (after.size() < 2 || to >= toks.size() || !v.grammar.is(Grammar.Kind.BETWEEN, toks, to)
                    || after.get(0).start() < toks.get(to).end()) {
                return false;
            }
            // only office words between ("antara Presiden Cile dan ...")
            return officeWordsOnly(toks, to + 1, after.get(0).start());
        }

        /**
         * True when every token from index {@code from} that ends by offset {@code until} is an
         * office word or adjective of grammar kind possessive-gap ("Presiden", "Menteri Luar Negeri").
         */
        private boolean officeWordsOnly(List<Token> toks, int from, int until) {
            for (int i = from; i < toks.size() && toks.get(i).end() <= until; i++) {
                if (!v.grammar.is(Grammar.Kind.POSSESSIVE_GAP, toks, i)) {
                    return false;
                }
            }
            return true;
        }

        private List<ActorMention> firstGroup(List<ActorMention> ms) {
            List<ActorMention> out = new ArrayList<>();
            if (ms.isEmpty()) {
                return out;
            }
            out.add(ms.get(0));
            int confirmed = 1;
            for (int i = 1; i < ms.size(); i++) {
                int link = link(ms.get(i - 1), ms.get(i));
                if (link == 0) {
                    break;
                }
                out.add(ms.get(i));
                if (link == 2) {
                    confirmed = out.size();
                }
            }
            return new ArrayList<>(out.subList(0, confirmed));
        }

        /** The coordinated group ending last before {@code at}, when at most {@code gap} words separate it. */
        private List<ActorMention> groupEndingNear(List<Token> toks, List<ActorMention> before, int at, int gap) {
            if (before.isEmpty()) {
                return List.of();
            }
            ActorMention last = before.get(before.size() - 1);
            if (Tokens.of(v.text, last.end(), at).size() > gap) {
                return List.of();
            }
            List<ActorMention> out = new ArrayList<>();
            int i = before.size() - 1;
            out.add(last);
            boolean word = false;
            while (i > 0) {
                int link = link(before.get(i - 1), before.get(i));
                if (link == 0 || (link == 1 && !word)) {
                    break;
                }
                word |= link == 2;
                i--;
                out.add(0, before.get(i));
            }
            return out;
        }

        /** The coordinated group starting first after {@code at}, when at most {@code gap} words separate it. */
        /**
         * The group of {@code after} standing right after the first comma past token {@code from}
         * (at most a determiner before it) and closed by no further comma or coordinator (not the
         * next item of a list), or empty.
         */
        /**
         * The agent marker standing before the noun at token {@code at} with one to three words
         * between them, none naming a party and no comma ("by the deadly attack"; not the gerund of
         * "by attacking"), or -1.
         */
        private int agentMarkerBefore(List<Token> toks, int clauseFrom, int at) {
            for (int i = at - 2; i >= Math.max(clauseFrom, at - 4); i--) {
                if (v.grammar.is(Grammar.Kind.AGENT, toks, i)) {
                    String between = v.text.substring(toks.get(i).end(), toks.get(at).start());
                    return between.indexOf(',') < 0 && v.eventPartiesIn(toks.get(i).end(), toks.get(at).start()).isEmpty()
                            ? i : -1;
                }
            }
            return -1;
        }

        private List<ActorMention> openingPhraseSubject(List<Token> toks, int from, List<ActorMention> after) {
            int comma = -1;
            for (int j = Math.max(from, 1); j < toks.size() && comma < 0; j++) {
                String gap = v.text.substring(toks.get(j - 1).end(), toks.get(j).start());
                if (gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0 || gap.indexOf('"') >= 0) {
                    return List.of();
                }
                if (gap.indexOf(',') >= 0) {
                    comma = j;
                }
            }
            if (comma < 0) {
                return List.of();
            }
            int at = toks.get(comma).start();
            List<ActorMention> rest = after.stream().filter(a -> a.start() >= at).toList();
            List<ActorMention> group = groupStartingNear(toks, rest, at, 1);
            if (group.isEmpty()) {
                return List.of();
            }
            int end = Tokens.firstAtOrAfter(toks, group.get(group.size() - 1).end());
            if (end >= toks.size() || v.grammar.is(Grammar.Kind.COORD, toks, end)
                    || v.text.substring(group.get(group.size() - 1).end(), toks.get(end).start()).indexOf(',') >= 0) {
                return List.of();
            }
            return group;
        }

        private List<ActorMention> groupStartingNear(List<Token> toks, List<ActorMention> after, int at, int gap) {
            if (after.isEmpty() || Tokens.of(v.text, at, after.get(0).start()).size() > gap) {
                return List.of();
            }
            return firstGroup(after);
        }

        private boolean inAttribution(ActorMention a) {
            for (SpeechFinder.Speech sp : speech) {
                if (a.start() >= sp.attrStart() && a.end() <= sp.attrEnd()) {
                    return true;
                }
            }
            return false;
        }

        /** How two mentions are joined: 0 not, 1 by a comma only, 2 by a coordinator, hyphen or nothing. */
        private int link(ActorMention a, ActorMention b) {
            if (b.start() <= a.end()) {
                return 2;
            }
            String gap = v.text.substring(a.end(), b.start()).strip();
            List<Token> gt = Tokens.of(v.text, a.end(), b.start());
            if (gt.isEmpty()) {
                return gap.equals(",") ? 1 : gap.length() <= 2 ? 2 : 0;
            }
            // a coordinator of one or more words ("and", "together with", "bersama dengan")
            int c = v.grammar.matchAt(Grammar.Kind.COORD, gt, 0, gt.size());
            if (c <= 0 || gt.size() > 6) {
                return 0;
            }
            // "Marty Natalegawa dan Menteri Luar Negeri Korea Utara Pak Ui Chun": a title after "dan";
            // "und die USA": an article after the coordinator
            // "y a Corea del Sur", "y a la India": the object marker repeated after the coordinator
            boolean marker = gt.size() > c && v.grammar.is(Grammar.Kind.OBJECT_MARKER, gt, c)
                    && !v.grammar.is(Grammar.Kind.DETERMINER, gt, c);
            for (int i = c; i < gt.size(); i++) {
                if (!Character.isUpperCase(v.text.charAt(gt.get(i).start()))
                        && !(i == c && v.grammar.is(Grammar.Kind.DETERMINER, gt, i))
                        && !(i == c && marker)
                        && !(i == c + 1 && marker && v.grammar.is(Grammar.Kind.DETERMINER, gt, i))) {
                    return 0;
                }
            }
            return 2;
        }

        private SpeechFinder.Speech speechAround(int offset) {
            for (SpeechFinder.Speech sp : speech) {
                if (offset >= sp.start() && offset < sp.end()) {
                    return sp;
                }
            }
            return null;
        }

        private DateMention historicalDate(int from, int to) {
            for (DateMention d : dates) {
                if (d.start() >= from && d.end() <= to && (d.historical() || yearOf(d.date()) < refYear)) {
                    return d;
                }
            }
            return null;
        }

        /** The most precise date in [from, to) (a day before a month before a year), then the nearest. */
        private DateMention nearestDate(int from, int to, int near) {
            DateMention best = null;
            for (DateMention d : dates) {
                if (d.start() < from || d.end() > to) {
                    continue;
                }
                int precision = Integer.compare(precision(d), best == null ? -1 : precision(best));
                if (precision > 0 || precision == 0 && Math.abs(d.start() - near) < Math.abs(best.start() - near)) {
                    best = d;
                }
            }
            return best;
        }

        private static int precision(DateMention d) {
            return d.historical() || d.date() == null ? 0 : d.date().length();
        }
    }

    /** An event kept and the sentence it was found in. */
    private record Told(int sentence, EventCandidate event) {
    }

    private static int referenceYear(ArticleView v, List<DateMention> dates) {
        if (v.prepared.published() != null) {
            return v.prepared.published().getYear();
        }
        int max = Integer.MIN_VALUE;
        for (DateMention d : dates) {
            if (!d.historical()) {
                max = Math.max(max, yearOf(d.date()));
            }
        }
        return max;
    }

    private static int yearOf(String iso) {
        if (iso == null || iso.length() < 4) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(iso.substring(0, 4));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static List<Actor> actors(List<ActorMention> ms) {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (ActorMention m : ms) {
            out.putIfAbsent(m.actor().key(), m.actor());
        }
        return new ArrayList<>(out.values());
    }

    private static List<Actor> reversed(List<Actor> in) {
        List<Actor> out = new ArrayList<>(in);
        Collections.reverse(out);
        return out;
    }

    private static Set<String> ids(List<Actor> as) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : as) {
            out.add(ArticleView.participantId(a));
        }
        return out;
    }

    private static Set<String> actorKeys(List<Actor> as) {
        Set<String> t = new TreeSet<>();
        for (Actor a : as) {
            t.add(a.key());
        }
        return t;
    }

    private static String keys(List<Actor> as) {
        TreeSet<String> t = new TreeSet<>();
        for (Actor a : as) {
            t.add(a.key());
        }
        return t.toString();
    }
}
