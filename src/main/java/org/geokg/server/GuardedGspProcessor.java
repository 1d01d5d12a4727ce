package org.geokg.server;

import java.nio.file.Path;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * Fuseki's Graph Store Protocol read-write processor whose writes (PUT, POST, DELETE) answer 507
 * with a message naming the store's disk when the disk is full ({@link DiskFullLib}); reads are
 * unchanged. Registered for {@code Operation.GSP_RW}:
 *
 * <pre>{@code
 * operations.register(Operation.GSP_RW, new GuardedGspProcessor(store.directory()));
 * }</pre>
 * Thread-safe (immutable).
 */
final class GuardedGspProcessor extends GSP_RW {
    private final Path store;

    GuardedGspProcessor(Path store) {
        this.store = store;
    }

    @Override
    protected void doPut(HttpAction action) {
        DiskFullLib.guard(action, store, () -> super.doPut(action));
    }

    @Override
    protected void doPost(HttpAction action) {
        DiskFullLib.guard(action, store, () -> super.doPost(action));
    }

    @Override
    protected void doDelete(HttpAction action) {
        DiskFullLib.guard(action, store, () -> super.doDelete(action));
    }
}
