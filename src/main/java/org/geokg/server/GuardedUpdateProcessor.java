package org.geokg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.geokg.store.QueryGuard;
import org.geokg.sys.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Fuseki SPARQL Update processor behind a {@link QueryGuard}: LOAD only from http(s) URLs of
 * the allowed hosts (never {@code file:}), SERVICE only to the allowed hosts, no {@code java:}
 * IRIs, bounded WHERE patterns; a refusal is HTTP 400 and nothing changes. An update that fails
 * on a full disk is HTTP 507 naming the store's disk ({@link DiskFullLib}). The body size is
 * capped before this by {@link RequestGuardFilter}. Thread-safe (immutable).
 */
final class GuardedUpdateProcessor extends SPARQL_Update {
    private static final Logger LOG = LoggerFactory.getLogger(GeoKgServer.LOG_NAME);
    /** Base of relative IRIs in a checked update: a host no one can name in --allow-load. */
    private static final String CHECK_BASE = "http://base.invalid/";
    private final QueryGuard guard;
    private final Path store;

    GuardedUpdateProcessor(QueryGuard guard, Path store) {
        this.guard = guard;
        this.store = store;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update request: " + e.getMessage());
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String hash = RequestGuardFilter.hash(text);
        action.getRequest().setAttribute(RequestGuardFilter.ATTR_HASH, hash);
        if (LOG.isDebugEnabled()) {
            LOG.debug("update {}:\n{}", hash, text);
        }
        try {
            guard.parseUpdate(text, CHECK_BASE);
        } catch (InputException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        try {
            DiskFullLib.guard(action, store, () -> super.execute(action, new ByteArrayInputStream(body)));
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("the update is too deeply nested to evaluate; split it");
        }
    }
}
