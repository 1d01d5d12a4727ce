package org.geokg.extract.claims;

import java.util.List;
import org.geokg.extract.analysis.ArticleAnalysis;
import org.geokg.extract.events.EventCandidate;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.extract.time.DateMention;

/** Finds reported and direct speech with its speaker, in each language. */
public interface ClaimExtractor {
    List<ClaimCandidate> find(PreparedText text, List<ActorMention> mentions, List<EventCandidate> events,
            List<DateMention> dates);

    /**
     * Claims of an article analysed once for all stages ({@link ArticleAnalysis}: its speech is
     * already found). By default from its prepared text and mentions.
     */
    default List<ClaimCandidate> find(ArticleAnalysis article, List<EventCandidate> events, List<DateMention> dates) {
        return find(article.prepared(), article.mentions(), events, dates);
    }
}
