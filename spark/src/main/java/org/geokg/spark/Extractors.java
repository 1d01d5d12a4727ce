package org.geokg.spark;

import org.geokg.extract.Extractor;

/**
 * The extraction pipeline of this JVM (a Spark executor runs several tasks at once): built once,
 * on first use, and shared by every partition it then runs, as {@code geokg ingest} shares one
 * pipeline among its threads ({@link Extractor} is thread-safe). Thread-safe.
 *
 * <pre>{@code
 * ExtractionDocument doc = Extractors.get().extract(article);
 * }</pre>
 */
final class Extractors {
    private static Extractor pipeline;

    private Extractors() {
    }

    /** The pipeline; the first call builds it (seconds: models, gazetteers, lexicons). */
    static synchronized Extractor get() {
        if (pipeline == null) {
            pipeline = Extractor.createDefault();
        }
        return pipeline;
    }
}
