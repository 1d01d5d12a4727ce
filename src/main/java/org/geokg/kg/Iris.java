package org.geokg.kg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.geokg.kg.model.Modality;
import org.geokg.sys.SysGeoKg;

/**
 * The one place where geokg mints IRIs. Every IRI is deterministic: the same input gives
 * the same IRI in every run, so re-ingesting an article replaces its graph with the same
 * resources, and the same actor in two articles is one resource.
 *
 * <ul>
 * <li>countries: {@code https://w3id.org/geokg/id/country/PRK} (ISO alpha-3 = CAMEO code)</li>
 * <li>persons: {@code .../id/person/prk/sin-hong-chol} (normalized name + country, {@code _} when unknown)</li>
 * <li>organizations: {@code .../id/org/rus/tass}; places {@code .../id/place/...};
 *     named events {@code .../id/named-event/...}</li>
 * <li>articles, events, claims, quantities, evidence: {@code .../id/<kind>/<16 hex of SHA-1>} of the
 *     article id, span and type</li>
 * <li>graphs: {@code https://w3id.org/geokg/graph/article/<16 hex>} per article, and the shared graphs
 *     {@link #ONTOLOGY_GRAPH}, {@link #CAMEO_GRAPH}, {@link #COUNTRIES_GRAPH}, {@link #CLUSTERS_GRAPH}</li>
 * </ul>
 *
 * <pre>{@code
 * String g = Iris.articleGraph(article.id());
 * String prk = Iris.country("PRK");
 * String sin = Iris.actor("Person", "Sin Hong-chol", "PRK");
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class Iris {
    /** Base of resource IRIs, {@value SysGeoKg#ID_BASE}. */
    public static final String ID = SysGeoKg.ID_BASE;
    /** Base of named graph IRIs. */
    public static final String GRAPH = "https://w3id.org/geokg/graph/";
    /** The ontology (ontology/geokg.ttl). */
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** The CAMEO concept scheme (ontology/cameo.ttl). */
    public static final String CAMEO_GRAPH = GRAPH + "cameo";
    /** Country descriptions (data/gazetteers/countries-wikidata.tsv + CLDR labels). */
    public static final String COUNTRIES_GRAPH = GRAPH + "countries";
    /** Cross-article event clusters, written by the store. */
    public static final String CLUSTERS_GRAPH = GRAPH + "clusters";
    /** The CAMEO concept scheme resource; concepts are {@code CAMEO_SCHEME + "/" + code}. */
    public static final String CAMEO_SCHEME = ID + "cameo";
    /** Base of Wikidata entity IRIs. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_SLUG = 60;

    private Iris() {
    }

    /** The named graph holding everything extracted from one article. */
    public static String articleGraph(String articleId) {
        return GRAPH + "article/" + hash(require(articleId, "article id"));
    }

    /** The article resource (a schema:NewsArticle). */
    public static String article(String articleId) {
        return ID + "article/" + hash(require(articleId, "article id"));
    }

    /** The extraction activity (prov:Activity) that produced an article's graph. */
    public static String extraction(String articleId) {
        return ID + "extraction/" + hash(require(articleId, "article id"));
    }

    /** The extractor software agent of this version of geokg. */
    public static String extractor() {
        return ID + "agent/" + SysGeoKg.NAME + "/" + SysGeoKg.VERSION;
    }

    /**
     * The shared IRI of a state. The code is upper-cased; anything but three letters is
     * rejected with an IllegalArgumentException naming the code.
     */
    public static String country(String iso3) {
        String c = require(iso3, "country code").strip().toUpperCase(Locale.ROOT);
        if (!ISO3.matcher(c).matches()) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 country code: '" + iso3 + "'");
        }
        return ID + "country/" + c;
    }

    /** True when {@code code} is three letters (any case), so {@link #country} accepts it. */
    public static boolean isCountryCode(String code) {
        return code != null && ISO3.matcher(code.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /**
     * The IRI of an actor or place from its type (an {@code EntityType} name), label and
     * country. A Country with a valid code gets {@link #country}; persons, organizations,
     * places and named events get {@code <kind>/<country or _>/<normalized label>}, so the
     * same name in the same country is one resource across articles.
     */
    public static String actor(String type, String label, String country) {
        String t = require(type, "entity type");
        if (t.equals("Country") && isCountryCode(country)) {
            return country(country);
        }
        String kind = switch (t) {
            case "Person" -> "person";
            case "Organization" -> "org";
            case "Location", "Region" -> "place";
            case "Event" -> "named-event";
            case "Country" -> "state";
            default -> throw new IllegalArgumentException("unknown entity type '" + type + "' (expected "
                    + "Country, Person, Organization, Location, Region or Event)");
        };
        String cc = isCountryCode(country) ? country.strip().toLowerCase(Locale.ROOT) : "_";
        return ID + kind + "/" + cc + "/" + slug(require(label, t + " label"));
    }

    /** A CAMEO concept, {@code https://w3id.org/geokg/id/cameo/062}. */
    public static String cameo(String code) {
        String c = require(code, "CAMEO code").strip();
        if (!CAMEO.matcher(c).matches()) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        return CAMEO_SCHEME + "/" + c;
    }

    /** The modality concept (in the gkg namespace: gkg:Asserted). */
    public static String modality(Modality m) {
        return GKG.modality(m).getURI();
    }

    /** A Wikidata entity IRI from a QID ("Q423"). */
    public static String wikidata(String qid) {
        String q = require(qid, "Wikidata id").strip();
        if (!QID.matcher(q).matches()) {
            throw new IllegalArgumentException("not a Wikidata QID: '" + qid + "'");
        }
        return WIKIDATA + q;
    }

    /** An event: article id, evidence span and CAMEO code. */
    public static String event(String articleId, int start, int end, String cameo) {
        return event(articleId, start, end, cameo, null);
    }

    /**
     * An event, with a qualifier that tells apart two events with the same span and code in one
     * article (the writer passes the participants then); null for none.
     */
    public static String event(String articleId, int start, int end, String cameo, String qualifier) {
        return ID + "event/" + hash(require(articleId, "article id") + "|" + start + "|" + end + "|" + cameo
                + (qualifier == null ? "" : "|" + qualifier));
    }

    /** A claim: article id, span of its words and speaker IRI (or null). */
    public static String claim(String articleId, int start, int end, String speaker) {
        return ID + "claim/" + hash(require(articleId, "article id") + "|" + start + "|" + end + "|" + speaker);
    }

    /** A quantity: article id, span and unit. */
    public static String quantity(String articleId, int start, int end, String unit) {
        return ID + "quantity/" + hash(require(articleId, "article id") + "|" + start + "|" + end + "|" + unit);
    }

    /** Evidence: one span of one article (facts with the same span share it). */
    public static String evidence(String articleId, int start, int end) {
        return ID + "evidence/" + hash(require(articleId, "article id") + "|" + start + "|" + end);
    }

    /** The oa:TextPositionSelector of an evidence IRI. */
    public static String positionSelector(String evidenceIri) {
        return evidenceIri + "#position";
    }

    /** The oa:TextQuoteSelector of an evidence IRI. */
    public static String quoteSelector(String evidenceIri) {
        return evidenceIri + "#quote";
    }

    /**
     * An event cluster from a key the store chooses (e.g. CAMEO root + dyad + date); the same
     * key gives the same IRI.
     */
    public static String cluster(String key) {
        return ID + "cluster/" + hash(require(key, "cluster key"));
    }

    /**
     * A label normalized for IRIs and matching: lower case, diacritics and punctuation removed,
     * runs of other characters to '-'. Non-Latin labels (nothing left) and long labels end
     * in a hash so they stay distinct.
     */
    public static String slug(String label) {
        String n = Normalizer.normalize(label.strip(), Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
        String s = NON_SLUG.matcher(n).replaceAll("-");
        s = trimDashes(s);
        String key = label.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return "h" + hash(key);
        }
        if (s.length() > MAX_SLUG) {
            return trimDashes(s.substring(0, MAX_SLUG)) + "-" + hash(key).substring(0, 8);
        }
        return s;
    }

    /** First 16 hex digits of the SHA-1 of the UTF-8 bytes. */
    public static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available in this JDK", e);
        }
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '-') {
            b--;
        }
        return s.substring(a, b);
    }

    private static String require(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return s;
    }
}
