package org.geokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.kg.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleSourceTest {
    private final HtmlArticleSource source = new HtmlArticleSource();

    private Article read(String html) {
        SourceItem item = source.read(new SourceText("p/a.html", "a.html", html)).get(0);
        return assertInstanceOf(SourceItem.Accepted.class, item, item.toString()).article();
    }

    private static final String PAGE = """
            <!DOCTYPE html><html lang="id"><head>
            <title>Korut Siap | Poros</title>
            <meta property="og:title" content="Korut Siap Perkuat Kerja Sama">
            <meta property="og:site_name" content="Poros Perlawanan">
            <meta property="article:published_time" content="2021-08-12T10:00:00+07:00">
            <link rel="canonical" href="https://example.org/korut">
            <style>p { color: red }</style><script>var secret = "script text";</script>
            </head><body>
            <header><nav><a href="/">Beranda</a> <a href="/asia">Asia</a></nav></header>
            <article>
              <h1>Korut Siap Perkuat Kerja Sama</h1>
              <p>POROS PERLAWANAN &ndash; Dilansir   Fars, Korut meminta
                 bantuan dari Rusia.</p>
              <p>Dubes Korut di Rusia mengatakan<br>Pyongyang berniat.</p>
              <aside>Baca juga: berita lain</aside>
              <form><input name="q"> Cari</form>
            </article>
            <footer>Hak cipta 2021</footer>
            </body></html>
            """;

    @Test
    void mainTextIsTheArticleWithoutFurniture() {
        Article a = read(PAGE);
        assertEquals("Korut Siap Perkuat Kerja Sama\n\n"
                + "POROS PERLAWANAN \u2013 Dilansir Fars, Korut meminta bantuan dari Rusia.\n\n"
                + "Dubes Korut di Rusia mengatakan\nPyongyang berniat.", a.text());
    }

    @Test
    void metadataComesFromOpenGraphAndCanonicalLink() {
        Article a = read(PAGE);
        assertEquals("Korut Siap Perkuat Kerja Sama", a.title());
        assertEquals("2021-08-12", a.published());
        assertEquals("Poros Perlawanan", a.publisher());
        assertEquals("https://example.org/korut", a.url());
        assertEquals("https://example.org/korut", a.id());
        assertEquals("id", a.language());
        assertEquals("a.html", a.file());
    }

    @Test
    void withoutArticleElementTheLargestParagraphBlockWins() {
        Article a = read("<html><head><title>Plain Title</title></head><body>"
                + "<div class='menu'><p>Home</p><p>About</p></div>"
                + "<div class='content'><p>The first paragraph of the story is long enough.</p>"
                + "<p>The second paragraph follows.</p></div>"
                + "<div><time datetime='2024-06-19T08:00'>19 June</time></div></body></html>");
        assertEquals("The first paragraph of the story is long enough.\n\nThe second paragraph follows.", a.text());
        assertEquals("Plain Title", a.title());
        assertEquals("2024-06-19", a.published());
    }

    @Test
    void schemaOrgJsonLdGivesDateAndPublisher() {
        Article a = read("<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-05-20\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Sputnik\"}}]}</script></head>"
                + "<body><main><h1>China Summons Ambassador</h1><p>Body.</p></main></body></html>");
        assertEquals("2023-05-20", a.published());
        assertEquals("Sputnik", a.publisher());
        assertEquals("China Summons Ambassador", a.title());
    }

    @Test
    void pageWithoutTextIsRejected() {
        SourceItem item = source.read(new SourceText("a.html", "a.html",
                "<html><body><nav>Menu</nav><script>x()</script></body></html>")).get(0);
        assertEquals("no article text found in the HTML page",
                assertInstanceOf(SourceItem.Rejected.class, item).reason());
    }

    @Test
    void externalEntityDoctypeReadsNoFileAndOpensNoConnection(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        try (ServerSocket listener = new ServerSocket(0)) {
            String html = "<!DOCTYPE html [\n"
                    + "<!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                    + "<!ENTITY passwd SYSTEM \"file:///etc/passwd\">\n"
                    + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + listener.getLocalPort() + "/x.dtd\">\n"
                    + "]>\n<html><body><article><p>Before &file; &passwd; &net; after.</p></article></body></html>";
            Article a = read(html);
            assertFalse(a.text().contains("TOP-SECRET-MARKER"), a.text());
            assertFalse(a.text().contains("root:"), a.text());
            assertTrue(a.text().contains("Before"), a.text());
            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept, "the parser connected to the entity URL");
        }
    }
}
