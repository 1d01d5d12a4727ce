package org.geokg.spark;

import java.io.Serializable;
import org.geokg.store.ShardLib;

/**
 * What became of one article: its shard (and the text written for it), or its rejection.
 * Immutable; serializable for Spark's shuffles.
 */
final class Outcome implements Serializable {
    private static final long serialVersionUID = 1L;

    final long file;
    final long line;
    final String source;
    final Integer sourceLine;
    final String reason;
    final ShardLib.ArticleShard shard;
    final String text;

    private Outcome(InputRow row, String reason, ShardLib.ArticleShard shard, String text) {
        this.file = row.file;
        this.line = row.line;
        this.source = row.source;
        this.sourceLine = row.sourceLine;
        this.reason = reason;
        this.shard = shard;
        this.text = text;
    }

    static Outcome stored(InputRow row, ShardLib.ArticleShard shard, String text) {
        return new Outcome(row, null, shard, text);
    }

    static Outcome rejected(InputRow row, String reason) {
        return new Outcome(row, reason, null, null);
    }

    boolean isRejected() {
        return reason != null;
    }

    /** True when this outcome comes later in the input order than {@code other}. */
    boolean after(Outcome other) {
        return file != other.file ? file > other.file : line > other.line;
    }

    /** The reject as a TSV line (source, line, reason), as {@code geokg ingest} writes its rejects file. */
    String rejectTsv() {
        return tsv(source) + "\t" + (sourceLine == null ? "" : sourceLine) + "\t" + tsv(reason);
    }

    private static String tsv(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
