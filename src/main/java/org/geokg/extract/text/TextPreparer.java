package org.geokg.extract.text;

import org.geokg.kg.model.Article;

/** Language identification, boilerplate, headline, dateline, credits and sentences. */
public interface TextPreparer {
    PreparedText prepare(Article article);
}
