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
 * the words; {@code date} a date in the attribution, else the published date.
 * Languages without lexicons give no claims. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimExtractor x = SpeechClaimExtractor.create();
 * List<ClaimCandidate> claims = x.find(prepared, mentions, events, dates);
 * }</pre>
 */
public final class SpeechClaimExtractor implements ClaimExtractor {
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
        for (SpeechFinder.Speech s : article.speech()) {
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
