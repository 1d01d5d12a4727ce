package org.geokg.kg;

import java.util.Locale;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.geokg.sys.SysGeoKg;

/**
 * The geokg vocabulary ({@code ontology/geokg.ttl}) as Jena constants, in the style of
 * Jena's {@code ORG}: classes and individuals start upper case, properties lower case.
 * VocabularyTest checks that this class and the ontology agree in both directions.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * model.add(event, GKG.quadClass, model.createTypedLiteral(1));
 * Resource m = GKG.modality(Modality.ASSERTED);   // gkg:Asserted
 * }</pre>
 */
public final class GKG {
    /** The namespace, {@value SysGeoKg#NS}. */
    public static final String NS = SysGeoKg.NS;
    /** The ontology IRI (the namespace without its trailing '#'). */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/geokg/ns");

    private GKG() {
    }

    /** The namespace as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The modality concept of a modality (gkg:Asserted for ASSERTED). */
    public static Resource modality(org.geokg.kg.model.Modality m) {
        String n = m.label();
        return resource(n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1));
    }

    // ---- classes
    /** A state, person or organization that acts or speaks. */
    public static final Resource Actor = resource("Actor");
    /** A state as an actor; IRI from its ISO alpha-3 code. */
    public static final Resource Country = resource("Country");
    /** A news organization. */
    public static final Resource NewsOutlet = resource("NewsOutlet");
    /** A named place that is not a state. */
    public static final Resource Location = resource("Location");
    /** A named region. */
    public static final Resource Region = resource("Region");
    /** A named happening mentioned as an entity. */
    public static final Resource NamedEvent = resource("NamedEvent");
    /** A CAMEO-coded event. */
    public static final Resource Event = resource("Event");
    /** A statement attributed to a speaker. */
    public static final Resource Claim = resource("Claim");
    /** A number with a unit. */
    public static final Resource Quantity = resource("Quantity");
    /** A span of an article with offsets and exact text. */
    public static final Resource Evidence = resource("Evidence");
    /** Events from several articles judged to be the same happening. */
    public static final Resource EventCluster = resource("EventCluster");
    /** Class of the modality concepts. */
    public static final Resource Modality = resource("Modality");

    // ---- modality scheme and concepts
    public static final Resource ModalityScheme = resource("ModalityScheme");
    public static final Resource Asserted = resource("Asserted");
    public static final Resource Intended = resource("Intended");
    public static final Resource Future = resource("Future");
    public static final Resource Hypothetical = resource("Hypothetical");
    public static final Resource Negated = resource("Negated");
    public static final Resource Historical = resource("Historical");

    // ---- properties
    public static final Property contentHash = property("contentHash");
    public static final Property sourceFile = property("sourceFile");
    public static final Property reportedVia = property("reportedVia");
    public static final Property primarySource = property("primarySource");
    public static final Property iso3 = property("iso3");
    public static final Property iso2 = property("iso2");
    public static final Property country = property("country");
    public static final Property sector = property("sector");
    public static final Property role = property("role");
    public static final Property mention = property("mention");
    public static final Property cameo = property("cameo");
    public static final Property cameoCode = property("cameoCode");
    public static final Property ploverType = property("ploverType");
    public static final Property ploverMode = property("ploverMode");
    public static final Property ploverContext = property("ploverContext");
    public static final Property quadClass = property("quadClass");
    public static final Property goldstein = property("goldstein");
    public static final Property source = property("source");
    public static final Property target = property("target");
    public static final Property endDate = property("endDate");
    public static final Property modality = property("modality");
    public static final Property location = property("location");
    public static final Property confidence = property("confidence");
    public static final Property evidence = property("evidence");
    public static final Property speaker = property("speaker");
    public static final Property onBehalfOf = property("onBehalfOf");
    public static final Property quoted = property("quoted");
    public static final Property text = property("text");
    public static final Property about = property("about");
    public static final Property asserts = property("asserts");
    public static final Property unit = property("unit");
    public static final Property clusterMember = property("clusterMember");
    public static final Property mentionCount = property("mentionCount");
    public static final Property supportingArticle = property("supportingArticle");
    public static final Property clusterKey = property("clusterKey");
}
