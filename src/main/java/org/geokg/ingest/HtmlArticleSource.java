package org.geokg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.geokg.kg.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page with jsoup. The article text is the page's main text: the largest
 * {@code <article>}, else {@code <main>} / {@code [role=main]}, else the element holding the
 * most paragraph text; navigation, header, footer, aside, forms, scripts and styles are
 * removed first. Paragraphs are separated by a blank line and whitespace is collapsed, and
 * that extracted text is what the article carries (all offsets count into it).
 *
 * <p>Metadata: title from {@code og:title}, {@code <title>}, {@code <h1>}; published date from
 * {@code article:published_time}, {@code og:published_time}, schema.org {@code datePublished}
 * (microdata or JSON-LD), {@code <time datetime>}; publisher from {@code og:site_name} or the
 * JSON-LD publisher; URL from {@code og:url} or the canonical link.
 *
 * <p>No entity, DTD or linked resource is ever resolved: jsoup's HTML parser does no I/O, so a
 * DOCTYPE with external entities cannot read files or reach the network. Thread-safe.
 *
 * <pre>{@code
 * List<SourceItem> items = new HtmlArticleSource().read(new SourceText("a.html", "a.html", html));
 * }</pre>
 */
public final class HtmlArticleSource implements ArticleSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FURNITURE = "nav, header, footer, aside, form, script, style, noscript, template, "
            + "iframe, svg, canvas, button, select, input, textarea, object, embed, [role=navigation], "
            + "[aria-hidden=true], [hidden]";
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
            "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
            "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "details", "summary",
            "body", "center");

    @Override
    public List<SourceItem> read(SourceText input) {
        Document doc = Jsoup.parse(input.text());
        String title = firstNonBlank(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
        String published;
        try {
            published = IngestLib.date(firstNonBlank(meta(doc, "article:published_time"),
                    meta(doc, "og:published_time"), microdataDate(doc), jsonLd(doc, "datePublished"),
                    timeDatetime(doc)));
        } catch (IllegalArgumentException e) {
            published = null; // a page's odd date markup does not make the article unreadable
        }
        String publisher = firstNonBlank(meta(doc, "og:site_name"), jsonLdPublisher(doc));
        String url = firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
        String language = IngestLib.language(attr(doc.selectFirst("html[lang]"), "lang"));

        doc.select(FURNITURE).remove();
        String text = mainText(doc);
        if (text.isBlank()) {
            return List.of(new SourceItem.Rejected(input.source(), null, "no article text found in the HTML page"));
        }
        Article a = new Article(IngestLib.articleId(null, url, text), input.fileName(), url, title, published,
                language, publisher, text);
        return List.of(new SourceItem.Accepted(input.source(), null, a));
    }

    /** The main text of a parsed page (furniture already removed): paragraphs separated by blank lines. */
    static String mainText(Document doc) {
        Element main = largest(doc.select("article"));
        if (main == null) {
            main = largest(doc.select("main, [role=main]"));
        }
        if (main == null) {
            main = densestBlock(doc);
        }
        if (main == null) {
            main = doc.body();
        }
        String text = render(main);
        if (text.isBlank() && main != doc.body()) {
            text = render(doc.body());
        }
        return text;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLen = 0;
        for (Element e : candidates) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return best;
    }

    /** The element whose direct {@code <p>} children hold the most text. */
    private static Element densestBlock(Document doc) {
        Element best = null;
        int bestLen = 0;
        for (Element e : doc.select("body, body *")) {
            int len = 0;
            for (Element child : e.children()) {
                if (child.nameIs("p")) {
                    len += child.text().length();
                }
            }
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return best;
    }

    /** Renders an element's text: block boundaries become blank lines, {@code <br>} a newline. */
    static String render(Element root) {
        StringBuilder sb = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        sb.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        sb.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }
        });
        StringBuilder out = new StringBuilder();
        for (String line : sb.toString().replace('\u00a0', ' ').split("\n", -1)) {
            out.append(line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return attr(e, "content");
    }

    private static String microdataDate(Document doc) {
        Element e = doc.selectFirst("[itemprop=datePublished]");
        if (e == null) {
            return null;
        }
        return firstNonBlank(attr(e, "content"), attr(e, "datetime"), e.text());
    }

    private static String timeDatetime(Document doc) {
        return attr(doc.selectFirst("time[datetime]"), "datetime");
    }

    private static String jsonLd(Document doc, String field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode found = findField(parse(script.data()), field);
            if (found != null && found.isValueNode()) {
                return found.asText();
            }
        }
        return null;
    }

    private static String jsonLdPublisher(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode p = findField(parse(script.data()), "publisher");
            if (p != null && p.isArray() && !p.isEmpty()) {
                p = p.get(0);
            }
            if (p != null && p.isObject() && p.path("name").isTextual()) {
                return p.path("name").textValue();
            }
            if (p != null && p.isTextual()) {
                return p.textValue();
            }
        }
        return null;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null; // broken JSON-LD on a page is ignored: it only supplies optional metadata
        }
    }

    private static JsonNode findField(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                JsonNode v = findField(child, field);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name);
        return v.isBlank() ? null : v.strip();
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
