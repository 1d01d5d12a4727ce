package org.geokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.geokg.extract.Extractor;
import org.geokg.kg.QueryLib;
import org.geokg.kg.model.Article;
import org.geokg.store.GeoKgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real headless Chromium (Debian's chromium and chromium-driver, driven by
 * Selenium), on a real TDB2 store of the demo sample and the eval fixtures served by a real
 * server: each view renders (and is photographed into target/screenshots/), the PRK-USA
 * timeline shows the founding article's events, a click on an event opens the evidence view
 * with that event's span highlighted, a saved question with a parameter returns the rows the
 * command line gives, and the CSV download carries the question's columns. Expected values come
 * from the store itself (the saved queries run by Jena), not from the app.
 *
 * <p>Skipped, with the reason (on stderr and in every test's report), where no browser can be
 * had: set GEOKG_CHROMIUM and GEOKG_CHROMEDRIVER, or install the Debian packages chromium and
 * chromium-driver.
 */
class WebAppBrowserIT {
    private static final String FOUNDING = "data/samples/seed-id-korut-rusia.txt";
    private static final String FIXTURES = "src/test/resources/org/geokg/extract/eval/fixtures/";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SHOTS = Paths.get("target", "screenshots");

    @TempDir
    static Path tmp;
    private static GeoKgStore store;
    private static GeoKgServer server;
    private static ChromeDriverService service;
    private static WebDriver driver;
    private static Path downloads;
    private static int loads;
    private static String skipReason;

    @BeforeAll
    static void startStoreServerAndBrowser() throws Exception {
        String chromium = locate("GEOKG_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        String chromedriver = locate("GEOKG_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (chromium == null || chromedriver == null) {
            skip("no " + (chromium == null ? "Chromium" : "chromedriver") + " found; install the Debian packages "
                    + "chromium and chromium-driver (apt-get install chromium chromium-driver), or set "
                    + "GEOKG_CHROMIUM and GEOKG_CHROMEDRIVER");
            return;
        }
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        Files.createDirectories(SHOTS);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // Without the background-networking flags a closed network makes Chromium wait and misbehave.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            skip("Chromium (" + chromium + ") did not start under " + chromedriver + ": " + e.getMessage());
            return;
        }
        driver.manage().timeouts().scriptTimeout(WAIT);

        store = GeoKgStore.open(tmp.resolve("db"));
        Extractor extractor = Extractor.createDefault();
        for (Path f : List.of(Paths.get(FOUNDING), Paths.get(FIXTURES, "alpha-id.txt"), Paths.get(FIXTURES, "beta-en.txt"))) {
            String name = f.getFileName().toString();
            Article a = new Article(name, name, null, null, null, null, null, Files.readString(f));
            store.put(a, extractor.extract(a));
        }
        server = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0));
    }

    /** Every test of the class skips with this reason (printed once, and in each test's report). */
    private static void skip(String reason) {
        skipReason = "browser tests skipped: " + reason;
        System.err.println("WebAppBrowserIT: " + skipReason);
    }

    @BeforeEach
    void needsABrowser() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static String locate(String env, String... paths) {
        String given = System.getenv(env);
        if (given != null && !given.isBlank()) {
            return Files.isExecutable(Paths.get(given)) ? given : null;
        }
        for (String p : paths) {
            if (Files.isExecutable(Paths.get(p))) {
                return p;
            }
        }
        return null;
    }

    /** Opens a view and waits until it has rendered. */
    private static void open(String view, String query) {
        // a new query string each time: a full page load, not only a change of the hash
        driver.get(server.url() + "?load=" + (++loads) + "#/" + view + (query.isEmpty() ? "" : "?" + query));
        awaitView(view);
    }

    private static void awaitView(String view) {
        new WebDriverWait(driver, WAIT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.body.dataset.view === arguments[0] && document.body.dataset.ready === 'true'", view));
    }

    private static List<WebElement> awaitAll(String css) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found;
        });
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    private static String errors() {
        return driver.findElements(By.cssSelector(".status.error")).stream().map(WebElement::getText).toList().toString();
    }

    /** Runs a saved query on the store as the command line does; rows of variable -> value. */
    private static List<Map<String, String>> savedQuery(String name, Map<String, String> params) throws IOException {
        return rows(QueryLib.paged(QueryLib.parse(QueryLib.text(name)), params).serialize(), withoutPaging(params));
    }

    private static List<Map<String, String>> select(String sparql) throws IOException {
        return rows(sparql, Map.of());
    }

    private static List<Map<String, String>> rows(String sparql, Map<String, String> params) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, params, "json", out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : json.path("results").path("bindings")) {
            Map<String, String> row = new HashMap<>();
            b.properties().forEach(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, String> withoutPaging(Map<String, String> params) {
        Map<String, String> out = new HashMap<>(params);
        out.remove(QueryLib.LIMIT);
        out.remove(QueryLib.OFFSET);
        return out;
    }

    @ParameterizedTest(name = "{0} renders")
    @CsvSource({
        "questions, q=state-relations&state=PRK&run=1, #question-results table.results tbody tr",
        "timeline,  a=PRK&b=USA,                       #timeline-chart canvas",
        "network,   '',                                #network-pairs tbody tr",
        "evidence,  '',                                #article-list tbody tr",
        "claims,    '',                                #claims-table tbody tr",
    })
    void eachViewRenders(String view, String query, String mustShow) throws IOException {
        open(view, query);
        List<WebElement> shown = awaitAll(mustShow);
        assertFalse(shown.isEmpty());
        assertEquals(List.of(), driver.findElements(By.cssSelector(".status.error")).stream()
                .map(WebElement::getText).toList(), "errors shown in " + view);
        if (!view.equals("evidence")) {
            screenshot(view);
        }
    }

    @Test
    void prkUsaTimelineShowsTheFoundingArticlesEvents() throws IOException {
        List<Map<String, String>> expected = savedQuery("events-between-states",
                Map.of("stateA", "PRK", "stateB", "USA", "limit", "1000"));
        Set<String> want = new TreeSet<>();
        Set<String> months = new TreeSet<>();
        boolean undated = false;
        String founding = select("PREFIX gkg: <https://w3id.org/geokg/ns#> SELECT ?a WHERE { ?a gkg:sourceFile "
                + "\"" + Paths.get(FOUNDING).getFileName() + "\" }").get(0).get("a");
        for (Map<String, String> r : expected) {
            assertEquals(founding, r.get("article"), "PRK-USA events come from the founding article only");
            want.add(r.get("cameo") + " | " + r.get("evidence"));
            String date = r.get("date");
            if (date == null) {
                undated = true;
            } else if (date.length() >= 7) {
                months.add(date.substring(0, 7));
            }
        }
        assertFalse(want.isEmpty(), "the founding article has PRK-USA events");

        open("timeline", "a=PRK&b=USA&granularity=month");
        awaitAll("#timeline-chart canvas");
        List<WebElement> rows = awaitAll("#timeline-events tbody tr");
        Set<String> shown = new TreeSet<>();
        for (WebElement tr : rows) {
            List<WebElement> td = tr.findElements(By.tagName("td"));
            shown.add(td.get(3).getText().split(" ", 2)[0] + " | " + td.get(6).getText());
        }
        assertEquals(want, shown, errors());
        String buckets = driver.findElement(By.id("timeline-chart")).getAttribute("data-buckets");
        Set<String> expectedBuckets = new LinkedHashSet<>(months);
        if (undated) {
            expectedBuckets.add("undated");
        }
        Set<String> shownBuckets = new LinkedHashSet<>(List.of(buckets.split(" ")));
        assertTrue(shownBuckets.containsAll(expectedBuckets), shownBuckets + " should hold " + expectedBuckets);
        String summary = driver.findElement(By.id("timeline-summary")).getAttribute("data-events");
        assertEquals(String.valueOf(rows.size()), summary, "the chart counts the events the list shows");
    }

    @Test
    void clickingAMonthOfTheTimelineListsItsEvents() throws IOException {
        List<Map<String, String>> expected = savedQuery("events-between-states",
                Map.of("stateA", "PRK", "stateB", "USA", "from", "2021-08", "to", "2021-08", "limit", "1000"));
        Set<String> want = new TreeSet<>();
        for (Map<String, String> r : expected) {
            want.add(r.get("cameo") + " | " + r.get("evidence"));
        }
        assertFalse(want.isEmpty(), "the founding article has PRK-USA events dated 2021-08");

        open("timeline", "a=PRK&b=USA&granularity=month");
        WebElement canvas = awaitAll("#timeline-chart canvas").get(0);
        List<String> buckets = List.of(driver.findElement(By.id("timeline-chart")).getAttribute("data-buckets").split(" "));
        int month = buckets.indexOf("2021-08");
        assertTrue(month >= 0, buckets::toString);
        // the point of the Goldstein line (series 4) in that month, in pixels of the chart
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "const c = document.getElementById('timeline-chart').chart;"
                + "const v = c.getOption().series[4].data[arguments[0]];"
                + "return c.convertToPixel({seriesIndex: 4}, [arguments[0], v]);", month);
        int dx = (int) Math.round(xy.get(0).doubleValue() - canvas.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(xy.get(1).doubleValue() - canvas.getRect().getHeight() / 2.0);
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(canvas, dx, dy).click().perform();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("timeline-events-title")).getText()
                .contains("2021-08") && !d.findElements(By.cssSelector("#timeline-events tbody tr")).isEmpty());
        Set<String> shown = new TreeSet<>();
        for (WebElement tr : driver.findElements(By.cssSelector("#timeline-events tbody tr"))) {
            List<WebElement> td = tr.findElements(By.tagName("td"));
            assertTrue(td.get(0).getText().startsWith("2021-08"), td.get(0).getText());
            shown.add(td.get(3).getText().split(" ", 2)[0] + " | " + td.get(6).getText());
        }
        assertEquals(want, shown, errors());
    }

    @Test
    void labelsAreEnglishByDefaultAndFollowTheChosenLanguage() throws IOException {
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> r : select("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?lang ?l WHERE { "
                + "<https://w3id.org/geokg/id/country/PRK> skos:prefLabel ?l BIND(LANG(?l) AS ?lang) }")) {
            names.put(r.get("lang"), r.get("l"));
        }
        assertTrue(names.containsKey("en") && names.containsKey("id") && !names.get("en").equals(names.get("id")),
                names::toString);
        open("timeline", "a=PRK&b=USA");
        assertTrue(awaitAll("#timeline-summary").get(0).getText().startsWith(names.get("en") + " (PRK)"));
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('geokg.labelLang', 'id')");
        try {
            open("timeline", "a=PRK&b=USA");
            String summary = awaitAll("#timeline-summary").get(0).getText();
            assertTrue(summary.startsWith(names.get("id") + " (PRK)"), summary + " should name " + names.get("id"));
        } finally {
            ((JavascriptExecutor) driver).executeScript("localStorage.removeItem('geokg.labelLang')");
        }
    }

    @Test
    void clickingAnEventOpensTheEvidenceViewWithItsSpanHighlighted() throws IOException {
        open("timeline", "a=PRK&b=USA");
        List<WebElement> rows = awaitAll("#timeline-events tbody tr");
        WebElement row = rows.get(rows.size() - 1);
        String event = row.getAttribute("data-event");
        String evidence = row.findElements(By.tagName("td")).get(6).getText();
        row.findElement(By.cssSelector("a.evidence-link")).click();
        awaitView("evidence");
        List<WebElement> focused = awaitAll("#article-text .focus");

        List<Map<String, String>> span = savedQuery("event-evidence", Map.of("event", event));
        assertEquals(1, span.size(), span::toString);
        int start = Integer.parseInt(span.get(0).get("start"));
        int end = Integer.parseInt(span.get(0).get("end"));
        assertEquals(span.get(0).get("text"), evidence);
        StringBuilder text = new StringBuilder();
        for (WebElement el : focused) {
            text.append(el.getText());
        }
        assertEquals(evidence.replaceAll("\\s+", " "), text.toString().replaceAll("\\s+", " "));
        assertEquals(String.valueOf(start), focused.get(0).getAttribute("data-start"));
        assertEquals(String.valueOf(end), focused.get(focused.size() - 1).getAttribute("data-end"));
        assertTrue(driver.findElement(By.cssSelector("#evidence-events li.selected")).isDisplayed());

        // the whole article as stored (schema:articleBody), the span at its offsets in it
        List<Map<String, String>> body = select("SELECT ?text WHERE { <" + event + "> "
                + "<https://w3id.org/geokg/ns#evidence>/<http://www.w3.org/ns/oa#hasSource>"
                + "/<http://schema.org/articleBody> ?text }");
        assertEquals(1, body.size(), body::toString);
        String full = body.get(0).get("text");
        assertTrue(ingestedTexts().contains(full), "the stored text is an ingested article's text as read");
        String shown = (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent",
                driver.findElement(By.id("article-text")));
        assertEquals(full, shown, "the evidence view shows the article's whole text");
        assertFalse(shown.contains("[…]"), "no gaps in a store that keeps the text");
        assertEquals(evidence, full.substring(start, end));
        screenshot("evidence");
    }

    @Test
    void evidenceViewOfAStoreWithoutTheArticleTextRebuildsItFromTheSpans() throws IOException {
        List<Map<String, String>> found = select("SELECT ?a WHERE { ?a <http://purl.org/dc/terms/identifier> "
                + "\"alpha-id.txt\" }");
        assertEquals(1, found.size(), found::toString);
        String article = found.get(0).get("a");
        DatasetGraph dsg = store.dataset();
        Node a = NodeFactory.createURI(article);
        Node p = NodeFactory.createURI("http://schema.org/articleBody");
        List<Quad> saved = Txn.calculateRead(dsg, () -> Iter.toList(dsg.find(Node.ANY, a, p, Node.ANY)));
        assertEquals(1, saved.size(), saved::toString);
        String full = saved.get(0).getObject().getLiteralLexicalForm();
        // as a store written before the text was kept
        Txn.executeWrite(dsg, () -> saved.forEach(dsg::delete));
        try {
            open("evidence", "article=" + URLEncoder.encode(article, StandardCharsets.UTF_8));
            List<WebElement> pieces = awaitAll("#article-text [data-items]");
            String shown = driver.findElement(By.id("article-text")).getText();
            assertTrue(shown.contains("[…]"), shown);
            for (WebElement el : pieces) {
                int from = Integer.parseInt(el.getAttribute("data-start"));
                int to = Integer.parseInt(el.getAttribute("data-end"));
                String text = (String) ((JavascriptExecutor) driver)
                        .executeScript("return arguments[0].textContent", el);
                assertEquals(full.substring(from, to), text, "the piece at " + from + ".." + to);
            }
            assertTrue(driver.findElement(By.id("article-text-note")).getText().contains("[…]"));
        } finally {
            Txn.executeWrite(dsg, () -> saved.forEach(dsg::add));
        }
    }

    /** The texts of the ingested articles, as read from their files. */
    private static Set<String> ingestedTexts() throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        for (Path f : List.of(Paths.get(FOUNDING), Paths.get(FIXTURES, "alpha-id.txt"),
                Paths.get(FIXTURES, "beta-en.txt"))) {
            texts.add(Files.readString(f));
        }
        return texts;
    }

    @Test
    void savedQuestionWithAStatePickedByNameReturnsTheCommandLinesRows() {
        open("questions", "q=state-relations");
        WebElement state = awaitAll("#question-form input[name=state]").get(0);
        state.sendKeys("Korea Utara");
        WebElement option = awaitAll("#question-form datalist option[value=PRK]").get(0);
        state.clear();
        state.sendKeys(option.getAttribute("value"));
        driver.findElement(By.id("question-run")).click();
        awaitView("questions");
        List<WebElement> rows = awaitAll("#question-results table.results tbody tr");

        List<String> shown = new ArrayList<>();
        for (WebElement tr : rows) {
            shown.add(String.join(" | ", tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()));
        }
        List<String> expected = new ArrayList<>();
        try {
            for (Map<String, String> r : savedQuery("state-relations", Map.of("state", "PRK"))) {
                expected.add(String.join(" | ", r.get("partner"), r.get("partnerName"), r.get("cooperation"),
                        r.get("conflict"), r.get("goldsteinSum")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown, errors());

        // the headers sort the rows: goldsteinSum twice is descending, as numbers
        WebElement header = driver.findElement(By.cssSelector("#question-results th[data-var=goldsteinSum]"));
        header.click();
        header.click();
        List<Double> sums = driver.findElements(By.cssSelector("#question-results tbody tr td:nth-child(5)")).stream()
                .map(td -> Double.valueOf(td.getText())).toList();
        List<Double> descending = new ArrayList<>(sums);
        descending.sort(java.util.Comparator.reverseOrder());
        assertEquals(descending, sums);
    }

    @Test
    void csvDownloadHasTheQuestionsColumnsAsHeader() throws Exception {
        open("questions", "q=state-relations&state=PRK&run=1");
        awaitAll("#question-results table.results tbody tr");
        driver.findElement(By.id("download-csv")).click();
        Path csv = downloads.resolve("state-relations.csv");
        new WebDriverWait(driver, WAIT).until(d -> Files.exists(csv) && sizeOf(csv) > 0);
        String header = Files.readAllLines(csv).get(0);
        assertEquals(String.join(",", columnsOf(QueryLib.text("state-relations"))), header);
        assertEquals(savedQuery("state-relations", Map.of("state", "PRK")).size() + 1, Files.readAllLines(csv).size());
    }

    @Test
    void eventsTableDownloadIsOfferedExactlyWhenItsSavedQueryExists() throws Exception {
        open("questions", "");
        awaitAll("#question-list li");
        boolean shipped = WebAppBrowserIT.class.getClassLoader().getResource("queries/events-table.rq") != null;
        List<WebElement> button = driver.findElements(By.id("download-events-table"));
        assertEquals(shipped, !button.isEmpty(), "the button shows only when queries/events-table.rq exists");
        if (shipped) {
            button.get(0).click();
            Path csv = downloads.resolve("geokg-events.csv");
            new WebDriverWait(driver, WAIT).until(d -> Files.exists(csv) && sizeOf(csv) > 0);
            assertEquals(String.join(",", columnsOf(QueryLib.text("events-table"))), Files.readAllLines(csv).get(0));
        }
    }

    /** Values for the saved questions' parameters, each of the kind its name asks for. */
    private static final Map<String, String> SAMPLE_PARAMS = Map.ofEntries(Map.entry("state", "PRK"),
            Map.entry("stateA", "PRK"), Map.entry("stateB", "USA"), Map.entry("about", "PRK"),
            Map.entry("from", "2021"), Map.entry("to", "2021-12-31"), Map.entry("speaker", "Sin"),
            Map.entry("person", "hong"), Map.entry("outlet", "fars"), Map.entry("cameo", "030"),
            Map.entry("unit", "troops"), Map.entry("minArticles", "1"), Map.entry("modality", "asserted"),
            Map.entry("type", "Person"), Map.entry("language", "id"));

    @Test
    void everySavedQuestionIsBoundAndPagedAsTheCommandLineDoes() throws IOException {
        open("questions", "");
        int withRows = 0;
        for (String name : QueryLib.names()) {
            String text = QueryLib.text(name);
            Map<String, String> params = new HashMap<>();
            for (String p : headerParams(text)) {
                if (SAMPLE_PARAMS.containsKey(p)) {
                    params.put(p, SAMPLE_PARAMS.get(p));
                }
            }
            boolean paged = text.replaceAll("(?m)^#.*$", "").contains("LIMIT");
            // Whole results (a page of 1000 from 0): a later page of a list in the store's order
            // may differ between two texts of one query, whose plans may differ.
            String js = jsBound(text, params, paged ? "1000" : null, paged ? "0" : null);
            Map<String, String> cli = new HashMap<>(params);
            if (paged) {
                cli.put(QueryLib.LIMIT, "1000");
                cli.put(QueryLib.OFFSET, "0");
                // every LIMIT of the text gets the page, as QueryLib.paged sets every level with one
                String code = text.replaceAll("(?m)#.*$", "");
                long limits = Pattern.compile("\\bLIMIT\\s+[0-9]+").matcher(code).results().count();
                String page = jsBound(text, Map.of(), "7", "3");
                assertEquals(limits, Pattern.compile("\\bLIMIT 7 OFFSET 3\\b").matcher(page).results().count(), page);
                assertEquals(limits, Pattern.compile("\\bLIMIT\\s+[0-9]+").matcher(page.replaceAll("(?m)#.*$", ""))
                        .results().count(), page);
            }
            List<String> expected = sorted(savedQuery(name, cli));
            List<String> shown = sorted(rows(js, Map.of()));
            assertEquals(expected, shown, name + " with " + cli + "\n" + js);
            withRows += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withRows >= QueryLib.names().size() / 2, "most questions have rows to compare: " + withRows);
    }

    /** The query text as the app binds and pages it (sparql.js in the browser). */
    private static String jsBound(String text, Map<String, String> params, String limit, String offset) {
        String js = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "import('/js/sparql.js').then(m => done(m.paged(m.bindParams(arguments[0], arguments[1]),"
                + " arguments[2], arguments[3]))).catch(e => done('ERROR ' + e.message));",
                text, params, limit, offset);
        assertFalse(js.startsWith("ERROR"), js);
        return js;
    }

    /** The parameters a saved query's header names: "# Parameters: ?a ..." and the lines after it. */
    private static List<String> headerParams(String text) {
        Matcher section = Pattern.compile("(?ms)^# Parameters.*?(?=^# Columns)").matcher(text);
        assertTrue(section.find(), "the query names its parameters");
        List<String> out = new ArrayList<>();
        Matcher line = Pattern.compile("(?m)^#\\s*(?:Parameters[^:]*:)?\\s*((?:\\?\\w+\\s*,\\s*)*\\?\\w+)")
                .matcher(section.group());
        while (line.find()) {
            for (String n : line.group(1).split(",")) {
                out.add(n.strip().substring(1));
            }
        }
        return out;
    }

    private static List<String> sorted(List<Map<String, String>> rows) {
        return rows.stream().map(r -> new java.util.TreeMap<>(r).toString()).sorted().toList();
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The result columns a saved query's header names ("# Columns: ?a ?b ..."). */
    private static List<String> columnsOf(String text) {
        Matcher m = Pattern.compile("(?m)^#\\s*Columns:([^\\n]*(?:\\n#\\s{3,}[^\\n]*)*)").matcher(text);
        assertTrue(m.find(), "the query names its columns");
        List<String> out = new ArrayList<>();
        Matcher v = Pattern.compile("\\?([A-Za-z_][A-Za-z0-9_]*)").matcher(m.group(1));
        while (v.find()) {
            out.add(v.group(1));
        }
        return out;
    }
}
