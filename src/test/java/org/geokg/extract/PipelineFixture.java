package org.geokg.extract;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.ExtractionDocument;

/**
 * The default pipeline, built once for all test classes of the test JVM (it is immutable and
 * thread-safe), with the helpers the per-language extraction tests share.
 */
final class PipelineFixture {
    private static final class Holder {
        static final Extractor PIPELINE = Extractor.createDefault();
    }

    private PipelineFixture() {
    }

    static Extractor pipeline() {
        return Holder.PIPELINE;
    }

    /** Extracts a short text given in {@code lang} (no title, no publication date). */
    static ExtractionDocument run(String lang, String text) {
        return pipeline().extract(new Article("t-" + lang, "t.txt", null, null, null, lang, null, text));
    }

    static Map<String, Entity> byRef(ExtractionDocument d) {
        return d.entities().stream().collect(Collectors.toMap(Entity::ref, Function.identity()));
    }
}
