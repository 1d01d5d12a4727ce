package org.geokg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ArticleInfo;
import org.geokg.kg.model.Claim;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.Evidence;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.Mention;
import org.geokg.kg.model.Modality;
import org.geokg.kg.model.Quantity;
import org.geokg.nlp.TextSpan;
import org.geokg.sys.SysGeoKg;

/**
 * The default pipeline: text preparation, actor mentions, dates, events, claims and
 * quantities, assembled into one extraction document with document-local refs.
 * Immutable once built and safe to share across threads (every stage is).
 *
 * <pre>{@code
 * Extractor x = RuleBasedExtractor.create();
 * ExtractionDocument doc = x.extract(article);
 * }</pre>
 */
public final class RuleBasedExtractor implements Extractor {
    /** A body "sentence" shorter than this before the lede is header furniture (a date line). */
    static final int HEADER_LINE_MAX_WORDS = 8;
    private final TextPreparer preparer;
    private final MentionFinder mentions;
    private final DateFinder dates;
    private final EventExtractor events;
    private final ClaimExtractor claims;
    private final QuantityExtractor quantities;
    private final CameoCodebook codebook;
    private final Supplier<LocalDate> today;

    public RuleBasedExtractor(TextPreparer preparer, MentionFinder mentions, DateFinder dates,
            EventExtractor events, ClaimExtractor claims, QuantityExtractor quantities, CameoCodebook codebook,
            Supplier<LocalDate> today) {
        this.preparer = Objects.requireNonNull(preparer, "preparer");
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.events = Objects.requireNonNull(events, "events");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.quantities = Objects.requireNonNull(quantities, "quantities");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** The default pipeline with every bundled language. Loads all data once. */
    public static RuleBasedExtractor create() {
        // every supported language's data, now: a broken or missing file stops the command here
        // (ConfigException, exit 2), never an article in the middle of a batch
        SupportedLanguages.current().loadAll();
        return new RuleBasedExtractor(RuleTextPreparer.create(), GazetteerMentionFinder.create(),
                RuleDateFinder.create(), LexiconEventExtractor.create(), SpeechClaimExtractor.create(),
                ProximityQuantityExtractor.create(), CameoCodebook.standard(),
                () -> LocalDate.now(ZoneOffset.UTC));
    }

    @Override
    public ExtractionDocument extract(Article article) {
        PreparedText prepared = withHeaderDate(preparer.prepare(article));
        stopIfInterrupted();
        List<ActorMention> found = mentions.find(prepared);
        stopIfInterrupted();
        List<DateMention> dateMentions = new ArrayList<>();
        List<TextSpan> body = prepared.body();
        if (!body.isEmpty()) {
            // one pass over the whole body range (the finder looks for anchors in the whole text, so
            // one call per paragraph would be quadratic), keeping what lies inside a body span
            int from = body.get(0).start();
            int to = body.get(body.size() - 1).end();
            for (DateMention d : dates.find(prepared.text(), from, to, prepared.language(), prepared.published(),
                    today.get())) {
                if (insideAny(body, d.start(), d.end())) {
                    dateMentions.add(d);
                }
            }
        }
        stopIfInterrupted();
        List<EventCandidate> eventCandidates = events.find(prepared, found, dateMentions);
        stopIfInterrupted();
        List<ClaimCandidate> claimCandidates = claims.find(prepared, found, eventCandidates, dateMentions);
        stopIfInterrupted();
        List<QuantityCandidate> quantityCandidates = quantities.find(prepared, found);
        stopIfInterrupted();
        return new Assembly(prepared, found).build(eventCandidates, claimCandidates, quantityCandidates);
    }

    /**
     * Stops an extraction whose thread was interrupted (a caller's time budget ran out), at a
     * stage boundary or between the sentences and spans of a long stage.
     *
     * @throws CancellationException when the current thread was interrupted (the flag is cleared)
     */
    static void stopIfInterrupted() {
        if (Thread.interrupted()) {
            throw new CancellationException("extraction interrupted");
        }
    }

    /**
     * When the article has no publication date, the first day named in the page header (the text
     * before the first body sentence of {@value #HEADER_LINE_MAX_WORDS} words or more: a "24 May
     * 2011 09:33" line under the headline, a dateline "Teherán, 2 oct (EFE).-") is taken as it,
     * its year inferred from the article when the header gives none ({@link DateFinder#headerDate}):
     * it anchors weekdays ("on Tuesday"), dates the events without a date of their own and tells
     * recent from historical events. A date after today is no publication date.
     */
    PreparedText withHeaderDate(PreparedText p) {
        if (p.published() != null || p.sentences().isEmpty()) {
            return p;
        }
        int headerEnd = 0;
        for (TextSpan s : p.sentences()) {
            headerEnd = s.start();
            if (s.of(p.text()).split("\\s+").length >= HEADER_LINE_MAX_WORDS) {
                break;
            }
            headerEnd = s.end();
        }
        if (headerEnd <= 0) {
            return p;
        }
        LocalDate now = today.get();
        int contextTo = p.body().isEmpty() ? headerEnd : p.body().get(p.body().size() - 1).end();
        LocalDate date = dates.headerDate(p.text(), 0, headerEnd, contextTo, p.language(), now);
        if (date == null) {
            return p;
        }
        return new PreparedText(p.article(), p.language(), p.title(), p.titleSpan(), date, p.publisher(),
                p.reportedVia(), p.primarySources(), p.boilerplate(), p.body(), p.sentences());
    }

    /** Assigns refs and turns candidates into the document records. One per article. */
    private final class Assembly {
        private final PreparedText prepared;
        private final Map<String, Actor> actors = new LinkedHashMap<>();
        private final Map<String, List<Mention>> mentionsByKey = new HashMap<>();
        private final Map<String, String> refs = new LinkedHashMap<>();

        Assembly(PreparedText prepared, List<ActorMention> found) {
            this.prepared = prepared;
            for (ActorMention m : found) {
                actors.putIfAbsent(m.actor().key(), m.actor());
                mentionsByKey.computeIfAbsent(m.actor().key(), k -> new ArrayList<>())
                        .add(new Mention(m.text(), m.start(), m.end()));
            }
            // a state named only inside a body's name ("la embajada suiza") is still a state the
            // article mentions
            for (ActorMention m : found) {
                Actor state = mentions.namedState(m);
                if (state != null) {
                    actors.putIfAbsent(state.key(), state);
                }
            }
            for (String key : actors.keySet()) {
                ref(actors.get(key));
            }
        }

        String ref(Actor a) {
            if (a == null) {
                return null;
            }
            actors.putIfAbsent(a.key(), a);
            return refs.computeIfAbsent(a.key(), k -> "e" + (refs.size() + 1));
        }

        List<String> refs(List<Actor> list) {
            Set<String> out = new LinkedHashSet<>();
            for (Actor a : list) {
                out.add(ref(a));
            }
            return new ArrayList<>(out);
        }

        ExtractionDocument build(List<EventCandidate> evs, List<ClaimCandidate> cls, List<QuantityCandidate> qs) {
            String lang = prepared.language();
            publisherRef(lang);
            List<String> via = outletRefs(prepared.reportedVia(), lang);
            List<String> primary = outletRefs(prepared.primarySources(), lang);

            List<Event> eventList = new ArrayList<>();
            Map<EventCandidate, String> eventRefs = new HashMap<>();
            Map<String, Integer> happenings = new HashMap<>();
            for (EventCandidate c : evs) {
                CameoCodebook.Code code = codebook.get(c.cameo());
                if (code == null) {
                    continue;
                }
                List<String> src = refs(c.source());
                List<String> tgt = refs(c.target());
                // One happening told several times in an article (lead, quote, recap) is one event:
                // same code, same parties on each side, same modality, no conflicting date.
                String key = c.cameo() + "|" + parties(c.source()) + "|" + parties(c.target()) + "|" + c.modality();
                Integer earlier = happenings.get(key);
                if (earlier != null && compatible(eventList.get(earlier).date(), c.date())) {
                    Event kept = eventList.get(earlier);
                    eventRefs.put(c, kept.ref());
                    if (kept.date() == null && c.date() != null || c.confidence() > kept.confidence()) {
                        eventList.set(earlier, new Event(kept.ref(), kept.cameo(), kept.plover(), kept.quad(),
                                kept.goldstein(), kept.source(), kept.target(),
                                kept.date() != null ? kept.date() : c.date(),
                                kept.endDate() != null ? kept.endDate() : c.endDate(), kept.modality(),
                                kept.location() != null ? kept.location() : ref(c.location()), kept.evidence(),
                                Math.max(kept.confidence(), round(c.confidence()))));
                    }
                    continue;
                }
                String ref = "v" + (eventList.size() + 1);
                happenings.put(key, eventList.size());
                eventRefs.put(c, ref);
                eventList.add(new Event(ref, c.cameo(), codebook.plover(c.cameo()), code.quad(), code.goldstein(),
                        src, tgt, c.date(), c.endDate(), c.modality().label(), ref(c.location()),
                        new Evidence(prepared.text().substring(c.start(), c.end()), c.start(), c.end()),
                        round(c.confidence())));
            }

            List<Claim> claimList = new ArrayList<>();
            Map<String, String> speakerDates = new HashMap<>();
            for (ClaimCandidate c : cls) {
                List<String> asserted = new ArrayList<>();
                for (EventCandidate e : c.asserts()) {
                    String r = eventRefs.get(e);
                    if (r != null && !asserted.contains(r)) {
                        asserted.add(r);
                    }
                }
                // a speaker's later statements without a date of their own were made on the same
                // occasion as the speaker's first dated one (one interview, one press conference)
                String speaker = ref(c.speaker());
                String date = c.date() != null ? c.date()
                        : speakerDates.containsKey(speaker) ? speakerDates.get(speaker)
                        : prepared.published() == null ? null : prepared.published().toString();
                if (date != null) {
                    speakerDates.putIfAbsent(speaker, date);
                }
                claimList.add(new Claim("c" + (claimList.size() + 1), speaker, ref(c.onBehalfOf()),
                        c.quote(), prepared.text().substring(c.start(), c.end()), c.start(), c.end(),
                        refs(c.about()), asserted, date, via, primary.isEmpty() ? null : primary.get(0)));
                if (date != null) {
                    datedBySpeech(eventList, asserted, date);
                }
            }
            claimList = mergeSameDayActs(eventList, claimList);

            List<Quantity> quantityList = new ArrayList<>();
            for (QuantityCandidate q : qs) {
                BigDecimal v = q.value().stripTrailingZeros();
                if (v.scale() < 0) {
                    v = v.setScale(0);
                }
                quantityList.add(new Quantity(v, q.unit(), ref(q.about()), ref(q.location()),
                        prepared.text().substring(q.start(), q.end()), q.start(), q.end()));
            }

            List<Entity> entityList = new ArrayList<>();
            for (Map.Entry<String, String> e : refs.entrySet()) {
                Actor a = actors.get(e.getKey());
                List<Mention> ms = mentionsByKey.getOrDefault(e.getKey(), List.of());
                entityList.add(new Entity(e.getValue(), a.type(), a.label(), a.wikidata(), a.country(), a.sector(),
                        a.role(), null, ms));
            }

            Article art = prepared.article();
            ArticleInfo info = new ArticleInfo(art.id(), art.file(), lang, prepared.title(),
                    prepared.published() == null ? art.published() : prepared.published().toString(),
                    prepared.publisher(), prepared.reportedVia(), prepared.primarySources());
            return new ExtractionDocument(SysGeoKg.EXTRACTION_SCHEMA, info, entityList, eventList, claimList,
                    quantityList);
        }

        /**
         * Once dates are known: the same act (code, modality) between the same states on the same
         * day, told once through an official and once through the state ("Pyongyang intends...",
         * "we want...," said the ambassador), is one event. Later copies are dropped and the claims
         * asserting them point to the first.
         */
        private List<Claim> mergeSameDayActs(List<Event> events, List<Claim> claims) {
            Map<String, String> into = new HashMap<>();
            Map<String, String> first = new HashMap<>();
            for (Event e : events) {
                if (e.date() == null || e.date().length() < 10) {
                    continue;
                }
                String key = e.cameo() + "|" + e.modality() + "|" + e.date() + "|" + states(e.source()) + "|"
                        + states(e.target());
                String kept = first.putIfAbsent(key, e.ref());
                if (kept != null) {
                    into.put(e.ref(), kept);
                }
            }
            if (into.isEmpty()) {
                return claims;
            }
            events.removeIf(e -> into.containsKey(e.ref()));
            List<Claim> out = new ArrayList<>(claims.size());
            for (Claim c : claims) {
                List<String> asserts = new ArrayList<>();
                for (String r : c.asserts()) {
                    String m = into.getOrDefault(r, r);
                    if (!asserts.contains(m)) {
                        asserts.add(m);
                    }
                }
                out.add(new Claim(c.ref(), c.speaker(), c.onBehalfOf(), c.quote(), c.text(), c.start(), c.end(),
                        c.about(), asserts, c.date(), c.reportedVia(), c.primarySource()));
            }
            return out;
        }

        /** The states (or, without one, the actors) behind entity refs, as a sorted set. */
        private String states(List<String> entityRefs) {
            TreeSet<String> out = new TreeSet<>();
            for (Map.Entry<String, String> e : refs.entrySet()) {
                if (entityRefs.contains(e.getValue())) {
                    Actor a = actors.get(e.getKey());
                    out.add(a.country() != null ? a.country() : a.key());
                }
            }
            return out.toString();
        }

        private List<String> outletRefs(List<String> names, String lang) {
            List<String> out = new ArrayList<>();
            for (String n : names) {
                Actor a = findByName(n);
                if (a == null) {
                    a = mentions.resolve(n, lang);
                }
                if (a != null) {
                    String r = ref(a);
                    if (!out.contains(r)) {
                        out.add(r);
                    }
                }
            }
            return out;
        }

        /**
         * A publisher the article names itself (dateline, byline, credit line) is one of its actors;
         * an outlet the gazetteer does not know (a web domain aside) becomes a media organization of that name.
         */
        private void publisherRef(String lang) {
            String name = prepared.publisher();
            if (name == null || prepared.article().publisher() != null || !prepared.text().contains(name)) {
                return;
            }
            Actor a = findByName(name);
            if (a == null) {
                a = mentions.resolve(name, lang);
            }
            if (a == null && !CreditFinder.isDomain(name)) {
                a = new Actor("org:outlet:" + NameNormalizer.fold(name).replace(' ', '-'), "Organization", name, null,
                        null, "MED", null);
            }
            ref(a);
        }

        private Actor findByName(String name) {
            for (Map.Entry<String, List<Mention>> e : mentionsByKey.entrySet()) {
                for (Mention m : e.getValue()) {
                    if (m.text().equalsIgnoreCase(name)) {
                        return actors.get(e.getKey());
                    }
                }
            }
            return null;
        }
    }

    private static boolean insideAny(List<TextSpan> spans, int start, int end) {
        for (TextSpan s : spans) {
            if (start >= s.start() && end <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verbal act (quad class 1 or 3: a statement, appeal, accusation, threat...) asserted by a
     * claim happens when it is said: without a date of its own it takes the claim's date.
     */
    private static void datedBySpeech(List<Event> events, List<String> asserted, String date) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.date() == null && asserted.contains(e.ref()) && (e.quad() == 1 || e.quad() == 3)
                    && !Modality.HISTORICAL.label().equals(e.modality())) {
                events.set(i, new Event(e.ref(), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.source(),
                        e.target(), date, e.endDate(), e.modality(), e.location(), e.evidence(), e.confidence()));
            }
        }
    }

    /**
     * The parties of one side as a sorted set: a state for every state, body or organization that
     * belongs to one; a person stays that person (two officials of one state warning are two acts).
     */
    private static String parties(List<Actor> actors) {
        TreeSet<String> out = new TreeSet<>();
        for (Actor a : actors) {
            out.add(a.country() != null && !"Person".equals(a.type()) ? a.country() : a.key());
        }
        return out.toString();
    }

    /** Dates that may describe the same happening: one missing, or one a prefix of the other. */
    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
