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
import org.geokg.extract.analysis.ArticleAnalysis;
import org.geokg.extract.claims.ClaimCandidate;
import org.geokg.extract.claims.ClaimExtractor;
import org.geokg.extract.claims.SpeechClaimExtractor;
import org.geokg.extract.events.EventCandidate;
import org.geokg.extract.events.EventExtractor;
import org.geokg.extract.events.LexiconEventExtractor;
import org.geokg.extract.lexicon.CameoCodebook;
import org.geokg.extract.lexicon.CreditFinder;
import org.geokg.extract.lexicon.LanguageDataSet;
import org.geokg.extract.lexicon.NameNormalizer;
import org.geokg.extract.lexicon.SupportedLanguages;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.mentions.GazetteerMentionFinder;
import org.geokg.extract.mentions.MentionFinder;
import org.geokg.extract.quantity.ProximityQuantityExtractor;
import org.geokg.extract.quantity.QuantityCandidate;
import org.geokg.extract.quantity.QuantityExtractor;
import org.geokg.extract.text.PreparedText;
import org.geokg.extract.text.RuleTextPreparer;
import org.geokg.extract.text.TextPreparer;
import org.geokg.extract.time.DateFinder;
import org.geokg.extract.time.DateMention;
import org.geokg.extract.time.RuleDateFinder;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ArticleInfo;
import org.geokg.kg.model.Claim;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.EntityType;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.Evidence;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.Mention;
import org.geokg.kg.model.Modality;
import org.geokg.kg.model.Quantity;
import org.geokg.nlp.TextSpan;
import org.geokg.sys.InterruptLib;
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
    private final LanguageDataSet languages;

    /** A pipeline of these stages, with the bundled languages' data for the article analysis. */
    public RuleBasedExtractor(TextPreparer preparer, MentionFinder mentions, DateFinder dates,
            EventExtractor events, ClaimExtractor claims, QuantityExtractor quantities, CameoCodebook codebook,
            Supplier<LocalDate> today) {
        this(preparer, mentions, dates, events, claims, quantities, codebook, today,
                SupportedLanguages.current().data());
    }

    /** A pipeline of these stages; the article analysis takes each article's lexicons from {@code languages}. */
    public RuleBasedExtractor(TextPreparer preparer, MentionFinder mentions, DateFinder dates,
            EventExtractor events, ClaimExtractor claims, QuantityExtractor quantities, CameoCodebook codebook,
            Supplier<LocalDate> today, LanguageDataSet languages) {
        this.preparer = Objects.requireNonNull(preparer, "preparer");
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.events = Objects.requireNonNull(events, "events");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.quantities = Objects.requireNonNull(quantities, "quantities");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.today = Objects.requireNonNull(today, "today");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** The default pipeline with every bundled language. Loads all data once. */
    public static RuleBasedExtractor create() {
        // every supported language's data, now: a broken or missing file stops the command here
        // (ConfigException, exit 2), never an article in the middle of a batch
        LanguageDataSet languages = SupportedLanguages.current().data();
        return new RuleBasedExtractor(RuleTextPreparer.create(languages), GazetteerMentionFinder.create(languages),
                RuleDateFinder.create(), LexiconEventExtractor.create(), SpeechClaimExtractor.create(),
                ProximityQuantityExtractor.create(), CameoCodebook.standard(),
                () -> LocalDate.now(ZoneOffset.UTC), languages);
    }

    @Override
    public ExtractionDocument extract(Article article) {
        return extract(article, null);
    }

    /**
     * Extracts and, when {@code timings} is not null, adds the time of each stage to it: prepare,
     * mentions, dates, analysis (article view and speech, once for events and claims), events,
     * claims, quantities, assembly.
     */
    @Override
    public ExtractionDocument extract(Article article, StageTimings timings) {
        Laps laps = new Laps(timings);
        PreparedText prepared = withHeaderDate(preparer.prepare(article));
        laps.lap("prepare");
        stopIfInterrupted();
        List<ActorMention> found = mentions.find(prepared);
        laps.lap("mentions");
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
        laps.lap("dates");
        stopIfInterrupted();
        // one view of the article and its speech, handed to both the event and the claim stage
        ArticleAnalysis analysed = ArticleAnalysis.of(prepared, found, languages);
        laps.lap("analysis");
        stopIfInterrupted();
        List<EventCandidate> eventCandidates = events.find(analysed, dateMentions);
        laps.lap("events");
        stopIfInterrupted();
        List<ClaimCandidate> claimCandidates = claims.find(analysed, eventCandidates, dateMentions);
        laps.lap("claims");
        stopIfInterrupted();
        List<QuantityCandidate> quantityCandidates = quantities.find(prepared, found);
        laps.lap("quantities");
        stopIfInterrupted();
        ExtractionDocument doc = new Assembly(prepared, found).build(eventCandidates, claimCandidates,
                quantityCandidates);
        laps.lap("assembly");
        return doc;
    }

    /** Adds the time since the previous lap to a stage; does nothing without timings. */
    private static final class Laps {
        private final StageTimings timings;
        private long last;

        Laps(StageTimings timings) {
            this.timings = timings;
            this.last = timings == null ? 0 : System.nanoTime();
        }

        void lap(String stage) {
            if (timings != null) {
                long now = System.nanoTime();
                timings.add(stage, now - last);
                last = now;
            }
        }
    }

    /**
     * Stops an extraction whose thread was interrupted (a caller's time budget ran out), at a
     * stage boundary or between the sentences and spans of a long stage.
     *
     * @throws CancellationException when the current thread was interrupted (the flag is cleared)
     */
    static void stopIfInterrupted() {
        InterruptLib.stopIfInterrupted();
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
        return p.toBuilder().published(date).build();
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
                        eventList.set(earlier, kept.toBuilder()
                                .date(kept.date() != null ? kept.date() : c.date())
                                .endDate(kept.endDate() != null ? kept.endDate() : c.endDate())
                                .location(kept.location() != null ? kept.location() : ref(c.location()))
                                .confidence(Math.max(kept.confidence(), round(c.confidence()))).build());
                    }
                    continue;
                }
                String ref = "v" + (eventList.size() + 1);
                happenings.put(key, eventList.size());
                eventRefs.put(c, ref);
                eventList.add(Event.create().ref(ref).cameo(c.cameo()).plover(codebook.plover(c.cameo()))
                        .quad(code.quad()).goldstein(code.goldstein()).source(src).target(tgt).date(c.date())
                        .endDate(c.endDate()).modality(c.modality().label()).location(ref(c.location()))
                        .evidence(new Evidence(prepared.text().substring(c.start(), c.end()), c.start(), c.end()))
                        .confidence(round(c.confidence())).build());
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
                claimList.add(Claim.create().ref("c" + (claimList.size() + 1)).speaker(speaker)
                        .onBehalfOf(ref(c.onBehalfOf())).quote(c.quote())
                        .text(prepared.text().substring(c.start(), c.end())).start(c.start()).end(c.end())
                        .about(refs(c.about())).asserts(asserted).date(date).reportedVia(via)
                        .primarySource(primary.isEmpty() ? null : primary.get(0)).build());
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
                entityList.add(Entity.create().ref(e.getValue()).type(a.type().name()).label(a.label())
                        .wikidata(a.wikidata()).country(a.country()).sector(a.sector()).role(a.role()).mentions(ms)
                        .build());
            }

            Article art = prepared.article();
            ArticleInfo info = ArticleInfo.create().id(art.id()).file(art.file()).language(lang)
                    .title(prepared.title())
                    .published(prepared.published() == null ? art.published() : prepared.published().toString())
                    .publisher(prepared.publisher()).reportedVia(prepared.reportedVia())
                    .primarySources(prepared.primarySources()).build();
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
                out.add(c.toBuilder().asserts(asserts).build());
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
                a = new Actor("org:outlet:" + NameNormalizer.fold(name).replace(' ', '-'), EntityType.Organization,
                        name, null, null, "MED", null);
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
                events.set(i, e.toBuilder().date(date).build());
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
            out.add(a.country() != null && a.type() != EntityType.Person ? a.country() : a.key());
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
