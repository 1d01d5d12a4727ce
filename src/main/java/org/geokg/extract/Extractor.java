package org.geokg.extract;

import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;

/**
 * Turns one article into an extraction document: entities, events, claims and
 * quantities with offsets into the original text. Implementations are built once
 * (models and gazetteers loaded at construction) and are safe to share across threads.
 *
 * <pre>{@code
 * Extractor x = Extractor.createDefault();
 * ExtractionDocument doc = x.extract(article);
 * }</pre>
 */
public interface Extractor {

    /** Extracts everything the pipeline finds. Never throws for odd text: degrades to fewer facts. */
    ExtractionDocument extract(Article article);

    /**
     * Extracts as {@link #extract(Article)} and adds the time of each stage to {@code timings}.
     * By default the whole extraction is one stage, "extract".
     */
    default ExtractionDocument extract(Article article, StageTimings timings) {
        long t = System.nanoTime();
        ExtractionDocument doc = extract(article);
        timings.add("extract", System.nanoTime() - t);
        return doc;
    }

    /** The default pipeline (all bundled languages). Expensive: build once, reuse. */
    static Extractor createDefault() {
        return RuleBasedExtractor.create();
    }
}
