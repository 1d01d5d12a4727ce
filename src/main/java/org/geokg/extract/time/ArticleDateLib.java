package org.geokg.extract.time;

import java.util.List;
import org.geokg.extract.RuleBasedExtractor;
import org.geokg.extract.text.PreparedText;
import org.geokg.nlp.TextSpan;

/**
 * The date of an article as its events inherit it: the publication date (given, or read from a
 * dateline or page header by {@link RuleBasedExtractor}); without one, the day the lede names (the
 * first full calendar day, written out, in the first body sentence of
 * {@value #LEDE_MIN_WORDS} words or more: "... di Beijing, Selasa, 26 Juli 2022").
 *
 * <pre>{@code
 * String day = ArticleDateLib.articleDate(prepared, dateMentions); // "2022-07-26" or null
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleDateLib {
    /** A body sentence shorter than this is header furniture, not the lede. */
    static final int LEDE_MIN_WORDS = 8;

    private ArticleDateLib() {
    }

    /** ISO day (YYYY-MM-DD) of the article, or null. */
    public static String articleDate(PreparedText p, List<DateMention> dates) {
        if (p.published() != null) {
            return p.published().toString();
        }
        TextSpan lede = null;
        for (TextSpan s : p.sentences()) {
            if (s.of(p.text()).strip().split("\\s+").length >= LEDE_MIN_WORDS) {
                lede = s;
                break;
            }
        }
        if (lede == null) {
            return null;
        }
        for (DateMention d : dates) {
            if (d.start() >= lede.start() && d.end() <= lede.end() && !d.relative() && !d.historical()
                    && d.endDate() == null && d.date() != null && d.date().length() == 10) {
                return d.date();
            }
        }
        return null;
    }
}
