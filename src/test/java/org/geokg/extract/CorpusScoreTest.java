package org.geokg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.extract.claims.ClaimCandidate;
import org.geokg.extract.claims.SpeechClaimExtractor;
import org.geokg.extract.eval.EvalDocument;
import org.geokg.extract.eval.EvalReport;
import org.geokg.extract.eval.GoldLoader;
import org.geokg.extract.eval.Scorer;
import org.geokg.extract.events.EventCandidate;
import org.geokg.extract.events.LexiconEventExtractor;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.extract.time.DateMention;
import org.geokg.kg.model.EntityType;
import org.geokg.testlib.DevCorpus;
import org.geokg.testlib.ExpectedCounts;
import org.junit.jupiter.api.Test;

/**
 * The event and claim stages alone on the dev corpus: mentions come from the gold entities
 * (labels, aliases, first and last name of persons), so the counts measure these two stages,
 * scored by the eval {@link Scorer} per split against the exact counts of corpus-expected.tsv.
 * The errors of tune articles go to stderr. Skipped when the corpus is absent.
 */
class CorpusScoreTest {
    private static final String TEST = "CorpusScoreTest";
    private static final String GOLD_KEY = "gold:";

    @Test
    void eventAndClaimCountsWithGoldMentionsAreTheExpectedOnes() {
        DevCorpus corpus = DevCorpus.require();
        List<Scorer.Pair> pairs = new ArrayList<>();
        for (GoldLoader.GoldArticle a : corpus.articles()) {
            EvalDocument g = a.gold();
            EvalDocument gold = new EvalDocument(g.file(), g.language(), a.text(), g.entities(), g.events(),
                    g.claims(), List.of());
            pairs.add(new Scorer.Pair(gold, predict(a, corpus.goldJson(a)), a.split()));
        }
        EvalReport r = new Scorer().score(pairs);
        DevCorpus.printTuneErrors(TEST, r);
        DevCorpus.printScores(TEST, r);
        ExpectedCounts.assertExpected(TEST, ExpectedCounts.rows(TEST, r,
                List.of("events", "events-strict", "claims", "modality")));
    }

    /** The events and claims the two stages find with the gold entities as the only mentions. */
    private static EvalDocument predict(GoldLoader.GoldArticle a, JsonNode gold) {
        String text = a.text();
        JsonNode art = gold.path("article");
        String lang = art.path("language").asText();
        String date = art.path("published").asText("");
        LocalDate published = date.length() == 10 ? LocalDate.parse(date) : null;
        List<Object> names = new ArrayList<>();
        for (JsonNode e : gold.path("entities")) {
            Actor actor = new Actor(GOLD_KEY + e.path("ref").asText(), EntityType.valueOf(e.path("type").asText()),
                    e.path("label").asText(), null, e.hasNonNull("country") ? e.get("country").asText() : null,
                    e.hasNonNull("sector") ? e.get("sector").asText() : null, null);
            Set<String> ns = new LinkedHashSet<>();
            ns.add(actor.label());
            e.path("aliases").forEach(x -> ns.add(x.asText()));
            if (actor.type() == EntityType.Person) {
                String[] parts = actor.label().split(" ");
                if (parts.length > 1) {
                    ns.add(parts[0]);
                    ns.add(parts[parts.length - 1]);
                }
            }
            for (String n : ns) {
                if (n.length() >= 2) {
                    names.add(n);
                    names.add(actor);
                }
            }
        }
        PreparedText p = TextFixtures.prepared(text, lang, published);
        List<ActorMention> ms = TextFixtures.mentions(text, names.toArray());
        List<DateMention> ds = TextFixtures.years(text);
        List<EventCandidate> evs = LexiconEventExtractor.create().find(p, ms, ds);
        List<ClaimCandidate> cls = SpeechClaimExtractor.create().find(p, ms, evs, ds);
        Map<String, EvalDocument.Entity> entities = new LinkedHashMap<>(a.gold().entities());
        List<EvalDocument.Event> events = new ArrayList<>();
        for (EventCandidate e : evs) {
            events.add(new EvalDocument.Event(null, e.cameo(), List.of(), refs(e.source(), entities),
                    refs(e.target(), entities), e.date(), e.modality().label(),
                    new EvalDocument.Span(text.substring(e.start(), e.end()), e.start(), e.end()), false));
        }
        List<EvalDocument.Claim> claims = new ArrayList<>();
        for (ClaimCandidate c : cls) {
            claims.add(new EvalDocument.Claim(null, refs(List.of(c.speaker()), entities).get(0),
                    new EvalDocument.Span(text.substring(c.start(), c.end()), c.start(), c.end()), false));
        }
        return new EvalDocument(a.gold().file(), lang, text, entities, events, claims, List.of());
    }

    /** The refs of actors: the gold ref for a gold actor, else its key, added to {@code entities}. */
    private static List<String> refs(List<Actor> actors, Map<String, EvalDocument.Entity> entities) {
        List<String> out = new ArrayList<>();
        for (Actor a : actors) {
            String ref = a.key().startsWith(GOLD_KEY) ? a.key().substring(GOLD_KEY.length()) : a.key();
            entities.putIfAbsent(ref, new EvalDocument.Entity(ref, a.type().name(), a.label(), a.wikidata(),
                    a.country(), List.of(), null, false));
            out.add(ref);
        }
        return out;
    }
}
