package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.Claim;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.Quantity;

/**
 * The default pipeline, built once for all test classes of the test JVM (it is immutable and
 * thread-safe), with the helpers the per-language extraction tests share.
 */
public final class PipelineFixture {
    private static final class Holder {
        static final Extractor PIPELINE = Extractor.createDefault();
    }

    private PipelineFixture() {
    }

    public static Extractor pipeline() {
        return Holder.PIPELINE;
    }

    /** Extracts a short text given in {@code lang} (no title, no publication date). */
    public static ExtractionDocument run(String lang, String text) {
        return pipeline().extract(new Article("t-" + lang, "t.txt", null, null, null, lang, null, text));
    }

    /** The state of a quantity's owner, "-" when it has none (an owner with no state gives null). */
    public static String quantityOwner(ExtractionDocument d, Quantity q) {
        Map<String, Entity> es = byRef(d);
        return q.about() == null || es.get(q.about()) == null ? "-" : es.get(q.about()).country();
    }

    /** {@link #quantityOwner} of the one quantity of {@code value} (fails unless exactly one has it). */
    public static String quantityOwner(ExtractionDocument d, String value) {
        List<Quantity> qs = d.quantities().stream().filter(q -> q.value().compareTo(new BigDecimal(value)) == 0)
                .toList();
        assertEquals(1, qs.size(), () -> value + " in " + d.quantities());
        return quantityOwner(d, qs.get(0));
    }

    /** The speaker of the one claim whose text contains {@code words} (fails unless exactly one does). */
    public static Entity speakerOf(ExtractionDocument d, String words) {
        List<Claim> cs = d.claims().stream().filter(c -> c.text().contains(words)).toList();
        assertEquals(1, cs.size(), () -> "claims with '" + words + "': " + d.claims());
        return byRef(d).get(cs.get(0).speaker());
    }

    /**
     * Extracts {@code text} (" ¶ " a paragraph break) and checks the speaker of the one claim
     * holding {@code words}: by label, or written "=Type:ISO3" by entity type and country.
     */
    public static void assertSpeaker(String lang, String text, String words, String speaker) {
        Entity sp = speakerOf(run(lang, text.replace(" ¶ ", "\n\n")), words);
        if (speaker.startsWith("=")) {
            String[] typeAndCountry = speaker.substring(1).split(":");
            assertEquals(typeAndCountry[0], sp.type(), () -> "speaker " + sp);
            assertEquals(typeAndCountry[1], sp.country(), () -> "speaker " + sp);
        } else {
            assertEquals(speaker, sp.label(), () -> "speaker " + sp);
        }
    }

    public static Map<String, Entity> byRef(ExtractionDocument d) {
        return d.entities().stream().collect(Collectors.toMap(Entity::ref, Function.identity()));
    }
}
