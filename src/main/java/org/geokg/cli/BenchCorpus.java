package org.geokg.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geokg.sys.InputException;

/**
 * A synthetic news corpus for {@code geokg bench-store}: N articles as JSON Lines (fields id,
 * url, title, published, language, publisher, text), made from a few real article texts.
 *
 * <pre>{@code
 * BenchCorpus corpus = BenchCorpus.load(List.of(Path.of("data/samples")), 42, 540);
 * long bytes = corpus.write(Path.of("/tmp/articles.jsonl"), 10_000);
 * }</pre>
 *
 * <p>How an article is made, from one seeded random sequence (so the output depends only on
 * the texts, the seed and the date span, and the first k articles of a run with n &gt; k are
 * the articles of a run with k):
 * <ul>
 * <li>a base text is drawn; some of its body lines are dropped (each with probability
 * {@value #DROP_LINE}; the first line, usually the headline, always stays), so copies differ
 * in their evidence and in what the extractor finds;
 * <li>the publication date models news coverage: with probability {@value #FOLLOW_UP} the
 * article follows up one of the last {@value #RECENT_STORIES} stories of the same base text and
 * is published 0-3 days after it (so that events of different articles fall within the
 * corroboration window and cross-article event clusters form), otherwise it starts a new story
 * on a day drawn uniformly over the span starting {@link #START};
 * <li>the id ({@code bench-SEED-0000001}) is distinct per article; the publisher is one of
 * {@value #OUTLETS} synthetic outlets; the url is made from both; the language comes from the
 * file name ({@code 14-en-...txt}, {@code alpha-id.txt}) when it names one of geokg's
 * languages, else it is left for the ingest to identify; the title is the first line with at
 * least three words among the first few lines, when short enough.
 * </ul>
 * The articles are written one by one; only the base texts are held in memory.
 * Immutable and thread-safe; {@link #write} may run concurrently on different files. Public for
 * the Spark module's tests and benchmark, which need the same corpus as {@code geokg bench-store}.
 */
public final class BenchCorpus {
    /** The first possible publication day. */
    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final double DROP_LINE = 0.15;
    static final double FOLLOW_UP = 0.6;
    static final int RECENT_STORIES = 6;
    static final int OUTLETS = 24;
    private static final int FOLLOW_UP_DAYS = 4;
    private static final Pattern LANGUAGE_IN_NAME = Pattern.compile("(?:^|[-_.])(id|en|ms|fr|es|de)(?=[-_.])");

    /** One base text, its name (path relative to its folder) and language when known. */
    record Text(String name, String language, List<String> lines) {
        Text {
            lines = List.copyOf(lines);
        }
    }

    private final List<Text> texts;
    private final long seed;
    private final int days;

    BenchCorpus(List<Text> texts, long seed, int days) {
        if (texts.isEmpty()) {
            throw new InputException("no base text for the benchmark corpus; give a folder of *.txt articles "
                    + "with --texts DIR");
        }
        if (days < 1) {
            throw new InputException("the publication dates need a span of at least 1 day, got " + days);
        }
        this.texts = List.copyOf(texts);
        this.seed = seed;
        this.days = days;
    }

    /**
     * The corpus made from every {@code *.txt} file under the given folders (recursively, in
     * sorted order; identical texts once). A folder that does not exist is an InputException.
     */
    public static BenchCorpus load(List<Path> folders, long seed, int days) {
        List<Text> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new InputException("text folder " + folder + " does not exist or is not a directory");
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                        .filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new InputException("cannot list the texts in " + folder + ": " + e.getMessage(), e);
            }
            for (Path f : files) {
                String content = read(f);
                if (content.isBlank() || !seen.add(content)) {
                    continue;
                }
                String name = folder.relativize(f).toString();
                texts.add(new Text(name, language(f.getFileName().toString()), content.lines().toList()));
            }
        }
        return new BenchCorpus(texts, seed, days);
    }

    List<Text> texts() {
        return texts;
    }

    /** The last possible publication day. */
    LocalDate lastDay() {
        return START.plusDays(days - 1 + FOLLOW_UP_DAYS - 1);
    }

    /** Writes the first {@code n} articles to {@code file} as JSON Lines; returns the bytes written. */
    public long write(Path file, int n) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(w, n);
        } catch (IOException e) {
            throw new InputException("cannot write the benchmark corpus to " + file + ": " + e.getMessage(), e);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the first {@code n} articles to {@code out}, one JSON object a line. */
    void write(Writer out, int n) throws IOException {
        if (n < 0) {
            throw new InputException("the number of articles must be 0 or more, got " + n);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        List<List<LocalDate>> stories = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            stories.add(new ArrayList<>());
        }
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setRootValueSeparator(null);
        for (int i = 0; i < n; i++) {
            int t = rnd.nextInt(texts.size());
            Text base = texts.get(t);
            List<LocalDate> recent = stories.get(t);
            LocalDate day;
            if (!recent.isEmpty() && rnd.nextDouble() < FOLLOW_UP) {
                LocalDate story = recent.get(rnd.nextInt(recent.size()));
                day = story.plusDays(rnd.nextInt(FOLLOW_UP_DAYS));
            } else {
                day = START.plusDays(rnd.nextInt(days));
                recent.add(day);
                if (recent.size() > RECENT_STORIES) {
                    recent.remove(0);
                }
            }
            String published = String.format(Locale.ROOT, "%sT%02d:%02d:00Z", day, rnd.nextInt(24), rnd.nextInt(60));
            int outlet = 1 + rnd.nextInt(OUTLETS);
            String text = variant(base.lines(), rnd);
            String id = String.format(Locale.ROOT, "bench-%d-%07d", seed, i + 1);
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("url", String.format(Locale.ROOT, "https://news.example.org/outlet-%02d/%d/%02d/%s",
                    outlet, day.getYear(), day.getMonthValue(), id));
            String title = title(text);
            if (title != null) {
                g.writeStringField("title", title);
            }
            g.writeStringField("published", published);
            if (base.language() != null) {
                g.writeStringField("language", base.language());
            }
            g.writeStringField("publisher", String.format(Locale.ROOT, "Bench Outlet %02d", outlet));
            g.writeStringField("text", text);
            g.writeEndObject();
            g.writeRaw('\n');
        }
        g.close();
        out.flush();
    }

    /** The base text with some body lines dropped (never the first non-blank line, never all). */
    private static String variant(List<String> lines, SplittableRandom rnd) {
        List<String> kept = new ArrayList<>(lines.size());
        boolean first = true;
        int body = 0;
        int keptBody = 0;
        for (String line : lines) {
            boolean drop = rnd.nextDouble() < DROP_LINE;
            if (line.isBlank()) {
                kept.add(line);
            } else if (first) {
                kept.add(line);
                first = false;
            } else {
                body++;
                if (!drop) {
                    kept.add(line);
                    keptBody++;
                }
            }
        }
        if (body > 0 && keptBody == 0) {
            return String.join("\n", lines) + "\n";
        }
        return String.join("\n", kept) + "\n";
    }

    private static String title(String text) {
        int seen = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.split("\\s+").length >= 3) {
                return l.length() <= 200 ? l : null;
            }
            if (++seen == 5) {
                return null;
            }
        }
        return null;
    }

    static String language(String fileName) {
        Matcher m = LANGUAGE_IN_NAME.matcher(fileName.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

    private static String read(Path f) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(f)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException("text " + f + " is not valid UTF-8; fix or remove it from the text folders", e);
        } catch (IOException e) {
            throw new InputException("cannot read the text " + f + ": " + e.getMessage(), e);
        }
    }
}
