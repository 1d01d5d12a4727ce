package org.geokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.geokg.kg.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextArticleSourceTest {
    private final PlainTextArticleSource source = new PlainTextArticleSource();

    private Article read(String text) {
        List<SourceItem> items = source.read(new SourceText("dir/a.txt", "a.txt", text));
        assertEquals(1, items.size());
        return assertInstanceOf(SourceItem.Accepted.class, items.get(0)).article();
    }

    @Test
    void keepsTheTextExactlyAsRead() {
        String text = "Headline of the Day Here\r\n\r\nBody  text.\twith tabs\n";
        assertEquals(text, read(text).text());
    }

    @Test
    void shortFirstLineFollowedByBodyBecomesTheTitle() {
        Article a = read("\n  Russia and North Korea sign a new deal  \nPyongyang - Putin signed a treaty.\n");
        assertEquals("Russia and North Korea sign a new deal", a.title());
    }

    @Test
    void headlineFollowedByBlankLineBecomesTheTitle() {
        assertEquals("Menteri Luar China lawat Malaysia mulai Isnin",
                read("Menteri Luar China lawat Malaysia mulai Isnin\n\nPUTRAJAYA - Menteri Luar akan menerima.")
                        .title());
    }

    @ParameterizedTest(name = "no title: {0}")
    @CsvSource(delimiter = '|', value = {
        "first line ends with a period | This is a full sentence that ends here.\\nMore text.",
        "single word page furniture | Loading\\n\\nKorut Siap Perkuat Kerja Sama\\n\\nBody text.",
        "lead-in ending with a colon | Here is what was said today:\\nMore text.",
        "only one line | Just a short line without more"
    })
    void firstLineThatIsNotAHeadlineGivesNoTitle(String label, String text) {
        assertNull(read(text.replace("\\n", "\n")).title());
    }

    @Test
    void longFirstLineIsBodyNotTitle() {
        String longLine = "word ".repeat(50).strip();
        assertNull(read(longLine + "\n\nMore text.").title());
    }

    @Test
    void idIsAHashOfTheNormalizedText() {
        Article a = read("Same  text\nhere.");
        Article b = read("Same text here.");
        assertEquals(a.id(), b.id());
        assertEquals(IngestLib.HASH_ID_LENGTH, a.id().length());
        assertEquals("a.txt", a.file());
    }

    @Test
    void blankTextIsRejected() {
        SourceItem item = source.read(new SourceText("a.txt", "a.txt", " \n\t\n")).get(0);
        assertInstanceOf(SourceItem.Rejected.class, item);
    }
}
