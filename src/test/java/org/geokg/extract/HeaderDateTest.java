package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderDateTest {
    private static final RuleBasedExtractor X = RuleBasedExtractor.create();

    private static ExtractionDocument extract(String text, String lang) {
        return X.extract(new Article("t", "t.txt", null, null, null, lang, null, text));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        id | 3 Maret 2019 08:10 WIB          | 2019-03-03
        ms | Mac 14, 2023 09:15 MYT          | 2023-03-14
        en | Reuters, June 5, 2018           | 2018-06-05
        """)
    void dateLineUnderTheHeadlineIsThePublicationDate(String lang, String dateLine, String published) {
        String text = "Ministers Hold Talks On Trade Ties In The Capital\n" + dateLine + "\n"
                + "Menteri luar negeri kedua negara bertemu di ibu kota untuk membahas kerja sama ekonomi dan "
                + "perdagangan yang lebih erat pada tahun ini.\n";
        assertEquals(published, extract(text, lang).article().published());
    }

    @Test
    void dateInTheLedeIsNoPublicationDate() {
        String text = "Ministers Hold Talks On Trade Ties\n"
                + "The foreign ministers of both countries met in the capital on 3 March 2019 to discuss "
                + "closer economic cooperation.\n";
        assertNull(extract(text, "en").article().published());
    }

    @Test
    void givenPublicationDateIsKept() {
        String text = "Ministers Hold Talks\n3 March 2019\nThe foreign ministers of both countries met in the "
                + "capital to discuss closer economic cooperation this year.\n";
        ExtractionDocument d = X.extract(new Article("t", "t.txt", null, null, "2020-01-02", "en", null, text));
        assertEquals("2020-01-02", d.article().published());
    }
}
