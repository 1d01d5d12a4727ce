package org.geokg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.geokg.kg.model.Article;
import org.geokg.nlp.TextSpan;
import org.junit.jupiter.api.Test;

/** {@link PreparedText#toBuilder()}: a copy with one component changed keeps all the others. */
class PreparedTextBuilderTest {

    @Test
    void aCopyWithAPublicationDateKeepsEverythingElse() {
        Article a = new Article("t", "t.txt", null, null, null, "en", null, "Title\n\nBody text here.");
        PreparedText p = PreparedText.create().article(a).language("en").title("Title")
                .titleSpan(new TextSpan(0, 5)).reportedVia(List.of("AFP")).primarySources(List.of())
                .boilerplate(List.of()).body(List.of(new TextSpan(7, 22))).sentences(List.of(new TextSpan(7, 22)))
                .build();
        PreparedText dated = p.toBuilder().published(LocalDate.of(2024, 3, 4)).build();
        assertEquals(LocalDate.of(2024, 3, 4), dated.published());
        assertEquals(p, dated.toBuilder().published(null).build());
    }
}
