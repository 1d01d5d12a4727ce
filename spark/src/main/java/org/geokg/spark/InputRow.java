package org.geokg.spark;

import java.io.Serializable;
import org.geokg.ingest.SourceItem;
import org.geokg.kg.model.Article;

/**
 * One item read from the input, as it travels between Spark tasks: an article's fields or a
 * rejection's reason, with where it came from and its place in the input order ({@code file},
 * {@code line}: the order {@code geokg ingest} reads in, which decides which of two articles
 * with the same id is kept). Immutable; serializable for Spark's shuffles.
 */
final class InputRow implements Serializable {
    private static final long serialVersionUID = 1L;

    final long file;
    final long line;
    final String source;
    final Integer sourceLine;
    final String reason;
    private final String[] fields;

    private InputRow(long file, long line, String source, Integer sourceLine, String reason, String[] fields) {
        this.file = file;
        this.line = line;
        this.source = source;
        this.sourceLine = sourceLine;
        this.reason = reason;
        this.fields = fields;
    }

    /** The row of a read item; {@code line} orders the items of one file. */
    static InputRow of(long file, long line, SourceItem item) {
        if (item instanceof SourceItem.Rejected r) {
            return rejected(file, line, r.source(), r.line(), r.reason());
        }
        SourceItem.Accepted a = (SourceItem.Accepted) item;
        Article x = a.article();
        return new InputRow(file, line, a.source(), a.line(), null, new String[] {x.id(), x.file(), x.url(), x.title(),
            x.published(), x.language(), x.publisher(), x.text()});
    }

    static InputRow rejected(long file, long line, String source, Integer sourceLine, String reason) {
        return new InputRow(file, line, source, sourceLine, reason, null);
    }

    boolean isRejected() {
        return reason != null;
    }

    Article article() {
        return new Article(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7]);
    }

    /** "source:line" as rejects and messages name an item. */
    String where() {
        return source + (sourceLine == null ? "" : ":" + sourceLine);
    }
}
