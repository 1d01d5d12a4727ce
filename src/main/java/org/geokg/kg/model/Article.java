package org.geokg.kg.model;

/**
 * One input article as read by {@code ingest}: metadata and the text exactly as
 * read. All offsets anywhere in geokg count UTF-16 chars into {@link #text()}.
 *
 * <pre>{@code
 * Article a = new Article("id-1", "a.txt", null, "Title", "2021-08-12", null, "Fars", text);
 * }</pre>
 *
 * @param id        stable id (given id, else URL, else hash of the normalized text); never null
 * @param file      name of the source file (no directory), or null
 * @param url       URL of the article, or null
 * @param title     title given by the input, or null (the extractor may find a headline)
 * @param published ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or null
 * @param language  ISO 639-1 code given by the input, or null (the extractor identifies it)
 * @param publisher publisher or site name given by the input, or null
 * @param text      the article text exactly as read; never null
 */
public record Article(String id, String file, String url, String title, String published,
        String language, String publisher, String text) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id is required");
        }
        if (text == null) {
            throw new IllegalArgumentException("article text is required: " + id);
        }
    }

    /** A copy with another language. */
    public Article withLanguage(String lang) {
        return new Article(id, file, url, title, published, lang, publisher, text);
    }
}
