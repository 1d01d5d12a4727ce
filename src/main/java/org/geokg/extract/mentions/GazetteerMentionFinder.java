package org.geokg.extract.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.geokg.extract.lexicon.ActorLexicon;
import org.geokg.extract.lexicon.LanguageDataSet;
import org.geokg.extract.lexicon.NameNormalizer;
import org.geokg.extract.lexicon.SupportedLanguages;
import org.geokg.extract.text.PreparedText;
import org.geokg.kg.model.EntityType;
import org.geokg.nlp.TextSpan;
import org.geokg.sys.InterruptLib;

/**
 * Finds the actors of an article: states (CLDR names per language plus curated aliases,
 * demonyms and capitals), organizations, outlets and well-known persons from the gazetteers
 * ({@link Gazetteer}), state bodies named after their country ({@code bodies.tsv}), persons from
 * titles and speech verbs ({@code titles.tsv}, {@code names.tsv}), then short names, definite
 * descriptions of persons and organizations ({@code anaphors.tsv}) and pronouns resolved within
 * the article. Mentions lie inside the body spans,
 * never overlap, and are sorted; the same actor has the same key across the article (and across
 * articles: states "country:PRK", bodies "org:RUS:foreign ministry", persons
 * "person:PRK:sin hong-chol").
 *
 * <pre>{@code
 * MentionFinder finder = GazetteerMentionFinder.create();
 * List<ActorMention> mentions = finder.find(prepared);
 * Actor tass = finder.resolve("TASS", "id");
 * }</pre>
 * Immutable after creation (the languages' data is loaded before); thread-safe.
 */
public final class GazetteerMentionFinder implements MentionFinder {
    private final Gazetteer gazetteer;
    private final LanguageDataSet languages;

    private GazetteerMentionFinder(Gazetteer gazetteer, LanguageDataSet languages) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** The finder over the bundled gazetteers and the bundled languages' lexicons. */
    public static GazetteerMentionFinder create() {
        return create(SupportedLanguages.current().data());
    }

    /** The finder over the bundled gazetteers and the actor lexicons of {@code languages}. */
    public static GazetteerMentionFinder create(LanguageDataSet languages) {
        return new GazetteerMentionFinder(Gazetteer.load(), languages);
    }

    /** The gazetteer this finder uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public List<ActorMention> find(PreparedText text) {
        String lang = language(text.language());
        ActorLexicon lex = lexicon(lang);
        String s = text.text();
        String home = articleHome(text, lex, lang);
        BodyPatterns bodies = new BodyPatterns(gazetteer, lex, home);
        PersonPatterns persons = new PersonPatterns(gazetteer, lex, home);
        List<SpanTokens> spans = new ArrayList<>();
        for (TextSpan b : text.body()) {
            InterruptLib.stopIfInterrupted();
            int from = Math.max(0, b.start());
            int to = Math.min(s.length(), b.end());
            if (to <= from) {
                continue;
            }
            List<Gazetteer.Match> found = gazetteer.scan(s, from, to, lang);
            List<Integer> cuts = new ArrayList<>();
            for (Gazetteer.Match m : found) {
                if (m.actor().type() != EntityType.Person) {
                    cuts.add(m.start());
                    cuts.add(m.end());
                }
            }
            SpanTokens st = new SpanTokens(s, from, to, cuts);
            for (Gazetteer.Match m : found) {
                if (!blocked(st, m, lex)) {
                    st.put(new ActorMention(m.actor(), m.start(), m.end(), s.substring(m.start(), m.end()), m.how()));
                }
            }
            bodies.apply(st);
            persons.titles(st);
            persons.speech(st);
            persons.appositions(st);
            spans.add(st);
        }
        new Coreference(lex).apply(spans);
        new OrgAnaphora(lex).apply(spans);
        new RoleAnaphora(lex).apply(spans);
        List<ActorMention> out = new ArrayList<>();
        Set<ActorMention> seen = new HashSet<>();
        for (SpanTokens st : spans) {
            ActorMention last = null;
            for (ActorMention m : st.occ) {
                if (m != null && m != last && seen.add(m)) {
                    out.add(m);
                }
                last = m;
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(ActorMention::end));
        return canonical(officeCountry(s, removeOverlaps(out)));
    }

    /**
     * The home state of the article: another state whose press writes in the language (lexicon
     * {@code other-homes}) when the dateline before the first body line names one of its places
     * or outlets ("Wien (APA) -"), or the publisher is one of its outlets; else the language's home.
     */
    private String articleHome(PreparedText text, ActorLexicon lex, String lang) {
        if (lex.otherHomes().isEmpty()) {
            return lex.home();
        }
        String s = text.text();
        List<String> cues = new ArrayList<>();
        if (text.publisher() != null) {
            cues.add(text.publisher());
        }
        if (!text.body().isEmpty()) {
            int at = Math.min(s.length(), Math.max(0, text.body().get(0).start()));
            int lineStart = s.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
            if (lineStart < at) {
                cues.add(s.substring(lineStart, at));
            }
        }
        for (String cue : cues) {
            for (Gazetteer.Match m : gazetteer.scan(cue, 0, cue.length(), lang)) {
                String c = m.actor().country();
                if (c != null && lex.otherHomes().contains(c)) {
                    return c;
                }
            }
        }
        return lex.home();
    }

    /**
     * A person found without a country takes the state named right before their name in the same
     * phrase ("US National Security Council spokesman John Kirby", "the Guyanese minister Hugh
     * Todd"): at most six words between, no punctuation that ends a phrase, no other person and
     * no international body in between ("the Iranian minister X called UN chief Y": Y is no Iranian);
     * officials of international bodies keep no country.
     */
    private static List<ActorMention> officeCountry(String text, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            ActorMention m = ms.get(i);
            Actor a = m.actor();
            if (a.type() == EntityType.Person && a.country() == null && !"IGO".equals(a.sector())) {
                for (int k = i - 1; k >= 0; k--) {
                    ActorMention b = ms.get(k);
                    if (b.end() > m.start()) {
                        continue;
                    }
                    String gap = text.substring(b.end(), m.start());
                    if (gap.length() > 80 || !phraseGap(gap)) {
                        break;
                    }
                    String iso = b.actor().country();
                    if (b.actor().type() == EntityType.Person
                            || b.actor().type() == EntityType.Organization && iso == null) {
                        break; // the state belongs to another person's office, or the office to an IGO
                    }
                    if (iso != null && !b.actor().isOutlet()) {
                        a = new Actor(a.key(), a.type(), a.label(), a.wikidata(), iso, a.sector(), a.role());
                        break;
                    }
                }
            }
            out.add(a == m.actor() ? m : new ActorMention(a, m.start(), m.end(), m.text(), m.how()));
        }
        return out;
    }

    /** True when a gap holds at most six words and no punctuation that ends a phrase. */
    private static boolean phraseGap(String gap) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (",.;:()[]\"“”«»!?\n".indexOf(c) >= 0) {
                return false;
            }
            boolean w = Character.isLetterOrDigit(c);
            if (w && !inWord) {
                words++;
            }
            inWord = w;
        }
        return words <= 6;
    }

    @Override
    public Actor resolve(String name, String language) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return gazetteer.lookup(name.strip(), language(language));
    }

    @Override
    public Actor namedState(ActorMention body) {
        if (!BodyPatterns.NAMED.equals(body.how()) || body.actor().country() == null
                || body.actor().type() == EntityType.Country) {
            return null;
        }
        return gazetteer.country(body.actor().country());
    }

    private ActorLexicon lexicon(String lang) {
        return languages.get(lang).actors();
    }

    private static String language(String l) {
        if (l == null || l.isBlank()) {
            return "und";
        }
        String x = l.toLowerCase(Locale.ROOT);
        int dash = x.indexOf('-');
        return dash > 0 ? x.substring(0, dash) : x;
    }

    /**
     * "bahasa Inggris" is the English language, not the United Kingdom; a capital after an
     * instrument noun and a connector ("Convención de Viena", "Treaty of Lisbon") names a treaty,
     * not the government seated there.
     */
    private static boolean blocked(SpanTokens st, Gazetteer.Match m, ActorLexicon lex) {
        if (m.actor().type() != EntityType.Country) {
            return false;
        }
        int i = st.tokenStartingAt(m.start());
        if (i > 0 && lex.is("blocker", st.word(i - 1))) {
            return true;
        }
        return "capital".equals(m.how()) && i > 1 && lex.is("connector", st.word(i - 1))
                && lex.is("instrument", st.word(i - 2));
    }

    private static List<ActorMention> removeOverlaps(List<ActorMention> sorted) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() > m.start()) {
                ActorMention prev = out.get(out.size() - 1);
                if (m.end() - m.start() > prev.end() - prev.start()) {
                    out.set(out.size() - 1, m);
                }
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * One actor record per key (the one with the most detail), and persons found without a
     * country joined to the same name with a country.
     */
    private static List<ActorMention> canonical(List<ActorMention> ms) {
        Map<String, Actor> withCountry = new HashMap<>();
        for (ActorMention m : ms) {
            Actor a = m.actor();
            if (a.type() == EntityType.Person && a.country() != null) {
                withCountry.putIfAbsent(NameNormalizer.fold(a.label()), a);
            }
        }
        Map<String, Actor> best = new LinkedHashMap<>();
        List<ActorMention> moved = new ArrayList<>();
        for (ActorMention m : ms) {
            Actor a = m.actor();
            if (a.type() == EntityType.Person && a.country() == null) {
                Actor c = withCountry.get(NameNormalizer.fold(a.label()));
                if (c != null) {
                    a = c;
                }
            }
            Actor prev = best.get(a.key());
            best.put(a.key(), prev == null ? a : richer(prev, a));
            moved.add(new ActorMention(a, m.start(), m.end(), m.text(), m.how()));
        }
        List<ActorMention> out = new ArrayList<>(moved.size());
        for (ActorMention m : moved) {
            out.add(new ActorMention(best.get(m.actor().key()), m.start(), m.end(), m.text(), m.how()));
        }
        return out;
    }

    private static Actor richer(Actor a, Actor b) {
        return new Actor(a.key(), a.type(), a.label(), first(a.wikidata(), b.wikidata()), first(a.country(), b.country()),
                first(a.sector(), b.sector()), first(a.role(), b.role()));
    }

    private static String first(String x, String y) {
        return x != null ? x : y;
    }
}
