package org.geokg.extract.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.extract.lexicon.ActorLexicon;
import org.geokg.extract.lexicon.Token;
import org.geokg.extract.lexicon.Tokens;
import org.geokg.kg.model.EntityType;

/**
 * Within-article resolution of role nouns after a determiner ({@code names.tsv} kind
 * {@code determiner}): "sagte die Ministerin", "el ministro ha señalado", "the minister said"
 * name the most recent earlier person whose role (from {@code titles.tsv}) ends with the
 * title's role ("foreign minister" fits "minister"). A state adjective before or after the
 * title ("the Chilean minister", "le ministre chilien", "der chilenische Minister") narrows
 * it to a person of that state; with no such person the state mention stands. A spokesperson noun with no such person
 * ("la portavoz", "ein Sprecher") is left to the body that follows it ("ein Sprecher des
 * Auswärtigen Amts", "a spokesman for the ministry"), else names the most recent earlier
 * non-media organization. A role noun inside a quotation is left alone (the quoted speaker's
 * own words). A title directly followed by a name or by another mention ("der Außenminister
 * Russlands") is left to the person patterns.
 * Stateless apart from its lexicon; thread-safe.
 *
 * <pre>{@code
 * new RoleAnaphora(lex).apply(spans); // after Coreference and OrgAnaphora
 * }</pre>
 */
final class RoleAnaphora {
    private static final String SPOKESPERSON = "spokesperson";
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb");

    private final ActorLexicon lex;

    RoleAnaphora(ActorLexicon lex) {
        this.lex = lex;
    }

    void apply(List<SpanTokens> spans) {
        List<ActorMention> seen = new ArrayList<>();
        // the last person seen for each role word run a title may name ("foreign minister" is seen
        // as "foreign minister", "minister" and "foreign"): bare titles look up here, not through
        // every mention seen (linear on long texts)
        Map<String, Actor> lastByRole = new HashMap<>();
        int indexed = 0;
        for (SpanTokens st : spans) {
            for (int i = 0; i < st.size(); i++) {
                ActorMention m = st.startsAt(i);
                if (m != null) {
                    seen.add(m);
                    continue;
                }
                for (; indexed < seen.size(); indexed++) {
                    index(lastByRole, seen.get(indexed));
                }
                // a compound's first part may stand between: "eine Außenamts-Sprecherin"
                int det = i > 2 && st.word(i - 1).equals("-") ? i - 3 : i - 1;
                // a state adjective may stand between: "the Iranian foreign minister", "der japanische Minister"
                Actor state = stateBefore(st, i);
                if (state != null) {
                    det = i - 2;
                }
                // a state in the possessive stands for the determiner: "Chile's top diplomat"
                boolean possessive = false;
                if (state == null && st.occ[i] == null) {
                    state = possessiveStateBefore(st, i);
                    possessive = state != null;
                }
                if (st.occ[i] == null && det >= 0 && lex.is("owner", st.word(det))) {
                    i = ownedSpokesperson(st, i);
                    continue;
                }
                if (st.occ[i] == null && !possessive && (det < 0 || !determiner(st.word(det)))) {
                    i = bareTitle(st, i, seen, lastByRole);
                    continue;
                }
                if (st.occ[i] != null || !possessive && (det < 0 || !determiner(st.word(det)) || st.occ[det] != null)
                        || insideQuote(st, i)) {
                    continue;
                }
                ActorLexicon.Title t = titleAt(st, i);
                if (t == null || t.honorific() || t.role() == null) {
                    continue;
                }
                int end = st.word(i).contains("-") ? i + 1 : i + t.words().size();
                if (state == null && free(st, i, end)) {
                    // or follow the title: "le Premier ministre israélien", "el canciller iraní"
                    state = stateAt(st, end);
                }
                if (!free(st, i, end) || state == null && end < st.size() && st.adjacent(end - 1)
                        && namedNext(st, end)) {
                    continue;
                }
                Actor named = state == null ? appositionNext(st, end) : null;
                if (named != null) {
                    // the title of the person named after the comma, not an anaphor
                    st.put(st.mention(named, i, end, "role"));
                    i = end - 1;
                    continue;
                }
                if (state != null && end < st.size() && st.occ[end] != null && st.occ[end].actor() == state
                        && end + 1 < st.size() && st.adjacent(end) && namedNext(st, end + 1)) {
                    continue; // "le ministre iranien Abbas Araghchi": the person patterns name him
                }
                Actor found = state == null ? latestPerson(seen, t.role(), st.tok(i).start())
                        : latestPerson(seen, t.role(), state.country(), st.tok(i).start());
                if (found == null && !t.role().equals(SPOKESPERSON)) {
                    // "le ministre X ... le chef de la diplomatie": a person named with the bare
                    // head of the role ("minister") and no other state holds the fuller one
                    found = latestGeneral(seen, t.role(), state == null ? null : state.country(), st.tok(i).start());
                }
                if (state != null && found == null) {
                    // "the Guyanese president" with no such person named: the state's office-holder,
                    // a person-like mention of the state that later pronouns ("he said") can name
                    ActorMention made = st.mention(state, i, end, "role");
                    st.put(made);
                    seen.add(made);
                    i = end - 1;
                    continue;
                }
                if (found == null && t.role().equals(SPOKESPERSON)) {
                    if (end + 1 < st.size() && followedByBody(st, end + 1)) {
                        continue; // "ein Sprecher des Auswärtigen Amts": the body itself speaks
                    }
                    found = latestOrg(seen, st.tok(i).start());
                }
                if (found != null) {
                    ActorMention made = st.mention(found, i, end, "short");
                    st.put(made);
                    seen.add(made);
                    i = end - 1;
                }
            }
        }
    }

    /**
     * A capitalized title standing alone, with no determiner, name or state next to it ("Perdana
     * Menteri turut menegaskan ...", "Menlu menambahkan ..."; languages without articles name an
     * office-holder so): the most recent earlier person with that role. Returns the last token
     * index handled.
     */
    private int bareTitle(SpanTokens st, int i, List<ActorMention> seen, Map<String, Actor> lastByRole) {
        Token tok = st.tok(i);
        if (!tok.isWord() || !tok.capitalized() || i > 0 && st.tok(i - 1).isWord() && st.adjacent(i - 1)
                && (st.tok(i - 1).capitalized() || st.occ[i - 1] != null)) {
            return i; // "Wakil Perdana Menteri": a title inside a longer one, or after a name
        }
        ActorLexicon.Title t = lex.titleAt(st.toks, i);
        if (t == null || t.honorific() || t.role() == null || t.role().equals(SPOKESPERSON)) {
            return i;
        }
        int end = i + t.words().size();
        if (!free(st, i, end) || end < st.size() && st.adjacent(end - 1) && namedNext(st, end)
                || end < st.size() && st.word(end).equals(",")) {
            return i; // a name follows, or stands in apposition after a comma
        }
        Actor found = lastByRole.get(t.role().toLowerCase(Locale.ROOT));
        if (found == null || insideQuote(st, i)) {
            return i;
        }
        ActorMention made = st.mention(found, i, end, "short");
        st.put(made);
        seen.add(made);
        return end - 1;
    }

    /** Records a person under every role a title may name it by ({@link #roleFits}). */
    private static void index(Map<String, Actor> lastByRole, ActorMention m) {
        if (m.actor().type() != EntityType.Person || m.actor().role() == null) {
            return;
        }
        String p = m.actor().role().toLowerCase(Locale.ROOT);
        lastByRole.put(p, m.actor());
        for (int k = p.indexOf(' '); k >= 0; k = p.indexOf(' ', k + 1)) {
            lastByRole.put(p.substring(k + 1), m.actor()); // ends with " r"
            lastByRole.put(p.substring(0, k), m.actor()); // starts with "r "
        }
    }

    /** True when an odd number of quotation marks opens the span before token {@code i}. */
    private static boolean insideQuote(SpanTokens st, int i) {
        int marks = 0;
        for (int k = 0; k < i; k++) {
            if (QUOTES.contains(st.word(k))) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** The title at token {@code i}, or at the last part of a hyphenated compound ("Außenamts-Sprecherin"). */
    private ActorLexicon.Title titleAt(SpanTokens st, int i) {
        ActorLexicon.Title t = lex.titleAt(st.toks, i);
        Token tok = st.tok(i);
        int h = st.word(i).lastIndexOf('-');
        if (t != null || h <= 0 || h == st.word(i).length() - 1) {
            return t;
        }
        List<Token> tail = Tokens.joined(st.text, tok.start() + h + 1, tok.end());
        ActorLexicon.Title inner = tail.isEmpty() ? null : lex.titleAt(tail, 0);
        return inner != null && inner.words().size() == tail.size() ? inner : null;
    }

    private boolean determiner(String w) {
        return lex.is("determiner", w) || lex.is("determiner", w.toLowerCase(Locale.ROOT));
    }

    /** A name or another mention starts right after the title: it is that person's title. */
    private boolean namedNext(SpanTokens st, int j) {
        if (st.occ[j] != null) {
            return true; // a name, or the country/body the title belongs to ("der Außenminister Russlands")
        }
        Token t = st.tok(j);
        return t.isWord() && t.capitalized() && !lex.is("stop", st.word(j)) && !lex.is("speech", st.word(j));
    }

    /**
     * The title introduces a person named after a comma, past the state or body it belongs to:
     * "el ministro de Exteriores de Chile, X, dijo", "la ministra de Defensa, X,", "the foreign
     * minister of Peru, X,", "eine Sprecherin des Außenministeriums, X,". Returns that person (the
     * title is theirs, no anaphor), else null.
     */
    private Actor appositionNext(SpanTokens st, int j) {
        // "of the", "des japanischen Außenministeriums": at most six tokens of office before the comma
        for (int k = j; k < Math.min(st.size() - 1, j + 6); k++) {
            if (st.occ[k] != null && st.occ[k].actor().type() == EntityType.Person) {
                return null;
            }
            String w = st.word(k);
            if (w.equals(",")) {
                ActorMention m = st.startsAt(k + 1);
                return m != null && m.actor().type() == EntityType.Person ? m.actor() : null;
            }
            if (!st.tok(k).isWord() && !w.equals("-")) {
                return null;
            }
        }
        return null;
    }

    private static boolean followedByBody(SpanTokens st, int j) {
        for (int k = j; k < Math.min(st.size(), j + 3); k++) {
            if (st.occ[k] != null) {
                return st.occ[k].actor().type() != EntityType.Person;
            }
        }
        return false;
    }

    private static boolean free(SpanTokens st, int from, int to) {
        for (int k = from; k < to; k++) {
            if (k >= st.size() || st.occ[k] != null) {
                return false;
            }
        }
        return true;
    }

    static boolean roleFits(String personRole, String role) {
        if (personRole == null) {
            return false;
        }
        String p = personRole.toLowerCase(Locale.ROOT);
        String r = role.toLowerCase(Locale.ROOT);
        return p.equals(r) || p.endsWith(" " + r) || p.startsWith(r + " ");
    }

    private static Actor latestPerson(List<ActorMention> seen, String role, int before) {
        return latestPerson(seen, role, null, before);
    }

    /** The most recent earlier person whose role fits, of that country when {@code iso} is given. */
    private static Actor latestPerson(List<ActorMention> seen, String role, String iso, int before) {
        Actor found = null;
        for (ActorMention m : seen) {
            if (m.start() < before && m.actor().type() == EntityType.Person && roleFits(m.actor().role(), role)
                    && (iso == null || iso.equals(m.actor().country()))) {
                found = m.actor();
            }
        }
        return found;
    }

    /**
     * The most recent earlier person whose role is the last word or words of {@code role} ("minister"
     * for "foreign minister"), of the country {@code iso} or of no known country, else null.
     */
    private static Actor latestGeneral(List<ActorMention> seen, String role, String iso, int before) {
        String r = role.toLowerCase(Locale.ROOT);
        Actor found = null;
        for (ActorMention m : seen) {
            String p = m.actor().role() == null ? null : m.actor().role().toLowerCase(Locale.ROOT);
            if (m.start() < before && m.actor().type() == EntityType.Person && p != null && r.endsWith(" " + p)
                    && (iso == null || m.actor().country() == null || iso.equals(m.actor().country()))) {
                found = m.actor();
            }
        }
        return found;
    }

    /** The state named in the possessive right before token {@code i} ("Chile's", "Chile' s"), else null. */
    private static Actor possessiveStateBefore(SpanTokens st, int i) {
        int k = -1;
        if (i >= 2 && (st.word(i - 1).equals("'s") || st.word(i - 1).equals("\u2019s"))) {
            k = i - 2;
        } else if (i >= 3 && st.word(i - 1).equals("s")
                && (st.word(i - 2).equals("'") || st.word(i - 2).equals("\u2019"))) {
            k = i - 3;
        }
        if (k < 0 || st.occ[k] == null || st.occ[k].actor().type() != EntityType.Country) {
            return null;
        }
        return st.occ[k].actor();
    }

    /** The state of a one-token country mention (a state adjective) at token {@code j}, else null. */
    private static Actor stateAt(SpanTokens st, int j) {
        if (j <= 0 || j >= st.size() || !st.adjacent(j - 1)) {
            return null;
        }
        ActorMention m = st.startsAt(j);
        if (m == null || m.actor().type() != EntityType.Country || m.actor().country() == null
                || j + 1 < st.size() && st.occ[j + 1] == m) {
            return null;
        }
        return m.actor();
    }

    /** The state of a one-token country mention right before token {@code i}, after a word. */
    private static Actor stateBefore(SpanTokens st, int i) {
        return i >= 2 && st.adjacent(i - 2) ? stateAt(st, i - 1) : null;
    }

    /**
     * A spokesperson after a possessive determiner and with no name ("según su vocero", "afirmó
     * hoy su portavoz"): the spokesperson of the sentence's first actor, who speaks through them.
     * Returns the last token index handled.
     */
    private int ownedSpokesperson(SpanTokens st, int i) {
        ActorLexicon.Title t = titleAt(st, i);
        if (t == null || t.honorific() || !SPOKESPERSON.equals(t.role()) || insideQuote(st, i)) {
            return i;
        }
        int end = i + t.words().size();
        if (!free(st, i, end) || end < st.size() && st.adjacent(end - 1) && namedNext(st, end)
                || appositionNext(st, end) != null) {
            return i; // "su portavoz, Ana Gil": the person patterns name her
        }
        int from = i - 1;
        while (from > 0 && !SENTENCE_END.contains(st.word(from - 1))) {
            from--;
        }
        for (int k = Math.max(0, from); k < i - 1; k++) {
            ActorMention m = st.occ[k];
            if (m != null && m.actor().type() != EntityType.Location) {
                st.put(st.mention(m.actor(), i, end, "short"));
                return end - 1;
            }
        }
        return i;
    }

    private static Actor latestOrg(List<ActorMention> seen, int before) {
        Actor found = null;
        for (ActorMention m : seen) {
            if (m.start() < before && m.actor().type() == EntityType.Organization
                    && OrgAnaphora.fits(m.actor(), "any")) {
                found = m.actor();
            }
        }
        return found;
    }
}
