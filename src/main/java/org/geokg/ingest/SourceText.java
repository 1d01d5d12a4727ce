package org.geokg.ingest;

import java.util.Objects;

/**
 * One input decoded to text, handed to an {@link ArticleSource}.
 *
 * @param source   the path as given or found (used in rejects), or {@code -} for stdin
 * @param fileName the file name without directory (becomes {@code Article.file}), or null for stdin
 * @param text     the whole content, decoded as strict UTF-8, without a byte order mark
 */
public record SourceText(String source, String fileName, String text) {
    public SourceText {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
