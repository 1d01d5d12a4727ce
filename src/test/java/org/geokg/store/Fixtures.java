package org.geokg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ArticleInfo;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.Evidence;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.Mention;
import org.geokg.sys.SysGeoKg;

/** Small synthetic articles and extractions for store and server tests (no corpus text). */
public final class Fixtures {
    private static final Map<String, String[]> COUNTRIES = new LinkedHashMap<>();

    static {
        COUNTRIES.put("PRK", new String[] {"North Korea", "Q423"});
        COUNTRIES.put("RUS", new String[] {"Russia", "Q159"});
        COUNTRIES.put("CHN", new String[] {"China", "Q148"});
        COUNTRIES.put("USA", new String[] {"United States", "Q30"});
        COUNTRIES.put("IDN", new String[] {"Indonesia", "Q252"});
    }

    private Fixtures() {
    }

    /** One event "source did cameo to target" in an article of its own. */
    public record Spec(String id, String published, String cameo, String source, String target, String eventDate) {
    }

    public static Spec spec(String id, String published, String cameo, String source, String target,
            String eventDate) {
        return new Spec(id, published, cameo, source, target, eventDate);
    }

    public static Article article(Spec s) {
        return new Article(s.id(), s.id() + ".txt", null, "Report " + s.id(), s.published(), "en", "Test Wire",
                text(s, 0));
    }

    public static ExtractionDocument doc(Spec s) {
        return doc(s, 1);
    }

    /** The extraction with {@code repeats} copies of the event (same article, e.g. headline and body). */
    public static ExtractionDocument doc(Spec s, int repeats) {
        String text = text(s, 0);
        String[] src = COUNTRIES.get(s.source());
        String[] tgt = COUNTRIES.get(s.target());
        List<Entity> entities = new ArrayList<>();
        int srcStart = text.indexOf(src[0]);
        int tgtStart = text.indexOf(tgt[0], srcStart + src[0].length());
        entities.add(new Entity("e1", "Country", src[0], src[1], s.source(), null, null, null,
                List.of(new Mention(src[0], srcStart, srcStart + src[0].length()))));
        entities.add(new Entity("e2", "Country", tgt[0], tgt[1], s.target(), null, null, null,
                List.of(new Mention(tgt[0], tgtStart, tgtStart + tgt[0].length()))));
        List<Event> events = new ArrayList<>();
        int end = text.indexOf('.') + 1;
        for (int i = 1; i <= repeats; i++) {
            events.add(new Event("v" + i, s.cameo(), null, 1, 1.0, List.of("e1"), List.of("e2"), s.eventDate(), null,
                    "asserted", null, new Evidence(text.substring(0, end), 0, end), 0.8));
        }
        ArticleInfo info = new ArticleInfo(s.id(), s.id() + ".txt", "en", "Report " + s.id(), s.published(),
                "Test Wire", List.of(), List.of());
        return new ExtractionDocument(SysGeoKg.EXTRACTION_SCHEMA, info, entities, events, List.of(), List.of());
    }

    /** The extraction with the source state replaced by a person of that state. */
    public static ExtractionDocument docWithPersonSource(Spec s) {
        ExtractionDocument d = doc(s);
        List<Entity> entities = new ArrayList<>(d.entities());
        Entity state = entities.get(0);
        entities.set(0, new Entity("e1", "Person", "Official of " + state.label(), null, state.country(), "GOV",
                "minister", null, state.mentions()));
        return new ExtractionDocument(d.schema(), d.article(), entities, d.events(), d.claims(), d.quantities());
    }

    private static String text(Spec s, int variant) {
        return COUNTRIES.get(s.source())[0] + " acted (CAMEO " + s.cameo() + ") towards "
                + COUNTRIES.get(s.target())[0] + ". Story " + s.id() + (variant > 0 ? " v" + variant : "") + ".";
    }

    /** The i-th article of a generated batch: varied dyads, codes and dates. */
    public static Spec generated(int i) {
        String[] codes = {"030", "036", "042", "057", "112", "173", "190"};
        String[] isos = COUNTRIES.keySet().toArray(new String[0]);
        String src = isos[i % isos.length];
        String tgt = isos[(i + 1 + i / isos.length) % isos.length];
        if (tgt.equals(src)) {
            tgt = isos[(i + 2) % isos.length];
        }
        String day = String.format("2024-%02d-%02d", 1 + (i / 28) % 12, 1 + i % 28);
        return new Spec("gen-" + i, day, codes[i % codes.length], src, tgt, i % 3 == 0 ? null : day);
    }
}
