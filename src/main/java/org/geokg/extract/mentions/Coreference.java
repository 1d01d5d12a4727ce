package org.geokg.extract.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.extract.lexicon.ActorLexicon;
import org.geokg.extract.lexicon.NameNormalizer;
import org.geokg.extract.lexicon.Token;
import org.geokg.kg.model.EntityType;

/**
 * Within-article resolution of persons: short names ("Sin", "Andika", "Wang Yi") and repeats of
 * an earlier full name map to that person (how="short"), a title followed by a demonstrative
 * ("anggota parlemen itu") to the last person with that role, and a pronoun opening a sentence
 * ("Ia", "He") to the only person named in the previous sentence (how="pronoun"). One-word
 * persons found by a title ("Presiden Xi") join the full person whose name holds that word.
 * Stateless apart from its lexicon; thread-safe.
 */
final class Coreference {
    private final ActorLexicon lex;

    Coreference(ActorLexicon lex) {
        this.lex = lex;
    }

    /** A full person and the folded words of its name. */
    private record Named(Actor actor, List<String> words, int start) {
    }

    /** The full persons by each word of their names, in the order of the persons list. */
    private final Map<String, List<Named>> byWord = new HashMap<>();

    /** One-word persons a title introduced ("Menteri Luar Negeri Sugiono"), by their folded name. */
    private final Map<String, List<Named>> mononyms = new HashMap<>();

    void apply(List<SpanTokens> spans) {
        List<Named> persons = fullPersons(spans);
        for (Named n : titledMononyms(spans)) {
            mononyms.computeIfAbsent(n.words().get(0), k -> new ArrayList<>()).add(n);
        }
        if (persons.isEmpty() && mononyms.isEmpty()) {
            return;
        }
        mergeInitials(spans, persons);
        for (Named n : persons) {
            for (String w : new LinkedHashSet<>(n.words())) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
            }
        }
        for (SpanTokens st : spans) {
            // one-word persons from titles join a full person
            for (int i = 0; i < st.size(); i++) {
                ActorMention m = st.startsAt(i);
                if (m != null && m.actor().type() == EntityType.Person && m.actor().wikidata() == null
                        && !m.how().equals("gazetteer") && words(m.actor().label()).size() == 1) {
                    Named n = best(persons, words(m.actor().label()), m.start());
                    if (n != null && n.words().size() > 1) {
                        st.remove(m);
                        st.put(new ActorMention(n.actor(), m.start(), m.end(), m.text(), "short"));
                    }
                }
            }
            for (int i = 0; i < st.size(); i++) {
                if (st.occ[i] != null || !st.tok(i).isWord() || !nameLike(st.tok(i))) {
                    continue;
                }
                int end = i;
                while (end < st.size() && st.occ[end] == null && st.tok(end).isWord() && nameLike(st.tok(end))
                        && (end == i || st.adjacent(end - 1))) {
                    end++;
                }
                resolveRun(st, i, end, persons);
                i = end - 1;
            }
            definite(st, persons);
        }
        pronouns(spans);
    }

    /**
     * True for a capitalized word or a surname after a lowercase prefix of names.tsv joined by a
     * hyphen ("al-Mansouri", "el-Sisi"), which may repeat a person's name on its own.
     */
    private boolean nameLike(Token t) {
        if (t.capitalized()) {
            return true;
        }
        String w = t.text();
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
                && lex.is("prefix", w.substring(0, dash));
    }

    /** "Marty M Natalegawa" and later "Marty Natalegawa": names equal without initials are one person. */
    private static void mergeInitials(List<SpanTokens> spans, List<Named> persons) {
        Set<String> merged = new LinkedHashSet<>();
        Map<List<String>, List<Named>> byName = new HashMap<>();
        for (Named n : persons) {
            byName.computeIfAbsent(withoutInitials(n.words()), k -> new ArrayList<>()).add(n);
        }
        for (SpanTokens st : spans) {
            for (int i = 0; i < st.size(); i++) {
                ActorMention m = st.startsAt(i);
                if (m == null || m.actor().type() != EntityType.Person || m.actor().wikidata() != null) {
                    continue;
                }
                List<String> mine = withoutInitials(words(m.actor().label()));
                if (mine.size() < 2) {
                    continue;
                }
                for (Named n : byName.getOrDefault(mine, List.of())) {
                    if (n.start() >= m.start()) {
                        break;
                    }
                    if (!n.actor().key().equals(m.actor().key())) {
                        st.remove(m);
                        st.put(new ActorMention(n.actor(), m.start(), m.end(), m.text(), m.how()));
                        merged.add(m.actor().key());
                        break;
                    }
                }
            }
        }
        persons.removeIf(n -> merged.contains(n.actor().key()));
    }

    private static List<String> withoutInitials(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }

    private void resolveRun(SpanTokens st, int from, int to, List<Named> persons) {
        for (int len = to - from; len >= 1; len--) {
            for (int s = from; s + len <= to; s++) {
                if (!onlyStops(st, from, s) || !onlyStops(st, s + len, to)) {
                    continue;
                }
                List<String> run = new ArrayList<>();
                for (int k = s; k < s + len; k++) {
                    run.addAll(words(st.word(k)));
                }
                if (len == 1 && (st.word(s).length() < 2 || lex.is("particle", st.word(s)))) {
                    continue;
                }
                Named n = best(persons, run, st.tok(s).start());
                if (n == null && len == 1) {
                    n = mononym(run, st.tok(s).start());
                }
                if (n != null) {
                    st.put(st.mention(n.actor(), s, s + len, "short"));
                    return;
                }
            }
        }
    }

    private boolean onlyStops(SpanTokens st, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!lex.is("stop", st.word(k)) && lex.titleAt(st.toks, k) == null) {
                return false;
            }
        }
        return true;
    }

    /** The nearest earlier person whose name holds these words in order, else the nearest later one. */
    private Named best(List<Named> persons, List<String> run, int at) {
        Named before = null;
        Named after = null;
        // only persons with the run's first word can hold the run (an index: persons x runs was quadratic)
        for (Named n : run.isEmpty() ? persons : byWord.getOrDefault(run.get(0), List.of())) {
            if (!contains(n.words(), run)) {
                continue;
            }
            if (n.start() <= at) {
                before = n;
            } else if (after == null) {
                after = n;
            }
        }
        return before != null ? before : after;
    }

    private static boolean contains(List<String> name, List<String> run) {
        if (run.size() > name.size()) {
            return false;
        }
        for (int s = 0; s + run.size() <= name.size(); s++) {
            if (name.subList(s, s + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }

    /** "anggota parlemen itu": a title and a demonstrative name the last person with that role. */
    private void definite(SpanTokens st, List<Named> persons) {
        for (int i = 0; i < st.size(); i++) {
            if (st.occ[i] != null) {
                continue;
            }
            ActorLexicon.Title t = lex.titleAt(st.toks, i);
            if (t == null || t.honorific()) {
                continue;
            }
            int j = i + t.words().size();
            if (j >= st.size() || !lex.is("demonstrative", st.word(j)) || st.occ[j] != null) {
                continue;
            }
            Actor found = null;
            for (Named n : persons) {
                if (n.start() < st.tok(i).start() && n.actor().role() != null
                        && n.actor().role().startsWith(t.role())) {
                    found = n.actor();
                }
            }
            if (found != null) {
                st.put(st.mention(found, i, j + 1, "short"));
            }
        }
    }

    private void pronouns(List<SpanTokens> spans) {
        List<ActorMention> all = new ArrayList<>();
        List<Token> firsts = new ArrayList<>();
        List<SpanTokens> owner = new ArrayList<>();
        for (SpanTokens st : spans) {
            for (int i = 0; i < st.size(); i++) {
                ActorMention m = st.startsAt(i);
                if (m != null) {
                    all.add(m);
                }
                boolean first = i == 0 || st.word(i - 1).equals(".") || !st.adjacent(i - 1)
                        || st.word(i - 1).equals("\"") || st.word(i - 1).equals("\u201d");
                if (first && st.occ[i] == null && lex.pronoun(st.word(i))) {
                    firsts.add(st.tok(i));
                    owner.add(st);
                }
            }
        }
        for (int p = 0; p < firsts.size(); p++) {
            Token tok = firsts.get(p);
            int sentenceStart = previousSentenceStart(owner.get(p), tok);
            Set<String> keys = new LinkedHashSet<>();
            Actor only = null;
            for (ActorMention m : all) {
                if (m.actor().type() == EntityType.Person && m.start() >= sentenceStart && m.end() <= tok.start()) {
                    keys.add(m.actor().key());
                    only = m.actor();
                }
            }
            if (keys.size() == 1) {
                owner.get(p).put(new ActorMention(only, tok.start(), tok.end(), tok.text(), "pronoun"));
            }
        }
    }

    /** Start of the sentence before the one that opens at this token (by full stops and line breaks). */
    private static int previousSentenceStart(SpanTokens st, Token tok) {
        int i = st.toks.indexOf(tok) - 1;
        while (i >= 0 && !st.tok(i).isWord()) {
            i--;
        }
        for (i = i - 1; i >= 0; i--) {
            if (st.word(i).equals(".") || !st.adjacent(i)) {
                return st.tok(i + 1).start();
            }
        }
        return st.size() > 0 ? st.tok(0).start() : 0;
    }

    /** The last one-word person introduced by a title before {@code at} whose name is this word, or null. */
    private Named mononym(List<String> run, int at) {
        if (run.size() != 1) {
            return null;
        }
        // the list is in text order: binary search for the last one before {@code at}
        List<Named> ns = mononyms.getOrDefault(run.get(0), List.of());
        int lo = 0;
        int hi = ns.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ns.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : ns.get(lo - 1);
    }

    /**
     * One-word persons found after a title ("Menteri Luar Negeri Sugiono", "President Lula"):
     * many people go by one name, so a later bare "Sugiono" is the same person.
     */
    private static List<Named> titledMononyms(List<SpanTokens> spans) {
        List<Named> out = new ArrayList<>();
        for (SpanTokens st : spans) {
            for (int i = 0; i < st.size(); i++) {
                ActorMention m = st.startsAt(i);
                if (m != null && m.actor().type() == EntityType.Person && m.how().equals("title")
                        && m.actor().wikidata() == null) {
                    List<String> w = words(m.actor().label());
                    if (w.size() == 1 && w.get(0).length() > 2) {
                        out.add(new Named(m.actor(), w, m.start()));
                    }
                }
            }
        }
        return out;
    }

    private static List<Named> fullPersons(List<SpanTokens> spans) {
        Map<String, Named> byKey = new LinkedHashMap<>();
        List<Named> out = new ArrayList<>();
        for (SpanTokens st : spans) {
            for (int i = 0; i < st.size(); i++) {
                ActorMention m = st.startsAt(i);
                if (m == null || m.actor().type() != EntityType.Person) {
                    continue;
                }
                List<String> w = words(m.actor().label());
                if (w.size() < 2 && m.actor().wikidata() == null) {
                    continue;
                }
                Named n = new Named(m.actor(), w, m.start());
                byKey.putIfAbsent(m.actor().key(), n);
                out.add(n);
            }
        }
        return out;
    }

    static List<String> words(String label) {
        List<String> out = new ArrayList<>();
        for (String w : NameNormalizer.fold(label).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
