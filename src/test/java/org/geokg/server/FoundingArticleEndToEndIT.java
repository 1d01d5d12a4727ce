package org.geokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.geokg.extract.Extractor;
import org.geokg.kg.Shapes;
import org.geokg.kg.model.Article;
import org.geokg.store.GeoKgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when", over real HTTP: the founding article, extracted by the real
 * pipeline into a TDB2 store and served by Fuseki, is found by a SPARQL query with its title,
 * language, credited outlet (Fars) and primary source (TASS), and the states it mentions are
 * linked to Wikidata; the store conforms to the SHACL shapes.
 */
class FoundingArticleEndToEndIT {
    private static final String PREFIXES = "PREFIX schema: <http://schema.org/> PREFIX dct: <http://purl.org/dc/terms/> "
            + "PREFIX gkg: <https://w3id.org/geokg/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX owl: <http://www.w3.org/2002/07/owl#> ";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path tmp;
    private static GeoKgStore store;
    private static GeoKgServer server;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        Path sample = Paths.get("data/samples/seed-id-korut-rusia.txt");
        String text = Files.readString(sample);
        Article article = new Article("seed-id-korut-rusia.txt", "seed-id-korut-rusia.txt", null, null, null, null,
                null, text);
        store = GeoKgStore.open(tmp.resolve("db"));
        store.put(article, Extractor.createDefault().extract(article));
        server = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static JsonNode select(String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PREFIXES + query,
                        StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp::body);
        return new ObjectMapper().readTree(resp.body()).path("results").path("bindings");
    }

    @Test
    void articleHasTitleLanguageCreditedOutletAndPrimarySource() throws Exception {
        JsonNode rows = select("SELECT ?title ?lang ?via ?primary WHERE { ?a a schema:NewsArticle ; dct:title ?title ; "
                + "dct:language ?lang ; gkg:reportedVia/rdfs:label ?via ; gkg:primarySource/rdfs:label ?primary }");
        assertEquals(1, rows.size(), rows::toString);
        JsonNode r = rows.get(0);
        assertEquals("Korut Siap Perkuat Kerja Sama dengan Rusia untuk Hadapi AS", r.path("title").path("value").asText());
        assertEquals("id", r.path("lang").path("value").asText());
        assertEquals("Fars", r.path("via").path("value").asText());
        assertEquals("TASS", r.path("primary").path("value").asText());
    }

    @Test
    void mentionedStatesAreLinkedToWikidata() throws Exception {
        JsonNode rows = select("SELECT DISTINCT ?iso3 ?wd WHERE { ?s a gkg:Country ; gkg:iso3 ?iso3 ; gkg:mention ?m ; "
                + "owl:sameAs ?wd }");
        Map<String, String> byCode = new HashMap<>();
        for (JsonNode r : rows) {
            byCode.put(r.path("iso3").path("value").asText(), r.path("wd").path("value").asText());
        }
        assertEquals(Map.of("PRK", "http://www.wikidata.org/entity/Q423", "RUS", "http://www.wikidata.org/entity/Q159",
                "USA", "http://www.wikidata.org/entity/Q30", "KOR", "http://www.wikidata.org/entity/Q884"), byCode);
    }

    @Test
    void ambassadorsClaimCarriesItsAttributionChain() throws Exception {
        JsonNode rows = select("SELECT ?speaker ?behalf ?via ?primary WHERE { ?c a gkg:Claim ; gkg:speaker/rdfs:label ?speaker ; "
                + "gkg:onBehalfOf/gkg:iso3 ?behalf ; gkg:reportedVia/rdfs:label ?via ; gkg:primarySource/rdfs:label ?primary }");
        Set<String> seen = new HashSet<>();
        for (JsonNode r : rows) {
            seen.add(r.path("speaker").path("value").asText() + "|" + r.path("behalf").path("value").asText() + "|"
                    + r.path("via").path("value").asText() + "|" + r.path("primary").path("value").asText());
        }
        assertTrue(seen.contains("Sin Hong-chol|PRK|Fars|TASS"), seen::toString);
    }

    @Test
    void storeConformsToTheShapes() {
        Shapes.Report report = store.validate();
        assertTrue(report.conforms(), report::text);
    }
}
