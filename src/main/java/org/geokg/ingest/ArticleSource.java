package org.geokg.ingest;

import java.util.List;

/**
 * Turns the text of one input into articles or rejections. One implementation per format
 * ({@link PlainTextArticleSource}, {@link HtmlArticleSource}, {@link JsonArticleSource},
 * {@link JsonLinesArticleSource}); {@link ArticleReader} picks one per file. Implementations
 * are stateless and thread-safe, and never throw for bad content: they return a
 * {@link SourceItem.Rejected} naming the reason.
 *
 * <pre>{@code
 * List<SourceItem> items = new PlainTextArticleSource().read(new SourceText("a.txt", "a.txt", text));
 * }</pre>
 */
public interface ArticleSource {

    /** Reads every article in {@code input}, in input order. */
    List<SourceItem> read(SourceText input);
}
