package org.geokg.ingest;

import java.util.List;
import org.geokg.kg.model.Article;

/**
 * Reads a plain-text article: the whole text is the article, exactly as read. A headline
 * first line becomes the title when the first non-empty line is short (under
 * {@value #MAX_TITLE_CHARS} chars), has at least {@value #MIN_TITLE_WORDS} words, does not end
 * like a sentence or a lead-in ({@code . : ; ,}), and more text follows it. The title stays in
 * the text, so offsets are unchanged. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<SourceItem> items = new PlainTextArticleSource().read(new SourceText("a.txt", "a.txt", text));
 * }</pre>
 */
public final class PlainTextArticleSource implements ArticleSource {
    /** A first line this long or longer is body text, not a headline. */
    public static final int MAX_TITLE_CHARS = 200;
    /** A headline has at least this many words (single words are page furniture: "Loading"). */
    public static final int MIN_TITLE_WORDS = 3;

    @Override
    public List<SourceItem> read(SourceText input) {
        String text = input.text();
        if (text.isBlank()) {
            return List.of(new SourceItem.Rejected(input.source(), null, "empty file (no text)"));
        }
        Article a = new Article(IngestLib.articleId(null, null, text), input.fileName(), null, headline(text),
                null, null, null, text);
        return List.of(new SourceItem.Accepted(input.source(), null, a));
    }

    /** The headline first line of {@code text}, or null when the first line is not one. */
    public static String headline(String text) {
        int start = 0;
        int n = text.length();
        while (start < n) {
            int eol = lineEnd(text, start);
            if (!text.substring(start, eol).isBlank()) {
                break;
            }
            start = nextLine(text, eol);
        }
        if (start >= n) {
            return null;
        }
        int eol = lineEnd(text, start);
        String line = text.substring(start, eol).strip();
        if (line.length() >= MAX_TITLE_CHARS || text.substring(nextLine(text, eol)).isBlank()) {
            return null;
        }
        char last = line.charAt(line.length() - 1);
        if (".:;,。".indexOf(last) >= 0) {
            return null;
        }
        int words = 0;
        for (String w : line.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words >= MIN_TITLE_WORDS ? line : null;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int eol) {
        if (eol < text.length() && text.charAt(eol) == '\r') {
            eol++;
        }
        if (eol < text.length() && text.charAt(eol) == '\n') {
            eol++;
        }
        return eol;
    }
}
