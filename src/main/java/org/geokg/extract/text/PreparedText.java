package org.geokg.extract.text;

import java.time.LocalDate;
import java.util.List;
import org.geokg.kg.model.Article;
import org.geokg.nlp.TextSpan;

/**
 * The article after text preparation, ready for the finders. Nothing is rewritten:
 * boilerplate and the article block are marked by spans over the original text.
 *
 * @param article         the article as read
 * @param language        ISO 639-1 ("und" when unknown)
 * @param title           headline (given or detected) or null
 * @param titleSpan       where the detected headline is in the text, or null
 * @param published       publication date (given, or from a dateline), or null
 * @param publisher       publisher/site name (given or from the dateline), or null
 * @param reportedVia     outlets the article credits ("Dilansir Fars" gives "Fars")
 * @param primarySources  original sources ("wawancara dengan kantor berita TASS" gives "TASS")
 * @param boilerplate     spans of page furniture to ignore (navigation, "Tags:", comment forms,
 *                        repeated headline, dateline)
 * @param body            spans of body paragraphs (text minus boilerplate and headline)
 * @param sentences       sentence spans inside the body, in order
 */
public record PreparedText(Article article, String language, String title, TextSpan titleSpan,
        LocalDate published, String publisher, List<String> reportedVia, List<String> primarySources,
        List<TextSpan> boilerplate, List<TextSpan> body, List<TextSpan> sentences) {

    public String text() {
        return article.text();
    }
}
