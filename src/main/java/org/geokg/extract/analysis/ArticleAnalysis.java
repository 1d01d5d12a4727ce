package org.geokg.extract.analysis;

import java.util.List;
import org.geokg.extract.lexicon.LanguageDataSet;
import org.geokg.extract.lexicon.SupportedLanguages;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;

/**
 * One article analysed once for the stages after the mentions: its {@link ArticleView}
 * (paragraphs, sentences, tokens, mentions in text order) and its attributed speech, found
 * once by {@link SpeechFinder} and handed to both the event stage (speech verbs, speakers as
 * sources) and the claim stage (the claims themselves), as CoreNLP hands one
 * {@code Annotation} from annotator to annotator.
 *
 * <pre>{@code
 * ArticleAnalysis a = ArticleAnalysis.of(prepared, mentions, SupportedLanguages.current().data());
 * List<EventCandidate> events = eventExtractor.find(a, dates);
 * List<ClaimCandidate> claims = claimExtractor.find(a, events, dates);
 * }</pre>
 *
 * One per article; not thread-safe (the view caches tokens): the stages of one article run
 * one after the other on one thread.
 *
 * @param prepared the prepared text
 * @param mentions the actor mentions as the mention stage found them
 * @param view     the article view built from both
 * @param speech   the attributed statements in text order; empty when the language has no lexicons
 */
public record ArticleAnalysis(PreparedText prepared, List<ActorMention> mentions, ArticleView view,
        List<SpeechFinder.Speech> speech) {

    public ArticleAnalysis {
        mentions = List.copyOf(mentions);
        speech = List.copyOf(speech);
    }

    /** {@link #of(PreparedText, List, LanguageDataSet)} with the bundled languages' data. */
    public static ArticleAnalysis of(PreparedText prepared, List<ActorMention> mentions) {
        return of(prepared, mentions, SupportedLanguages.current().data());
    }

    /**
     * Builds the view and finds the speech of one article (none in a language without lexicons),
     * with the lexicons of the article's language taken from {@code languages}.
     */
    public static ArticleAnalysis of(PreparedText prepared, List<ActorMention> mentions, LanguageDataSet languages) {
        ArticleView v = new ArticleView(prepared, mentions, languages);
        return new ArticleAnalysis(prepared, mentions, v, v.lang == null ? List.of() : new SpeechFinder(v).find());
    }
}
