package org.geokg.sys;

/** Constants shared across packages: version, namespaces, defaults, logger names. */
public final class SysGeoKg {
    /** Name of the system, used in provenance (extractor name). */
    public static final String NAME = "geokg";
    /** Version of the software and of the extractor recorded in provenance. */
    public static final String VERSION = "0.1.0";
    /** Namespace of the geokg ontology terms (classes and properties). */
    public static final String NS = "https://w3id.org/geokg/ns#";
    /** Base of every resource IRI minted by geokg. */
    public static final String ID_BASE = "https://w3id.org/geokg/id/";
    /** Schema name of the extraction JSON document. */
    public static final String EXTRACTION_SCHEMA = "geokg-extraction/1";
    /** Default TDB2 directory. */
    public static final String DEFAULT_DB = "geokg-data";
    /** Environment variable naming the TDB2 directory. */
    public static final String ENV_DB = "GEOKG_DB";
    /** Default maximum size of one input file or article, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** Logger name prefix. */
    public static final String LOG = "org.geokg";

    private SysGeoKg() {
    }
}
