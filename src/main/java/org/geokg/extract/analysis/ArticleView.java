package org.geokg.extract.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.extract.lexicon.Grammar;
import org.geokg.extract.lexicon.LanguageData;
import org.geokg.extract.lexicon.LanguageDataSet;
import org.geokg.extract.lexicon.Token;
import org.geokg.extract.lexicon.Tokens;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.kg.model.EntityType;
import org.geokg.nlp.TextSpan;

/**
 * What the event and claim extractors share for one article: paragraphs, sentences,
 * their tokens, the actor mentions in text order (plus "both sides" phrases resolved to
 * the two actors named just before), and the language data. One per article; not
 * thread-safe (caches tokens).
 */
public final class ArticleView {
    /** Types that can take part in events or speak. */
    public static final Set<EntityType> PARTICIPANT_TYPES = Set.of(EntityType.Country, EntityType.Person,
            EntityType.Organization);

    public final PreparedText prepared;
    public final String text;
    /** The supported language of the text, or null when it has no lexicons. */
    public final String lang;
    /** The lexicons of the text's language (the undetermined data when {@link #lang} is null). */
    public final LanguageData data;
    public final Grammar grammar;
    final List<TextSpan> paragraphs;
    public final List<TextSpan> sentences;
    public final List<ActorMention> mentions;
    private final Map<Integer, List<Token>> tokenCache = new HashMap<>();

    public ArticleView(PreparedText prepared, List<ActorMention> found, LanguageDataSet languages) {
        this.prepared = prepared;
        this.text = prepared.text();
        this.data = languages.get(prepared.language());
        this.lang = data.supported() ? data.code() : null;
        this.grammar = data.grammar();
        this.paragraphs = prepared.body().isEmpty() ? List.of(new TextSpan(0, text.length())) : prepared.body();
        this.sentences = prepared.sentences().isEmpty() ? splitSentences(text, paragraphs) : prepared.sentences();
        List<ActorMention> ms = new ArrayList<>(found);
        ms.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(m -> -m.end()));
        this.mentions = withDuals(withoutRoleModifiers(ms, text));
    }

    /**
     * The mentions less those of an organization fused by a hyphen to the person mention right
     * after it ("CDU-Chef", "SPÖ-Vorsitzende"): the compound names that person, whose party or body
     * only qualifies the role, so the organization takes no part of its own.
     */
    private static List<ActorMention> withoutRoleModifiers(List<ActorMention> sorted, String text) {
        List<ActorMention> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ActorMention m = sorted.get(i);
            if (m.actor().type() == EntityType.Organization && i + 1 < sorted.size()
                    && m.end() < text.length() && text.charAt(m.end()) == '-'
                    && sorted.get(i + 1).start() == m.end() + 1
                    && sorted.get(i + 1).actor().type() == EntityType.Person) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** Index of the first of {@code ms} (in text order) starting at or after {@code offset}: a binary search. */
    private static int firstStartingAtOrAfter(List<ActorMention> ms, int offset) {
        int lo = 0;
        int hi = ms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ms.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The mentions starting in {@code [from, to)}, in order: a binary search in the sorted list,
     * so that asking for each event's or speech's parties stays linear in the article.
     */
    List<ActorMention> startingIn(int from, int to) {
        int lo = firstStartingAtOrAfter(mentions, from);
        int end = lo;
        while (end < mentions.size() && mentions.get(end).start() < to) {
            end++;
        }
        return mentions.subList(lo, end);
    }

    /** Tokens of sentence {@code i}. */
    public List<Token> tokens(int i) {
        return tokenCache.computeIfAbsent(i, k -> Tokens.of(text, sentences.get(k).start(), sentences.get(k).end()));
    }

    /** Index of the sentence containing {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(offset)) {
                return i;
            }
        }
        return -1;
    }

    /** The paragraph containing {@code offset}, or null. */
    TextSpan paragraphAt(int offset) {
        for (TextSpan p : paragraphs) {
            if (p.contains(offset)) {
                return p;
            }
        }
        return null;
    }

    /** Participant mentions inside {@code [from, to)}, in text order. */
    List<ActorMention> participantsIn(int from, int to) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : startingIn(from, to)) {
            if (m.start() >= from && m.end() <= to && PARTICIPANT_TYPES.contains(m.actor().type())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Mentions that can be parties to an event inside {@code [from, to)}: participants except
     * news outlets, which report events ("Dilansir Fars", "told TASS") rather than take part.
     */
    public List<ActorMention> eventPartiesIn(int from, int to) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : participantsIn(from, to)) {
            if (!isOutlet(m.actor())) {
                out.add(m);
            }
        }
        return out;
    }

    /** True for news media (CAMEO sector MED). */
    public static boolean isOutlet(Actor a) {
        return a.isOutlet();
    }

    /** All mentions inside {@code [from, to)}. */
    public List<ActorMention> mentionsIn(int from, int to) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : startingIn(from, to)) {
            if (m.start() >= from && m.end() <= to) {
                out.add(m);
            }
        }
        return out;
    }

    /** The country (or, without one, the key) an actor counts as in events. */
    public static String participantId(Actor a) {
        return a.country() != null ? a.country() : a.key();
    }

    /**
     * Nearest person mention that ends before {@code offset}, or null. A role noun standing for
     * an unnamed office-holder of a state ("the Guyanese president", how="role") counts as one.
     */
    public ActorMention lastPersonBefore(int offset) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.end() <= offset && (m.actor().type() == EntityType.Person && !"pronoun".equals(m.how())
                    || "role".equals(m.how()))) {
                best = m;
            }
        }
        return best;
    }

    /**
     * What a pronoun opening sentence {@code s} stands for: the person (for a personal pronoun,
     * {@code personal}) or else the state named in the sentence before, or in the one before that
     * when the sentence before names no party at all. Conservative: null when that sentence names
     * parties of more than one side of the kind sought (two persons of different states), and a
     * personal pronoun falls back to a state only when the sentence names no person. An
     * impersonal pronoun ("they", "mereka", "ils") stands for a state or an organization.
     */
    public Actor referentBefore(int s, boolean personal) {
        for (int back = 1; back <= 2 && s - back >= 0; back++) {
            TextSpan prev = sentences.get(s - back);
            List<ActorMention> parties = new ArrayList<>();
            for (ActorMention m : participantsIn(prev.start(), prev.end())) {
                if (!isOutlet(m.actor())) {
                    parties.add(m);
                }
            }
            if (parties.isEmpty()) {
                continue;
            }
            List<ActorMention> fit = new ArrayList<>();
            if (personal) {
                for (ActorMention m : parties) {
                    if (m.actor().type() == EntityType.Person || "role".equals(m.how())) {
                        fit.add(m);
                    }
                }
            }
            if (fit.isEmpty()) {
                for (ActorMention m : parties) {
                    if (m.actor().type() == EntityType.Country
                            || !personal && m.actor().type() == EntityType.Organization) {
                        fit.add(m);
                    }
                }
            }
            Set<String> sides = new HashSet<>();
            for (ActorMention m : fit) {
                sides.add(participantId(m.actor()));
            }
            return sides.size() == 1 ? fit.get(fit.size() - 1).actor() : null;
        }
        return null;
    }

    private List<ActorMention> withDuals(List<ActorMention> ms) {
        if (grammar == Grammar.EMPTY) {
            return List.copyOf(ms);
        }
        List<ActorMention> out = new ArrayList<>(ms);
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> toks = tokens(s);
            for (int i = 0; i < toks.size(); i++) {
                int e = grammar.matchAt(Grammar.Kind.DUAL, toks, i, toks.size());
                if (e <= i) {
                    continue;
                }
                int from = toks.get(i).start();
                int to = toks.get(e - 1).end();
                boolean covered = false;
                for (ActorMention m : ms) {
                    if (m.start() < to && from < m.end()) {
                        covered = true;
                        break;
                    }
                }
                if (!covered) {
                    List<Actor> pair = coordinatedPair(ms, s, from);
                    for (Actor a : pair.isEmpty() ? lastTwoSides(ms, from) : pair) {
                        out.add(new ActorMention(a, from, to, text.substring(from, to), "pronoun"));
                    }
                }
                i = e - 1;
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(m -> -m.end()));
        return List.copyOf(out);
    }

    /**
     * The last pair of parties of two countries joined by a coordinator ("Egypt and Jordan", "Mesir
     * dan Yordania") in sentence {@code s} before {@code offset} or in the sentence before it, when
     * no third party is joined to them: the pair "both", "keduanya", "the two countries" refer to.
     * Else empty.
     */
    private static final int PAIR_LOOKBACK = 40;

    private List<Actor> coordinatedPair(List<ActorMention> ms, int s, int offset) {
        int from = sentences.get(Math.max(0, s - 1)).start();
        int looked = 0;
        for (int i = Math.min(ms.size() - 1, firstStartingAtOrAfter(ms, offset)); i > 0; i--) {
            ActorMention b = ms.get(i);
            ActorMention a = ms.get(i - 1);
            if (b.end() > offset) {
                continue;
            }
            if (++looked > PAIR_LOOKBACK) {
                break; // a bounded look back (linear on endless unpunctuated text)
            }
            if (a.start() < from) {
                break;
            }
            if (!PARTICIPANT_TYPES.contains(a.actor().type()) || !PARTICIPANT_TYPES.contains(b.actor().type())
                    || a.actor().country() == null || b.actor().country() == null
                    || a.actor().country().equals(b.actor().country()) || !coordinated(a, b)) {
                continue;
            }
            if (i >= 2 && text.substring(ms.get(i - 2).end(), a.start()).strip().equals(",")) {
                return List.of(); // "X, Y and Z": three parties
            }
            return List.of(a.actor(), b.actor());
        }
        return List.of();
    }

    /** True when only a coordinator stands between the two mentions. */
    private boolean coordinated(ActorMention a, ActorMention b) {
        if (b.start() < a.end()) {
            return false;
        }
        List<Token> gap = Tokens.of(text, a.end(), b.start());
        return !gap.isEmpty() && grammar.matchAt(Grammar.Kind.COORD, gap, 0, gap.size()) == gap.size();
    }

    /**
     * The two most recent actors of different countries before {@code offset} (states preferred); a
     * news outlet is no side ("Menurut Bernama, kedua-dua negara ...": the two states told of before).
     */
    private static List<Actor> lastTwoSides(List<ActorMention> ms, int offset) {
        List<Actor> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = ms.size() - 1; i >= 0 && out.size() < 2; i--) {
            ActorMention m = ms.get(i);
            if (m.end() > offset || !PARTICIPANT_TYPES.contains(m.actor().type()) || m.actor().country() == null
                    || "MED".equals(m.actor().sector())) {
                continue;
            }
            if (!seen.contains(m.actor().country())) {
                seen.add(m.actor().country());
                out.add(m.actor());
            }
        }
        return out.size() == 2 ? out : List.of();
    }

    /** A plain splitter for when text preparation gave no sentences: ends at .!? before a capital, or newline. */
    static List<TextSpan> splitSentences(String text, List<TextSpan> paragraphs) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan p : paragraphs) {
            int s = p.start();
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                boolean end = c == '\n';
                if ((c == '.' || c == '!' || c == '?') && i + 2 < p.end() && Character.isWhitespace(text.charAt(i + 1))) {
                    int j = i + 1;
                    while (j < p.end() && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    end = j < p.end() && (Character.isUpperCase(text.charAt(j)) || isQuote(text.charAt(j)));
                }
                if (end) {
                    addTrimmed(text, s, c == '\n' ? i : i + 1, out);
                    s = i + 1;
                }
            }
            addTrimmed(text, s, p.end(), out);
        }
        return out;
    }

    private static void addTrimmed(String text, int s, int e, List<TextSpan> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new TextSpan(s, e));
        }
    }

    public static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '＂';
    }
}
