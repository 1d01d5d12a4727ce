package org.geokg.ingest;

import java.util.Objects;
import org.geokg.kg.model.Article;

/**
 * What reading one input yields: an article, or a rejection with its reason. Every input
 * ends as one or more items, so a run can account for all of them.
 *
 * <pre>{@code
 * for (SourceItem item : reader.read(file)) {
 *     if (item instanceof SourceItem.Accepted a) {
 *         store(a.article());
 *     } else if (item instanceof SourceItem.Rejected r) {
 *         rejects.add(r);
 *     }
 * }
 * }</pre>
 */
public sealed interface SourceItem permits SourceItem.Accepted, SourceItem.Rejected {

    /** Where the item came from: the path as given or found, or {@code -} for stdin. */
    String source();

    /** 1-based line of the item in a JSON Lines or JSON file, or null. */
    Integer line();

    /** An article read successfully. */
    record Accepted(String source, Integer line, Article article) implements SourceItem {
        public Accepted {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(article, "article");
        }
    }

    /** An input that cannot become an article, with the reason in words. */
    record Rejected(String source, Integer line, String reason) implements SourceItem {
        public Rejected {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
