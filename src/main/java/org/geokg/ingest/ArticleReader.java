package org.geokg.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.geokg.sys.InputException;
import org.geokg.sys.SysGeoKg;

/**
 * Reads the inputs named on a command line into articles or rejections. Files are read by
 * extension ({@code .txt}, {@code .html}/{@code .htm}, {@code .json}, {@code .jsonl}; other
 * extensions as plain text when named directly, rejected when found in a directory);
 * directories are walked recursively in sorted order (hidden files and folders skipped);
 * {@code -} reads stdin (JSON when it starts with {@code {} or {@code [}, else plain text).
 *
 * <p>Before any parsing, each input is checked in this order: size cap (from the file size,
 * before reading), empty, binary (NUL bytes or mostly control characters), strict UTF-8 (the
 * rejection names the byte offset). A UTF-8 byte order mark is dropped. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(SysGeoKg.DEFAULT_MAX_BYTES);
 * for (ArticleReader.Input in : reader.inputs(List.of("corpus/", "extra.jsonl"))) {
 *     List<SourceItem> items = reader.read(in);
 * }
 * }</pre>
 */
public final class ArticleReader {
    /** The name that stands for standard input. */
    public static final String STDIN = "-";
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final double MAX_CONTROL_RATIO = 0.05;

    private final long maxBytes;
    private final Supplier<InputStream> stdin;

    /** A reader with this size cap reading {@code -} from {@link System#in}. */
    public ArticleReader(long maxBytes) {
        this(maxBytes, () -> System.in);
    }

    /** A reader with this size cap reading {@code -} from {@code stdin}. */
    public ArticleReader(long maxBytes, Supplier<InputStream> stdin) {
        if (maxBytes <= 0) {
            throw new InputException("--max-bytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** A reader with the default cap of {@link SysGeoKg#DEFAULT_MAX_BYTES}. */
    public static ArticleReader createDefault() {
        return new ArticleReader(SysGeoKg.DEFAULT_MAX_BYTES);
    }

    /**
     * One input to read: a file ({@code path} set), stdin ({@code path} null), or a named
     * path that cannot be read at all ({@code problem} set).
     */
    public record Input(String source, Path path, boolean inDirectory, String problem) {
        public boolean isStdin() {
            return path == null && problem == null;
        }
    }

    /**
     * The inputs named by {@code args}, directories expanded, in a deterministic order. Symbolic
     * links are followed, a directory only once (a link back to a directory already read, such as
     * {@code loop -> .}, becomes a rejection); broken links, FIFOs, sockets and devices become
     * rejections without being opened (a FIFO would block the run).
     */
    public List<Input> inputs(List<String> args) {
        List<Input> out = new ArrayList<>();
        Set<Path> seenDirs = new HashSet<>();
        for (String arg : args) {
            if (STDIN.equals(arg)) {
                out.add(new Input(STDIN, null, false, null));
                continue;
            }
            Path p = Paths.get(arg);
            if (Files.isDirectory(p)) {
                walk(p, arg, out, seenDirs);
            } else {
                out.add(file(p, arg, false));
            }
        }
        return out;
    }

    /** A path that is not a directory: an input to read, or one that says why it cannot be. */
    private static Input file(Path p, String label, boolean inDirectory) {
        if (Files.isRegularFile(p)) {
            return new Input(label, p, inDirectory, null);
        }
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            String target;
            try {
                target = Files.readSymbolicLink(p).toString();
            } catch (IOException | UnsupportedOperationException e) {
                target = "?";
            }
            return new Input(label, p, inDirectory, "broken symbolic link (its target " + target + " does not exist)");
        }
        if (Files.exists(p)) {
            return new Input(label, p, inDirectory, "not a regular file (" + kind(p) + "): not read");
        }
        return new Input(label, p, inDirectory, "no such file or directory");
    }

    /** What a non-regular file is, from its attributes (never opened). */
    private static String kind(Path p) {
        try {
            Object type = Files.readAttributes(p, "unix:mode").get("mode");
            if (type instanceof Integer mode) {
                return switch (mode & 0170000) {
                    case 0010000 -> "a FIFO";
                    case 0140000 -> "a socket";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    default -> "a special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view: say what is known
        }
        return "a FIFO, socket, device or other special file";
    }

    private static void walk(Path dir, String label, List<Input> out, Set<Path> seenDirs) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            out.add(new Input(label, dir, true, "cannot resolve directory: " + e.getMessage()));
            return;
        }
        if (!seenDirs.add(real)) {
            out.add(new Input(label, dir, true, "directory " + real + " is already read (a symbolic link loop or a "
                    + "second link to it): not read again"));
            return;
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        } catch (IOException e) {
            out.add(new Input(label, dir, true, "cannot list directory: " + e.getMessage()));
            return;
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || isFolderReadme(name)) {
                continue;
            }
            String childLabel = label.endsWith("/") || label.endsWith(java.io.File.separator)
                    ? label + name : label + "/" + name;
            if (Files.isDirectory(child)) {
                walk(child, childLabel, out, seenDirs);
            } else {
                out.add(file(child, childLabel, true));
            }
        }
    }

    /**
     * A folder's README (README, README.md, readme.txt...) describes the folder and is not an
     * article: directory walks pass over it (naming it explicitly still reads it).
     */
    static boolean isFolderReadme(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.equals("readme") || lower.startsWith("readme.");
    }

    /** Reads one input; never throws for bad content (returns rejections instead). */
    public List<SourceItem> read(Input in) {
        if (in.problem() != null) {
            return reject(in.source(), in.problem());
        }
        String fileName = in.path() == null ? null : in.path().getFileName().toString();
        ArticleSource source;
        byte[] bytes;
        if (in.isStdin()) {
            try {
                bytes = stdin.get().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            } catch (IOException e) {
                return reject(in.source(), "cannot read stdin: " + e.getMessage());
            }
            if (bytes.length > maxBytes) {
                return reject(in.source(), tooLarge(maxBytes + 1, true));
            }
            source = null;
        } else {
            source = sourceFor(fileName, in.inDirectory());
            if (source == null) {
                return reject(in.source(), "unsupported file type \"" + fileName
                        + "\" (supported: .txt .html .htm .json .jsonl)");
            }
            try {
                long size = Files.size(in.path());
                if (size > maxBytes) {
                    return reject(in.source(), tooLarge(size, false));
                }
                bytes = Files.readAllBytes(in.path());
            } catch (IOException e) {
                return reject(in.source(), "cannot read file: " + e);
            }
            if (bytes.length > maxBytes) {
                return reject(in.source(), tooLarge(bytes.length, false));
            }
        }
        return fromBytes(in.source(), fileName, bytes, source);
    }

    /** The items of a whole input's bytes; {@code source} null means: sniff JSON or plain text (stdin). */
    private static List<SourceItem> fromBytes(String label, String fileName, byte[] bytes, ArticleSource source) {
        String problem = checkBytes(bytes);
        if (problem != null) {
            return reject(label, problem);
        }
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (InputException e) {
            return reject(label, e.getMessage());
        }
        if (text.isBlank()) {
            return reject(label, "empty file (only whitespace)");
        }
        if (source == null) {
            char first = text.strip().charAt(0);
            source = first == '{' || first == '[' ? stdinJson(text) : new PlainTextArticleSource();
        }
        return source.read(new SourceText(label, fileName, text));
    }

    /**
     * Reads one file from a stream, as {@link #read(Input, Consumer)} reads a file found in a
     * directory: by the extension of {@code fileName} (other extensions are rejected), a JSON
     * Lines file streamed line by line, every other file read whole up to the size cap. For files
     * that are not on the local file system (HDFS, S3: the Spark job). Does not close {@code in};
     * never throws for bad content.
     *
     * @param source   how rejects name the file (e.g. its URI)
     * @param fileName the file name without directory (becomes {@code Article.file})
     */
    public void read(String source, String fileName, InputStream in, Consumer<SourceItem> sink) {
        ArticleSource articles = sourceFor(fileName, true);
        if (articles == null) {
            sink.accept(new SourceItem.Rejected(source, null, "unsupported file type \"" + fileName
                    + "\" (supported: .txt .html .htm .json .jsonl)"));
            return;
        }
        try {
            if (articles instanceof JsonLinesArticleSource) {
                streamLines(source, fileName, new BufferedInputStream(in, 1 << 16), sink);
                return;
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                sink.accept(new SourceItem.Rejected(source, null, "file is larger than the size cap of " + maxBytes
                        + " bytes (raise it with --max-bytes)"));
                return;
            }
            fromBytes(source, fileName, bytes, articles).forEach(sink);
        } catch (IOException e) {
            sink.accept(new SourceItem.Rejected(source, null, "cannot read file: " + e));
        }
    }

    /**
     * Reads one input and hands each item to {@code sink} as soon as it is read, in order. A JSON
     * Lines file ({@code .jsonl}, {@code .ndjson}) is streamed line by line, so its size is not
     * limited and memory stays flat: the size cap, the UTF-8 check (with the byte offset in the
     * file) and the binary check apply to each line, and a bad line is rejected alone. Every
     * other input is read whole as by {@link #read(Input)}. Never throws for bad content.
     */
    public void read(Input in, Consumer<SourceItem> sink) {
        String fileName = in.path() == null ? null : in.path().getFileName().toString();
        if (in.problem() != null || in.isStdin() || !(sourceFor(fileName, in.inDirectory())
                instanceof JsonLinesArticleSource)) {
            read(in).forEach(sink);
            return;
        }
        try (InputStream is = Files.newInputStream(in.path())) {
            streamLines(in.source(), fileName, new BufferedInputStream(is, 1 << 16), sink);
        } catch (IOException e) {
            sink.accept(new SourceItem.Rejected(in.source(), null, "cannot read file: " + e));
        }
    }

    private void streamLines(String source, String fileName, InputStream is, Consumer<SourceItem> sink)
            throws IOException {
        SourceText input = new SourceText(source, fileName, "");
        byte[] buf = new byte[8192];
        int len = 0;
        long lineStart = 0;
        long offset = 0;
        int lineNo = 1;
        boolean tooLong = false;
        boolean any = false;
        boolean sniffed = false;
        for (int b = is.read(); ; b = is.read()) {
            boolean end = b < 0;
            if (!end && b != '\n' && b != '\r') {
                offset++;
                if (len < buf.length) {
                    buf[len++] = (byte) b;
                } else if (len <= maxBytes) {
                    buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8,
                            Math.max(buf.length * 2L, 8192)));
                    buf[len++] = (byte) b;
                } else {
                    tooLong = true;
                }
                continue;
            }
            if (!sniffed && (len > 0 || end)) {
                sniffed = true;
                String problem = len == 0 ? null : binaryStart(Arrays.copyOf(buf, len));
                if (problem != null) {
                    sink.accept(new SourceItem.Rejected(source, null, problem));
                    return;
                }
            }
            SourceItem item = lineItem(input, lineNo, lineStart, buf, len, tooLong);
            if (item != null) {
                sink.accept(item);
                any = true;
            }
            if (end) {
                break;
            }
            offset++;
            if (b == '\r') {
                is.mark(1);
                if (is.read() == '\n') {
                    offset++;
                } else {
                    is.reset();
                }
            }
            lineNo++;
            lineStart = offset;
            len = 0;
            tooLong = false;
        }
        if (!any) {
            sink.accept(new SourceItem.Rejected(source, null, offset == 0 ? "empty file (0 bytes)"
                    : "empty file (no JSON lines)"));
        }
    }

    /** Null for a blank line, else the article on the line or its rejection. */
    private SourceItem lineItem(SourceText input, int lineNo, long lineStart, byte[] buf, int len,
            boolean tooLong) {
        if (tooLong || len > maxBytes) {
            return new SourceItem.Rejected(input.source(), lineNo, "line " + lineNo + " is longer than the size cap of "
                    + maxBytes + " bytes (raise it with --max-bytes)");
        }
        byte[] bytes = Arrays.copyOf(buf, len);
        for (int i = 0; i < len; i++) {
            if (bytes[i] == 0) {
                return new SourceItem.Rejected(input.source(), lineNo, "binary data on line " + lineNo
                        + " (NUL byte at byte offset " + (lineStart + i) + ")");
            }
        }
        String text;
        try {
            text = decodeUtf8(bytes, lineStart);
        } catch (InputException e) {
            return new SourceItem.Rejected(input.source(), lineNo, e.getMessage());
        }
        if (text.isBlank()) {
            return null;
        }
        return JsonLinesArticleSource.line(input, lineNo, text);
    }

    /** Null when the first bytes of a file look like text, else why not. */
    private static String binaryStart(byte[] first) {
        int n = Math.min(first.length, SNIFF_BYTES);
        String problem = checkBytes(Arrays.copyOf(first, n));
        return problem != null && problem.startsWith("binary file (") && !problem.contains("NUL") ? problem : null;
    }

    /** Reads every input in order (convenience for small batches and tests). */
    public List<SourceItem> readAll(List<String> args) {
        List<SourceItem> out = new ArrayList<>();
        for (Input in : inputs(args)) {
            out.addAll(read(in));
        }
        return out;
    }

    /** The source for a file name, or null when a file found in a directory has another extension. */
    static ArticleSource sourceFor(String fileName, boolean inDirectory) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return new JsonLinesArticleSource();
        }
        if (lower.endsWith(".json")) {
            return new JsonArticleSource();
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return new HtmlArticleSource();
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text") || !inDirectory) {
            return new PlainTextArticleSource();
        }
        return null;
    }

    private static ArticleSource stdinJson(String text) {
        // one JSON value (object or array) is JSON; several lines of objects are JSON Lines
        try (var p = new com.fasterxml.jackson.databind.ObjectMapper().createParser(text)) {
            p.nextToken();
            p.skipChildren();
            return p.nextToken() == null ? new JsonArticleSource() : new JsonLinesArticleSource();
        } catch (IOException e) {
            return new JsonLinesArticleSource();
        }
    }

    private String tooLarge(long size, boolean stdinInput) {
        return (stdinInput ? "input larger than " : "file of " + size + " bytes is larger than ")
                + "the size cap of " + maxBytes + " bytes (raise it with --max-bytes)";
    }

    /** Null when the bytes look like text, else why not (empty, NUL bytes, control characters). */
    static String checkBytes(byte[] bytes) {
        if (bytes.length == 0) {
            return "empty file (0 bytes)";
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return "binary file (NUL byte at byte offset " + i
                        + "); geokg reads UTF-8 text (UTF-16 text also has NUL bytes: convert it to UTF-8)";
            }
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                control++;
            }
        }
        if (control > n * MAX_CONTROL_RATIO) {
            return String.format(Locale.ROOT, "binary file (%d of the first %d bytes are control characters)",
                    control, n);
        }
        return null;
    }

    /**
     * Decodes strict UTF-8 (no replacement characters), dropping a leading byte order mark.
     *
     * @throws InputException naming the byte offset of the first malformed sequence
     */
    public static String decodeUtf8(byte[] bytes) {
        return decodeUtf8(bytes, 0);
    }

    /** {@link #decodeUtf8(byte[])} for bytes found at {@code base} in a file (the offset named is the file's). */
    static String decodeUtf8(byte[] bytes, long base) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            throw new InputException("invalid UTF-8 at byte offset " + (base + in.position()) + " ("
                    + (r.isMalformed() ? "malformed" : "unmappable") + " sequence of " + r.length()
                    + " byte" + (r.length() == 1 ? "" : "s") + "); geokg reads UTF-8 text: convert the file, "
                    + "e.g. iconv -f WINDOWS-1252 -t UTF-8");
        }
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static List<SourceItem> reject(String source, String reason) {
        return List.of(new SourceItem.Rejected(source, null, reason));
    }
}
