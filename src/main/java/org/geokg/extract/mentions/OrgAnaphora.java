package org.geokg.extract.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.extract.lexicon.ActorLexicon;
import org.geokg.extract.lexicon.Token;
import org.geokg.kg.model.EntityType;

/**
 * Within-article resolution of definite descriptions of organizations ({@code anaphors.tsv}):
 * "el ministerio", "das Ministerium", "the ministry", "kementerian itu" name the most recent
 * earlier organization of that kind ("Russian Foreign Ministry"); document nouns ("la nota",
 * "the statement", kind {@code any}) name the most recent non-media organization; a kind
 * {@code sector:IGO} ("the bloc", "blok tersebut") names the most recent one of that CAMEO sector. A description
 * followed by a connector ("el ministerio de ...") is a name of its own and left alone, as is one
 * with no earlier organization of its kind. Stateless apart from its lexicon; thread-safe.
 */
final class OrgAnaphora {
    /** Longest anaphor compared after a state's word ("the Venezuelan | foreign ministry"). */
    private static final int MAX_ANAPHOR_WORDS = 8;
    private final ActorLexicon lex;

    OrgAnaphora(ActorLexicon lex) {
        this.lex = lex;
    }

    void apply(List<SpanTokens> spans) {
        List<ActorMention> orgs = new ArrayList<>();
        for (SpanTokens st : spans) {
            for (int i = 0; i < st.size(); i++) {
                ActorMention m = st.startsAt(i);
                if (m != null) {
                    if (m.actor().type() == EntityType.Organization) {
                        orgs.add(m);
                    }
                    continue;
                }
                if (st.occ[i] != null) {
                    continue;
                }
                ActorLexicon.Anaphor a = lex.anaphorAt(st.toks, i);
                if (a == null) {
                    ActorMention made = withState(st, i, orgs);
                    if (made != null) {
                        orgs.add(made);
                        i = st.after(i) - 1;
                    }
                    continue;
                }
                int end = i + a.words().size();
                if (!free(st, i, end) || lex.is("connector", st.word(end)) && st.adjacent(end - 1)) {
                    continue;
                }
                Actor found = latest(orgs, a.kind(), st.tok(i).start());
                if (found != null) {
                    // a document noun names the body through what it issued: speech uses the difference
                    String how = a.kind().equals("any") ? "document" : "short";
                    ActorMention made = st.mention(found, i, end, how);
                    st.put(made);
                    orgs.add(made);
                    i = end - 1;
                }
            }
        }
    }

    /**
     * A description with a state's adjective or name between its article and its noun ("the
     * Venezuelan ministry", "das chilenische Ministerium"): the most recent earlier organization of
     * that kind and that state, which then stands for the whole phrase (the state's mention inside
     * gives way); null when there is none.
     */
    private ActorMention withState(SpanTokens st, int i, List<ActorMention> orgs) {
        ActorMention state = st.startsAt(i + 1);
        if (state == null || state.actor().type() != EntityType.Country || state.actor().country() == null) {
            return null;
        }
        int j = st.after(i + 1);
        List<Token> words = new ArrayList<>();
        words.add(st.tok(i));
        // an anaphor is a few words long: copy no more (linear on endless unpunctuated text)
        words.addAll(st.toks.subList(Math.min(j, st.size()), Math.min(j + MAX_ANAPHOR_WORDS, st.size())));
        ActorLexicon.Anaphor a = lex.anaphorAt(words, 0);
        if (a == null || a.words().size() < 2 || a.kind().equals("any")) {
            return null;
        }
        int end = j + a.words().size() - 1;
        if (!free(st, j, end) || lex.is("connector", st.word(end)) && st.adjacent(end - 1)) {
            return null;
        }
        Actor found = null;
        for (int k = orgs.size() - 1; k >= 0 && found == null; k--) {
            ActorMention m = orgs.get(k);
            if (m.start() < st.tok(i).start() && fits(m.actor(), a.kind())
                    && state.actor().country().equals(m.actor().country())) {
                found = m.actor();
            }
        }
        if (found == null) {
            return null;
        }
        st.remove(state);
        ActorMention made = st.mention(found, i, end, "short");
        st.put(made);
        return made;
    }

    private static boolean free(SpanTokens st, int from, int to) {
        for (int k = from; k < to; k++) {
            if (k >= st.size() || st.occ[k] != null) {
                return false;
            }
        }
        return true;
    }

    private static Actor latest(List<ActorMention> orgs, String kind, int before) {
        // orgs are in text order: the latest fitting one is the first from the end
        for (int k = orgs.size() - 1; k >= 0; k--) {
            ActorMention m = orgs.get(k);
            if (m.start() < before && fits(m.actor(), kind)) {
                return m.actor();
            }
        }
        return null;
    }

    static boolean fits(Actor a, String kind) {
        if (kind.equals("any")) {
            return !"MED".equals(a.sector());
        }
        if (kind.startsWith("sector:")) {
            // a description naming what the body is ("the bloc": an intergovernmental one)
            return kind.substring("sector:".length()).equals(a.sector());
        }
        String k = kind.toLowerCase(Locale.ROOT);
        return a.key().toLowerCase(Locale.ROOT).contains(k) || a.label().toLowerCase(Locale.ROOT).contains(k);
    }
}
