package org.geokg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first stop of every request: bounds what one request may ask and how many run at once,
 * and writes the one INFO line per request (method, path, status, duration, hash of the query
 * or update text; the text itself only at DEBUG, by the processors).
 * <ul>
 * <li>Graph Store Protocol GET or HEAD without {@code ?graph=} or {@code ?default} (the whole
 *     store) is refused with 400.</li>
 * <li>Request bodies: query endpoints at most 3 x the query limit (URL-encoded forms), update
 *     and Graph Store writes at most the update limit; more is 413, a body without a
 *     Content-Length (chunked) is 411.</li>
 * <li>At most {@code maxConcurrent} requests to the dataset run at once, {@code maxQueued}
 *     wait up to {@link ServerSettings#QUEUE_WAIT_MILLIS}; the others get 503 with
 *     Retry-After. {@code /$/ping} is never queued.</li>
 * </ul>
 * Thread-safe: the counters are concurrent.
 *
 * <pre>{@code
 * builder.addFilter("/*", new RequestGuardFilter(settings, "/geokg"));
 * }</pre>
 */
final class RequestGuardFilter implements Filter {
    /** Request attribute holding the hash of the query or update text, for the log line. */
    static final String ATTR_HASH = "geokg.textHash";
    /** Seconds a client is told to wait after a 503. */
    static final int RETRY_AFTER_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(GeoKgServer.LOG_NAME);

    private final String datasetPath;
    private final long maxQueryBody;
    private final long maxUpdateBody;
    private final int maxQueued;
    private final Semaphore running;
    private final AtomicInteger queued = new AtomicInteger();

    RequestGuardFilter(ServerSettings s, String datasetPath) {
        this.datasetPath = datasetPath;
        this.maxQueryBody = 3 * s.maxQueryBytes() + 4096;
        this.maxUpdateBody = s.maxUpdateBytes();
        this.maxQueued = s.maxQueued();
        this.running = new Semaphore(s.maxConcurrent(), true);
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}: names a query in the log. */
    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(resp instanceof HttpServletResponse response)) {
            chain.doFilter(req, resp);
            return;
        }
        long t0 = System.nanoTime();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.equals(datasetPath) || path.startsWith(datasetPath + "/")) {
                dataset(request, response, chain, path);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            Object hash = request.getAttribute(ATTR_HASH);
            LOG.info("{} {} {} {} ms{}", request.getMethod(), path, response.getStatus(),
                    (System.nanoTime() - t0) / 1_000_000, hash == null ? "" : " text " + hash);
        }
    }

    private void dataset(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
            throws IOException, ServletException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String endpoint = path.substring(datasetPath.length());
        boolean queryEndpoint = endpoint.isEmpty() || endpoint.equals("/") || endpoint.equals("/sparql")
                || endpoint.equals("/query");
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && !queryEndpoint && !namesAGraph(request)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "the Graph Store Protocol read of the whole "
                    + "dataset is refused (it is unbounded); name one graph with ?graph=IRI, or use a SPARQL "
                    + "query (capped at the result limit)");
            return;
        }
        if (read && endpoint.isEmpty() && request.getQueryString() == null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "a GET of the dataset needs ?query=...; "
                    + "the whole dataset is not served (name one graph on " + datasetPath + "/data?graph=IRI)");
            return;
        }
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            long limit = queryEndpoint ? maxQueryBody : maxUpdateBody;
            long length = request.getContentLengthLong();
            if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
                refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "send the request body with a "
                        + "Content-Length (bodies are limited to " + limit + " bytes)");
                return;
            }
            if (length > limit) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the request body of "
                        + length + " bytes is over the limit of " + limit + " bytes ("
                        + (queryEndpoint ? "serve --max-query-bytes" : "serve --max-update-bytes") + ")");
                return;
            }
        }
        if (!acquire()) {
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server is busy: all query slots "
                    + "are taken and the queue is full; retry in " + RETRY_AFTER_SECONDS + " s");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    private static boolean namesAGraph(HttpServletRequest request) {
        String qs = request.getQueryString();
        if (qs == null) {
            return false;
        }
        for (String kv : qs.split("&")) {
            String k = kv.contains("=") ? kv.substring(0, kv.indexOf('=')) : kv;
            if (k.equals("graph") || k.equals("default")) {
                return true;
            }
        }
        return false;
    }

    private boolean acquire() {
        if (running.tryAcquire()) {
            return true;
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            return false;
        }
        try {
            return running.tryAcquire(ServerSettings.QUEUE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            queued.decrementAndGet();
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
        response.flushBuffer();
    }
}
