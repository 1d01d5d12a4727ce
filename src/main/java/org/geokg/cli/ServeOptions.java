package org.geokg.cli;

import java.nio.file.Path;

/** What {@code serve} and {@code demo} pass to the SPARQL server. */
record ServeOptions(String host, int port, boolean update, Path passwordFile, long timeoutMillis, long maxResults) {
}
