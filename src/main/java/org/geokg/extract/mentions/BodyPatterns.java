package org.geokg.extract.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.extract.lexicon.ActorLexicon;
import org.geokg.kg.model.EntityType;

/**
 * Finds state bodies named after their country ("Kementerian Luar Negeri Rusia", "the Chinese
 * Foreign Ministry", "Russia's armed forces") from the phrases of {@code bodies.tsv}, turning
 * the country mention and the phrase into one organization mention with the deterministic key
 * {@code org:ISO3:<kind>} (the gazetteer's actor when it lists that key). One per article;
 * not thread-safe.
 */
final class BodyPatterns {
    /** How a body whose name holds its state is found ("pattern" when the state came from context). */
    static final String NAMED = "pattern-state";

    private final Gazetteer gazetteer;
    private final ActorLexicon lex;
    private final Map<String, String> lastCountryOfKind = new HashMap<>();
    /** Tokens looked back in a span for an earlier body ({@link #earlierOfKind}); bounds the work on endless text. */
    private static final int LOOK_BACK = 400;
    /** The distinct bodies found so far in the article by state, the latest found last. */
    private final Map<String, List<Actor>> bodiesSeen = new HashMap<>();

    /** The article's home state: unqualified offices and home bodies are its own. */
    private final String home;

    BodyPatterns(Gazetteer gazetteer, ActorLexicon lex, String home) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.home = home;
    }

    void apply(SpanTokens st) {
        for (int i = 0; i < st.size(); i++) {
            if (st.occ[i] != null) {
                continue;
            }
            ActorLexicon.Body b = lex.bodyAt(st.toks, i);
            if (b == null) {
                splitBody(st, i);
                continue;
            }
            int end = i + b.words().size();
            boolean free = true;
            for (int k = i; k < end; k++) {
                free &= st.occ[k] == null;
            }
            if (!free || insideTitle(st, i, end)) {
                continue;
            }
            int from = i;
            int to = end;
            ActorMention country = null;
            if (b.after()) {
                int j = end;
                if (lex.is("connector", st.word(j)) && st.startsAt(j + 1) != null) {
                    j++;
                } else if (lex.is("connector", st.word(j)) && lex.is("body-article", st.word(j + 1))
                        && st.startsAt(j + 2) != null) {
                    j += 2; // "Government of the Philippines", "ministère des Affaires étrangères de la RDC"
                }
                ActorMention m = st.startsAt(j);
                if (m != null && m.actor().type() == EntityType.Country && st.adjacent(j - 1)) {
                    country = m;
                    to = st.after(j);
                }
            }
            if (country == null && b.before()) {
                int k = i - 1;
                if (lex.is("possessive", st.word(k))) {
                    k--;
                } else if (PersonPatterns.hyphenJoined(st, k)) {
                    k--; // "US-Regierung", "Nato-Armee"
                }
                ActorMention m = st.endsAt(k);
                if (m != null && m.actor().type() == EntityType.Country && st.adjacent(k)) {
                    country = m;
                    from = st.first(k);
                }
            }
            if (country == null && b.place() && lex.is("body-place", st.word(end)) && st.adjacent(end)) {
                // "the foreign ministry in Beijing", "die Militärjunta in Mali": the state where it sits
                ActorMention m = st.startsAt(end + 1);
                if (m != null && m.actor().type() == EntityType.Country && m.actor().country() != null) {
                    country = m;
                    to = st.after(end + 1);
                }
            }
            String iso3;
            ActorMention owner = country == null && i > 0 && possessor(st.word(i - 1)) ? sentenceSubject(st, i - 1) : null;
            if (country != null) {
                iso3 = country.actor().country();
                st.remove(country);
                lastCountryOfKind.put(b.kind(), iso3);
            } else if (owner != null) {
                // "..., its foreign ministry said": the body of the state the sentence is about
                iso3 = owner.actor().country();
                lastCountryOfKind.put(b.kind(), iso3);
            } else if (officeHolderCountry(st, to) != null) {
                // "Foreign Ministry spokesman Esmaeil Baghaei": the body of the known person's state,
                // not of whichever state's ministry was named last
                iso3 = officeHolderCountry(st, to);
                lastCountryOfKind.put(b.kind(), iso3);
            } else {
                iso3 = lastCountryOfKind.get(b.kind());
                if (iso3 == null && b.home()) {
                    iso3 = home;
                }
                if (iso3 == null) {
                    continue;
                }
            }
            Actor actor = b.standsForState() ? gazetteer.country(iso3) : body(iso3, b);
            if (actor == null) {
                continue;
            }
            if (!b.standsForState()) {
                // "Russia's defence ministry ... the Russian ministry": a body named by a generic
                // head of an earlier body's kind, of the same state, is that body
                Actor earlier = earlierOfKind(st, i, iso3, b.kind());
                actor = earlier != null ? earlier : actor;
                List<Actor> seen = bodiesSeen.computeIfAbsent(iso3, k -> new ArrayList<>());
                seen.remove(actor);
                seen.add(actor);
            }
            ActorMention m = st.mention(actor, from, to, country != null ? NAMED : "pattern");
            st.put(m);
            if (country != null) {
                st.inner.put(m, country);
            }
            i = to - 1;
        }
    }

    /**
     * The state of a known person named right after the title that follows a body at token
     * {@code j} ("Foreign Ministry | spokesman | Esmaeil Baghaei"), or null.
     */
    private String officeHolderCountry(SpanTokens st, int j) {
        ActorLexicon.Title t = lex.titleAt(st.toks, j);
        if (t == null || !st.adjacent(j - 1)) {
            return null;
        }
        int k = j + t.words().size();
        ActorMention m = k < st.size() ? st.startsAt(k) : null;
        return m != null && m.actor().type() == EntityType.Person && st.adjacent(k - 1) ? m.actor().country() : null;
    }

    private boolean possessor(String w) {
        return lex.is("possessor", w) || lex.is("possessor", w.toLowerCase(Locale.ROOT));
    }

    /** The first state named in the sentence before token {@code k} (its subject, as a rule), or null. */
    private static ActorMention sentenceSubject(SpanTokens st, int k) {
        int from = k;
        // back to the sentence start, at most 60 tokens (linear on endless unpunctuated text)
        while (from > 0 && k - from < 60 && !st.word(from - 1).equals(".")) {
            from--;
        }
        for (int j = from; j < k; j++) {
            ActorMention m = st.startsAt(j);
            if (m != null && m.actor().type() == EntityType.Country && m.actor().country() != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * True when the body phrase at {@code [i, end)} is the tail of a title that starts up to
     * three tokens before it ("Panglima Angkatan Tentera", the Malaysian armed forces chief): the
     * title names an office, not the body of whichever state was named last.
     */
    private boolean insideTitle(SpanTokens st, int i, int end) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            ActorLexicon.Title t = lex.titleAt(st.toks, k);
            if (t != null && k + t.words().size() >= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * A nationality adjective inside the phrase, after its head noun (Spanish, French:
     * "el ministerio ruso de Defensa", "le ministère turc de la Défense").
     */
    private void splitBody(SpanTokens st, int i) {
        ActorMention c = st.startsAt(i + 1);
        if (c == null || c.actor().type() != EntityType.Country || !st.adjacent(i)) {
            return;
        }
        int rest = st.after(i + 1);
        ActorLexicon.Body b = lex.bodySplitAt(st.toks, i, rest);
        if (b == null || !st.adjacent(rest - 1)) {
            return;
        }
        int end = rest + b.words().size() - 1;
        for (int k = rest; k < end; k++) {
            if (st.occ[k] != null) {
                return;
            }
        }
        String iso3 = c.actor().country();
        Actor actor = b.standsForState() ? gazetteer.country(iso3) : body(iso3, b);
        if (actor == null) {
            return;
        }
        st.remove(c);
        lastCountryOfKind.put(b.kind(), iso3);
        ActorMention m = st.mention(actor, i, end, NAMED);
        st.put(m);
        st.inner.put(m, c);
    }

    /**
     * The latest organization of state {@code iso3} named before token {@code i} (in this span,
     * else among the bodies found earlier in the article) whose kind ends with {@code kind} as a
     * word of its own and is longer ("defence ministry" for "ministry"); null when none.
     */
    private Actor earlierOfKind(SpanTokens st, int i, String iso3, String kind) {
        for (int k = i - 1; k >= Math.max(0, i - LOOK_BACK); k--) {
            ActorMention m = st.occ[k];
            if (m != null && generalizes(m.actor(), iso3, kind)) {
                return m.actor();
            }
        }
        List<Actor> seen = bodiesSeen.getOrDefault(iso3, List.of());
        for (int k = seen.size() - 1; k >= 0; k--) {
            if (generalizes(seen.get(k), iso3, kind)) {
                return seen.get(k);
            }
        }
        return null;
    }

    private static boolean generalizes(Actor a, String iso3, String kind) {
        String prefix = "org:" + iso3 + ":";
        return a.type() == EntityType.Organization && iso3.equals(a.country()) && a.key().startsWith(prefix)
                && a.key().toLowerCase(Locale.ROOT).endsWith(" " + kind.toLowerCase(Locale.ROOT));
    }

    private Actor body(String iso3, ActorLexicon.Body b) {
        String key = "org:" + iso3 + ":" + b.kind();
        Actor known = gazetteer.byKey(key);
        if (known != null) {
            return known;
        }
        return new Actor(key, EntityType.Organization, gazetteer.bodyLabel(iso3, b.kind()),
                null, iso3, b.sector(), null);
    }
}
