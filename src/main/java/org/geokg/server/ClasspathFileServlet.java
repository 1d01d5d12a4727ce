package org.geokg.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves read-only files from one folder of the classpath (inside the jar): the web app, the
 * Fuseki UI and the saved queries. GET and HEAD only; a path that leaves the folder, names a
 * folder other than the root, or does not match the allowed names is 404; the root serves
 * {@code index.html}.
 *
 * <pre>{@code
 * builder.addServlet("/queries/*", new ClasspathFileServlet("queries/", Pattern.compile("INDEX|[a-z0-9-]+\\.rq"), null));
 * }</pre>
 *
 * Thread-safe: immutable; every request reads its file anew.
 */
final class ClasspathFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("rq", "application/sparql-query;charset=utf-8"),
            Map.entry("md", "text/plain;charset=utf-8"),
            Map.entry("txt", "text/plain;charset=utf-8"));

    private final String folder;
    private final Pattern allowed;
    private final String contentSecurityPolicy;
    private final Pattern passOn;
    private final Map<String, String> fixedJson;

    /**
     * @param folder                classpath folder, ending in {@code /} (e.g. {@code "queries/"})
     * @param allowed               file paths (relative to the folder) that may be served
     * @param contentSecurityPolicy the Content-Security-Policy header of HTML pages, or null
     */
    ClasspathFileServlet(String folder, Pattern allowed, String contentSecurityPolicy) {
        this(folder, allowed, contentSecurityPolicy, null);
    }

    /**
     * As {@link #ClasspathFileServlet(String, Pattern, String)}, and paths matching {@code passOn}
     * (relative to the servlet) are redirected (307, method and body kept) to the same path at the
     * root of the server: the Fuseki UI, served under {@code /fuseki/}, builds its request URLs
     * from its own location ({@code /fuseki/geokg/sparql}); the redirect sends them to the real
     * endpoints, which apply their own guards.
     */
    ClasspathFileServlet(String folder, Pattern allowed, String contentSecurityPolicy, Pattern passOn) {
        this(folder, allowed, contentSecurityPolicy, passOn, Map.of());
    }

    /**
     * As above, and the paths of {@code fixedJson} (relative to the servlet) answer GET with
     * their JSON text before any redirect: the read-only server's description of its dataset,
     * which the Fuseki UI reads from {@code $/server} (off in read-only mode) to find the
     * query endpoint.
     */
    ClasspathFileServlet(String folder, Pattern allowed, String contentSecurityPolicy, Pattern passOn,
            Map<String, String> fixedJson) {
        this.folder = folder;
        this.allowed = allowed;
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.passOn = passOn;
        this.fixedJson = Map.copyOf(fixedJson);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        String info = req.getPathInfo();
        String fixed = info == null ? null : fixedJson.get(info.substring(1));
        if (fixed != null && (req.getMethod().equals("GET") || req.getMethod().equals("HEAD"))) {
            byte[] bytes = fixed.getBytes(StandardCharsets.UTF_8);
            resp.setContentType("application/json;charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.setContentLength(bytes.length);
            if (req.getMethod().equals("GET")) {
                resp.getOutputStream().write(bytes);
            }
            return;
        }
        if (passOn != null && info != null && passOn.matcher(info.substring(1)).matches()) {
            String qs = req.getQueryString();
            resp.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
            resp.setHeader("Location", req.getContextPath() + info + (qs == null ? "" : "?" + qs));
            return;
        }
        super.service(req, resp);
    }

    /** True when the classpath holds {@code folder + "index.html"}, i.e. there is something to serve. */
    static boolean hasIndex(String folder) {
        return ClasspathFileServlet.class.getClassLoader().getResource(folder + "index.html") != null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, false);
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        boolean prefixMapped = req.getHttpServletMapping().getMappingMatch() == MappingMatch.PATH;
        if (prefixMapped && req.getPathInfo() == null) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String path = prefixMapped ? req.getPathInfo() : req.getServletPath();
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (name.isEmpty()) {
            name = "index.html";
        }
        if (!SAFE.matcher(name).matches() || name.contains("..") || !allowed.matcher(name).matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file: " + path);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file: " + path);
                return;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String type = TYPES.getOrDefault(name.equals("INDEX") ? "txt" : ext, "application/octet-stream");
            resp.setContentType(type);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Cache-Control", "no-cache");
            if (type.startsWith("text/html") && contentSecurityPolicy != null) {
                resp.setHeader("Content-Security-Policy", contentSecurityPolicy);
                resp.setHeader("X-Frame-Options", "DENY");
            }
            byte[] bytes = in.readAllBytes();
            resp.setContentLength(bytes.length);
            if (body) {
                OutputStream out = resp.getOutputStream();
                out.write(bytes);
            }
        }
    }
}
