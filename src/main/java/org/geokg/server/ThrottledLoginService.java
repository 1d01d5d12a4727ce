package org.geokg.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javax.security.auth.Subject;
import java.security.Principal;
import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A login service that slows down password guessing per client address: after
 * {@link #FREE_FAILURES} failed logins in a row, the client is locked out for 1 s, and each
 * further failure doubles the lock-out (at most {@link #MAX_LOCK_MILLIS}); during a lock-out
 * every login of that client fails without the password being checked. A successful login
 * clears the count. Thread-safe: the per-client state is a concurrent map.
 *
 * <pre>{@code
 * sh.setLoginService(new ThrottledLoginService(sh.getLoginService(), System::nanoTime));
 * }</pre>
 */
final class ThrottledLoginService extends ContainerLifeCycle implements LoginService {
    /** Failed logins in a row that cost nothing. */
    static final int FREE_FAILURES = 5;
    /** First lock-out after the free failures. */
    static final long FIRST_LOCK_MILLIS = 1_000;
    /** Longest lock-out. */
    static final long MAX_LOCK_MILLIS = 60_000;
    /** Clients remembered at most; older entries whose lock-out ended are dropped beyond this. */
    private static final int MAX_CLIENTS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(GeoKgServer.LOG_NAME);

    private record Failures(int count, long lockedUntilNanos) {
    }

    private final LoginService delegate;
    private final LongSupplier clock;
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();

    ThrottledLoginService(LoginService delegate, LongSupplier nanoClock) {
        this.delegate = delegate;
        this.clock = nanoClock;
        addBean(delegate);
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public UserIdentity login(String username, Object credentials, Request request,
            Function<Boolean, Session> getOrCreateSession) {
        String client = request == null ? "?" : Request.getRemoteAddr(request);
        long now = clock.getAsLong();
        Failures f = clients.get(client);
        if (f != null && now - f.lockedUntilNanos() < 0) {
            return null;
        }
        UserIdentity user = delegate.login(username, credentials, request, getOrCreateSession);
        if (user != null) {
            clients.remove(client);
            return user;
        }
        Failures next = clients.merge(client, new Failures(1, now), (old, one) -> {
            int n = old.count() + 1;
            long lock = n < FREE_FAILURES ? 0 : lockMillis(n);
            return new Failures(n, now + lock * 1_000_000);
        });
        if (next.count() >= FREE_FAILURES) {
            LOG.warn("{} failed logins in a row from {}; its logins are refused for {} ms", next.count(), client,
                    lockMillis(next.count()));
        }
        if (clients.size() > MAX_CLIENTS) {
            clients.values().removeIf(x -> now - x.lockedUntilNanos() >= 0);
        }
        return null;
    }

    /** The lock-out after the {@code n}-th failure in a row (n >= FREE_FAILURES). */
    static long lockMillis(int n) {
        int doublings = Math.min(n - FREE_FAILURES, 20);
        return Math.min(MAX_LOCK_MILLIS, FIRST_LOCK_MILLIS << doublings);
    }

    @Override
    public UserIdentity getUserIdentity(Subject subject, Principal userPrincipal, boolean create) {
        return delegate.getUserIdentity(subject, userPrincipal, create);
    }

    @Override
    public boolean validate(UserIdentity user) {
        return delegate.validate(user);
    }

    @Override
    public IdentityService getIdentityService() {
        return delegate.getIdentityService();
    }

    @Override
    public void setIdentityService(IdentityService service) {
        delegate.setIdentityService(service);
    }

    @Override
    public void logout(UserIdentity user) {
        delegate.logout(user);
    }
}
