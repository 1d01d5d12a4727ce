package org.geokg.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.geokg.extract.Extractor;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ArticleInfo;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.sys.SysGeoKg;

/**
 * A stand-in pipeline for testing the command plumbing: an empty extraction document that
 * carries the article's metadata; fails for texts containing {@code FAIL-EXTRACTION}.
 * Records every article it saw.
 */
final class FakeExtractor implements Extractor {
    final List<Article> seen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public ExtractionDocument extract(Article a) {
        seen.add(a);
        if (a.text().contains("FAIL-EXTRACTION")) {
            throw new IllegalStateException("fake pipeline cannot handle this text");
        }
        ArticleInfo info = new ArticleInfo(a.id(), a.file(), a.language() == null ? "und" : a.language(), a.title(),
                a.published(), a.publisher(), List.of(), List.of());
        return new ExtractionDocument(SysGeoKg.EXTRACTION_SCHEMA, info, List.of(), List.of(), List.of(), List.of());
    }
}
