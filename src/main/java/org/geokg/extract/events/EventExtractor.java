package org.geokg.extract.events;

import java.util.List;
import org.geokg.extract.analysis.ArticleAnalysis;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.extract.time.DateMention;

/** Finds CAMEO-coded events with their actors, dates and modality, sentence by sentence. */
public interface EventExtractor {
    List<EventCandidate> find(PreparedText text, List<ActorMention> mentions, List<DateMention> dates);

    /**
     * Events of an article analysed once for all stages ({@link ArticleAnalysis}: its speech is
     * already found). By default from its prepared text and mentions.
     */
    default List<EventCandidate> find(ArticleAnalysis article, List<DateMention> dates) {
        return find(article.prepared(), article.mentions(), dates);
    }
}
