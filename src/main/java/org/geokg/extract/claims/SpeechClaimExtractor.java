package org.geokg.extract.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.extract.analysis.ArticleAnalysis;
import org.geokg.extract.analysis.ArticleView;
import org.geokg.extract.analysis.SpeechFinder;
import org.geokg.extract.events.EventCandidate;
import org.geokg.extract.lexicon.Grammar;
import org.geokg.extract.lexicon.Token;
import org.geokg.extract.lexicon.Tokens;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.extract.time.DateMention;
import org.geokg.kg.model.EntityType;

/**
 * Finds claims: direct speech in quotation marks (also across sentences) and reported
 * speech ({@code X mengatakan (bahwa) ...}, {@code According to X, ...}, {@code ..., X
 * said}), with speech verbs and attribution phrases from
 * {@code data/lexicons/<lang>/speech.tsv}. The speaker is the actor named at the verb
 * (person, else organization, else state; a pronoun or "the official" falls back to
 * the last person who spoke); {@code onBehalfOf} is the speaker's state; {@code about}
 * the other actors named in the words; {@code asserts} the events whose trigger lies in
 * the words; {@code date} a date in the attribution, else the published date. A statement the
 * same speaker goes on with in the same sentence ("said A, but warned that B") is one claim.
 * Languages without lexicons give no claims. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimExtractor x = SpeechClaimExtractor.create();
 * List<ClaimCandidate> claims = x.find(prepared, mentions, events, dates);
 * }</pre>
 */
public final class SpeechClaimExtractor implements ClaimExtractor {
    /** Max words between two statements of one speaker joined into one claim ("and urged the world to"). */
    private static final int JOIN_GAP = 8;

    private SpeechClaimExtractor() {
    }

    public static SpeechClaimExtractor create() {
        return new SpeechClaimExtractor();
    }

    @Override
    public List<ClaimCandidate> find(PreparedText text, List<ActorMention> mentions, List<EventCandidate> events,
            List<DateMention> dates) {
        return find(ArticleAnalysis.of(text, mentions), events, dates);
    }

    @Override
    public List<ClaimCandidate> find(ArticleAnalysis article, List<EventCandidate> events, List<DateMention> dates) {
        ArticleView v = article.view();
        if (v.lang == null) {
            return List.of();
        }
        List<ClaimCandidate> out = new ArrayList<>();
        for (SpeechFinder.Speech s : joinContinued(article.speech(), v)) {
            Actor speaker = s.speaker();
            Map<String, Actor> about = new LinkedHashMap<>();
            for (ActorMention m : v.mentionsIn(s.start(), s.end())) {
                if (!m.actor().key().equals(speaker.key())) {
                    about.putIfAbsent(m.actor().key(), m.actor());
                }
            }
            List<EventCandidate> asserted = new ArrayList<>();
            for (EventCandidate e : events) {
                if (e.trigger() >= s.start() && e.trigger() < s.end()) {
                    asserted.add(e);
                }
            }
            out.add(ClaimCandidate.create().speaker(speaker).onBehalfOf(onBehalfOf(speaker, v)).quote(s.quote())
                    .start(s.start()).end(s.end()).about(new ArrayList<>(about.values())).asserts(asserted)
                    .date(date(s, v, dates)).build());
        }
        return out;
    }

    /**
     * Joins a reported statement with the next one when the same speaker goes on in the same
     * sentence through a coordinated or contrasting speech verb with no quotation ("X said A, but
     * warned that B", "X berkata A dan menggesa B supaya C", "X reiteró que A, pero aseguró que
     * B"): one claim from A to B, as a reader takes it. Quoted words keep claims of their own.
     */
    static List<SpeechFinder.Speech> joinContinued(List<SpeechFinder.Speech> in, ArticleView v) {
        List<SpeechFinder.Speech> out = new ArrayList<>();
        for (SpeechFinder.Speech s : in) {
            SpeechFinder.Speech last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && continues(last, s, v)) {
                out.set(out.size() - 1, new SpeechFinder.Speech(last.speaker(), false, last.start(), s.end(),
                        last.attrStart(), last.attrEnd(), last.fallback()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * True when {@code b} continues {@code a}: same speaker, same sentence, no quotation, and
     * between them at most {@link #JOIN_GAP} words opened by a coordinator or contrast word
     * (the second verb and its complementizer or addressee).
     */
    private static boolean continues(SpeechFinder.Speech a, SpeechFinder.Speech b, ArticleView v) {
        if (a.quote() || b.quote() || !a.speaker().key().equals(b.speaker().key()) || b.start() <= a.end()
                || v.sentenceAt(a.start()) != v.sentenceAt(b.end() - 1)) {
            return false;
        }
        String between = v.text.substring(a.end(), b.start());
        for (int k = 0; k < between.length(); k++) {
            char c = between.charAt(k);
            if (ArticleView.isQuote(c) || ".!?;\n".indexOf(c) >= 0) {
                return false;
            }
        }
        List<Token> gap = Tokens.of(v.text, a.end(), b.start());
        return !gap.isEmpty() && gap.size() <= JOIN_GAP
                && (v.grammar.is(Grammar.Kind.COORD, gap, 0) || v.grammar.is(Grammar.Kind.CONTRAST, gap, 0));
    }

    /** The speaker's state: the speaker itself when a state, else its country as named in the article. */
    static Actor onBehalfOf(Actor speaker, ArticleView v) {
        if (speaker.type() == EntityType.Country) {
            return speaker;
        }
        String iso = speaker.country();
        if (iso == null) {
            return null;
        }
        for (ActorMention m : v.mentions) {
            Actor a = m.actor();
            if (a.type() == EntityType.Country && iso.equals(a.country())) {
                return a;
            }
        }
        String label = iso;
        for (Locale l : Locale.getAvailableLocales()) {
            try {
                if (iso.equalsIgnoreCase(l.getISO3Country()) && !l.getDisplayCountry(Locale.ENGLISH).isEmpty()) {
                    label = l.getDisplayCountry(Locale.ENGLISH);
                    break;
                }
            } catch (java.util.MissingResourceException e) {
                // no ISO3 code for this locale
            }
        }
        return new Actor("country:" + iso, EntityType.Country, label, null, iso, null, null);
    }

    private static String date(SpeechFinder.Speech s, ArticleView v, List<DateMention> dates) {
        int sent = v.sentenceAt(s.attrStart());
        int from = sent >= 0 ? Math.min(v.sentences.get(sent).start(), s.attrStart()) : s.attrStart();
        for (DateMention d : dates) {
            boolean inAttr = d.start() >= from && d.end() <= s.attrEnd() && !(d.start() >= s.start() && d.end() <= s.end());
            if (inAttr && !d.historical()) {
                return d.date();
            }
        }
        return v.prepared.published() == null ? null : v.prepared.published().toString();
    }
}
