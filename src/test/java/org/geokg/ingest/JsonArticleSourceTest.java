package org.geokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geokg.kg.model.Article;
import org.junit.jupiter.api.Test;

class JsonArticleSourceTest {
    private final JsonArticleSource json = new JsonArticleSource();
    private final JsonLinesArticleSource jsonl = new JsonLinesArticleSource();

    @Test
    void readsOneObjectWithAllFields() {
        String text = "{\"id\":\"a1\",\"url\":\"https://n.org/a1\",\"title\":\"T\",\"published\":\"2021-08-12T09:00:00Z\","
                + "\"language\":\"Indonesian\",\"publisher\":\"Poros\",\"text\":\"Isi berita.\",\"extra\":{\"x\":1}}";
        List<SourceItem> items = json.read(new SourceText("in/a.json", "a.json", text));
        Article a = assertInstanceOf(SourceItem.Accepted.class, items.get(0)).article();
        assertEquals(new Article("a1", "a.json", "https://n.org/a1", "T", "2021-08-12", "id", "Poros", "Isi berita."),
                a);
    }

    @Test
    void readsAnArrayAndRejectsTheItemWithoutText() {
        String text = "[\n{\"id\":\"a\",\"text\":\"One.\"},\n{\"id\":\"b\",\"title\":\"no text\"},\n"
                + "{\"url\":\"https://n.org/c\",\"text\":\"Three.\"}\n]";
        List<SourceItem> items = json.read(new SourceText("a.json", "a.json", text));
        assertEquals(3, items.size());
        assertEquals("a", assertInstanceOf(SourceItem.Accepted.class, items.get(0)).article().id());
        SourceItem.Rejected r = assertInstanceOf(SourceItem.Rejected.class, items.get(1));
        assertEquals(3, r.line());
        assertTrue(r.reason().contains("\"text\""), r.reason());
        assertEquals("https://n.org/c", assertInstanceOf(SourceItem.Accepted.class, items.get(2)).article().id());
    }

    @Test
    void articleWithoutTextIsRejectedWithTheReason() {
        SourceItem item = json.read(new SourceText("a.json", "a.json", "{\"id\":\"x\",\"title\":\"T\"}")).get(0);
        assertEquals("JSON article without a \"text\" field",
                assertInstanceOf(SourceItem.Rejected.class, item).reason());
    }

    @Test
    void malformedJsonFileIsRejectedAsAWhole() {
        List<SourceItem> items = json.read(new SourceText("a.json", "a.json", "[{\"text\":\"a\"}, {\"text\": ]"));
        assertEquals(1, items.size());
        assertTrue(assertInstanceOf(SourceItem.Rejected.class, items.get(0)).reason().startsWith("malformed JSON"));
    }

    @Test
    void malformedLineInTheMiddleOfJsonLinesIsRejectedWithItsLineNumber() {
        String text = "{\"id\":\"1\",\"text\":\"First.\"}\n{\"id\":\"2\",\"text\":\"Sec\n\n{\"id\":\"3\",\"text\":\"Third.\"}\n";
        List<SourceItem> items = jsonl.read(new SourceText("a.jsonl", "a.jsonl", text));
        assertEquals(3, items.size());
        assertEquals("1", assertInstanceOf(SourceItem.Accepted.class, items.get(0)).article().id());
        SourceItem.Rejected r = assertInstanceOf(SourceItem.Rejected.class, items.get(1));
        assertEquals(2, r.line());
        assertTrue(r.reason().startsWith("malformed JSON on line 2"), r.reason());
        SourceItem.Accepted third = assertInstanceOf(SourceItem.Accepted.class, items.get(2));
        assertEquals(4, third.line());
        assertEquals("3", third.article().id());
    }

    @Test
    void badPublishedDateRejectsTheArticleNamingTheField() {
        SourceItem item = jsonl.read(new SourceText("a.jsonl", "a.jsonl",
                "{\"text\":\"x\",\"published\":\"yesterday\"}")).get(0);
        assertTrue(assertInstanceOf(SourceItem.Rejected.class, item).reason().startsWith("\"published\""));
    }

    @Test
    void unknownLanguageStaysForTheExtractorAndUndIsKept() {
        String text = "{\"id\":\"1\",\"language\":\"klingonese\",\"text\":\"a\"}\n{\"id\":\"2\",\"language\":\"und\",\"text\":\"b\"}";
        List<SourceItem> items = jsonl.read(new SourceText("a.jsonl", "a.jsonl", text));
        assertNull(assertInstanceOf(SourceItem.Accepted.class, items.get(0)).article().language());
        assertEquals("und", assertInstanceOf(SourceItem.Accepted.class, items.get(1)).article().language());
    }

    @Test
    void numericIdIsAccepted() {
        SourceItem item = jsonl.read(new SourceText("a.jsonl", "a.jsonl", "{\"id\":42,\"text\":\"x\"}")).get(0);
        assertEquals("42", assertInstanceOf(SourceItem.Accepted.class, item).article().id());
    }
}
