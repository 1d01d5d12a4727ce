package org.geokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.geokg.kg.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1000);

    private SourceItem.Rejected rejected(List<SourceItem> items) {
        assertEquals(1, items.size(), items.toString());
        return assertInstanceOf(SourceItem.Rejected.class, items.get(0));
    }

    private List<SourceItem> readFile(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return reader.readAll(List.of(p.toString()));
    }

    @Test
    void directoryIsWalkedRecursivelyInSortedOrderSkippingHiddenFiles() throws Exception {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.writeString(dir.resolve("b/sub/z.txt"), "Zed.");
        Files.writeString(dir.resolve("b/a.txt"), "Ay.");
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"c\",\"text\":\"See.\"}");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden.");
        List<SourceItem> items = reader.readAll(List.of(dir.toString()));
        List<String> sources = items.stream().map(SourceItem::source).toList();
        assertEquals(List.of(dir + "/b/a.txt", dir + "/b/sub/z.txt", dir + "/c.jsonl"), sources);
    }

    @Test
    void aStreamIsReadAsTheFileOfThatNameFoundInADirectory() throws Exception {
        String jsonl = "{\"id\":\"a\",\"text\":\"One.\"}\n\n{\"id\":\"b\",\"text\": \n{\"id\":\"c\",\"text\":\"Three.\"}\n";
        Files.writeString(dir.resolve("x.jsonl"), jsonl);
        List<SourceItem> fromFile = reader.readAll(List.of(dir.toString()));
        List<SourceItem> fromStream = new ArrayList<>();
        reader.read(dir + "/x.jsonl", "x.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                fromStream::add);
        assertEquals(fromFile, fromStream);
        assertEquals(3, fromStream.size());
        assertInstanceOf(SourceItem.Rejected.class, fromStream.get(1));
        assertEquals(3, fromStream.get(1).line());
    }

    @Test
    void aStreamOfAnotherFileTypeIsRejectedLikeAFileInADirectory() {
        List<SourceItem> items = new ArrayList<>();
        reader.read("s3://bucket/x.pdf", "x.pdf", new ByteArrayInputStream(new byte[] {1, 2}), items::add);
        assertEquals(1, items.size());
        assertTrue(((SourceItem.Rejected) items.get(0)).reason().startsWith("unsupported file type"), items::toString);
    }

    @Test
    void brokenSymlinkAndFifoAreRejectedWithAReasonWithoutBlocking() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "A good article body.");
        Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("missing.txt"));
        Path fifo = dir.resolve("pipe.txt");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        List<SourceItem> items = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> reader.readAll(List.of(dir.toString())));
        List<String> lines = items.stream().map(i -> i.source().substring(dir.toString().length() + 1) + " "
                + (i instanceof SourceItem.Rejected r ? "rejected: " + r.reason() : "read")).toList();
        assertEquals("broken.txt rejected: broken symbolic link (its target " + dir.resolve("missing.txt")
                + " does not exist)", lines.get(0));
        assertEquals("good.txt read", lines.get(1));
        if (haveFifo) {
            assertEquals("pipe.txt rejected: not a regular file (a FIFO): not read", lines.get(2));
        }
        assertEquals(haveFifo ? 3 : 2, items.size(), lines.toString());
        SourceItem.Rejected named = rejected(reader.readAll(List.of(dir.resolve("broken.txt").toString())));
        assertTrue(named.reason().startsWith("broken symbolic link"), named.reason());
    }

    @Test
    void symlinkedDirectoriesAreFollowedOnceSoALoopReadsEachFileOnce() throws Exception {
        Files.createDirectories(dir.resolve("news/sub"));
        Files.writeString(dir.resolve("news/a.txt"), "First article body.");
        Files.writeString(dir.resolve("news/sub/b.txt"), "Second article body.");
        Files.createSymbolicLink(dir.resolve("news/loop"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("news/sub/up"), Path.of(".."));
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("c.txt"), "Third article body.");
        Files.createSymbolicLink(dir.resolve("news/linked"), other);
        List<SourceItem> items = reader.readAll(List.of(dir.resolve("news").toString()));
        List<String> read = items.stream().filter(i -> i instanceof SourceItem.Accepted)
                .map(i -> i.source().substring(dir.toString().length() + 1)).toList();
        assertEquals(List.of("news/a.txt", "news/linked/c.txt", "news/sub/b.txt"), read);
        List<String> rejected = items.stream().filter(i -> i instanceof SourceItem.Rejected)
                .map(i -> i.source().substring(dir.toString().length() + 1)).toList();
        assertEquals(List.of("news/loop", "news/sub/up"), rejected);
        assertTrue(((SourceItem.Rejected) items.get(2)).reason().contains("already read"), items.toString());
        assertEquals(5, items.size(), "every entry is read or rejected, once");
    }

    @Test
    void unknownExtensionInADirectoryIsRejected() throws Exception {
        Files.writeString(dir.resolve("notes.md"), "# Notes");
        SourceItem.Rejected r = rejected(reader.readAll(List.of(dir.toString())));
        assertTrue(r.reason().startsWith("unsupported file type"), r.reason());
    }

    @Test
    void folderReadmeIsNotAnArticle() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# What this folder holds");
        Files.writeString(dir.resolve("readme.txt"), "What this folder holds, in plain text.");
        Files.writeString(dir.resolve("article.txt"), "An article body that is long enough to read.");
        List<String> sources = reader.readAll(List.of(dir.toString())).stream().map(SourceItem::source).toList();
        assertEquals(List.of(dir + "/article.txt"), sources);
    }

    @Test
    void missingPathIsRejected() {
        SourceItem.Rejected r = rejected(reader.readAll(List.of(dir.resolve("nope.txt").toString())));
        assertEquals("no such file or directory", r.reason());
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        assertEquals("empty file (0 bytes)", rejected(readFile("e.txt", new byte[0])).reason());
        assertEquals("empty file (only whitespace)", rejected(readFile("w.txt", " \n\n ".getBytes())).reason());
    }

    @Test
    void binaryFileWithNulBytesIsRejected() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String reason = rejected(readFile("image.txt", png)).reason();
        assertTrue(reason.startsWith("binary file (NUL byte at byte offset 8)"), reason);
    }

    @Test
    void binaryFileOfControlCharactersIsRejected() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertTrue(rejected(readFile("ctl.txt", bytes)).reason().startsWith("binary file (100 of the first 200"));
    }

    @Test
    void invalidUtf8IsRejectedWithTheByteOffset() throws Exception {
        byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        String reason = rejected(readFile("latin1.txt", latin1)).reason();
        assertTrue(reason.startsWith("invalid UTF-8 at byte offset 3 "), reason);
    }

    @Test
    void byteOrderMarkIsDropped() throws Exception {
        byte[] bytes = "\uFEFFText.".getBytes(StandardCharsets.UTF_8);
        List<SourceItem> items = readFile("bom.txt", bytes);
        assertEquals("Text.", assertInstanceOf(SourceItem.Accepted.class, items.get(0)).article().text());
    }

    @Test
    void fileAboveTheSizeCapIsRejectedBeforeReading() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, "x".repeat(1001).getBytes());
        // unreadable content proves the size is checked before the bytes are read or decoded
        Files.write(big, new byte[1001]);
        String reason = rejected(reader.readAll(List.of(big.toString()))).reason();
        assertEquals("file of 1001 bytes is larger than the size cap of 1000 bytes (raise it with --max-bytes)",
                reason);
    }

    @Test
    void stdinStartingWithABraceIsJsonLines() {
        InputStream in = new ByteArrayInputStream(
                "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
        List<SourceItem> items = new ArticleReader(1000, () -> in).readAll(List.of("-"));
        assertEquals(2, items.size());
        Article second = assertInstanceOf(SourceItem.Accepted.class, items.get(1)).article();
        assertEquals("2", second.id());
        assertEquals(null, second.file());
        assertEquals("-", items.get(1).source());
    }

    @Test
    void stdinPlainTextIsOneArticle() {
        InputStream in = new ByteArrayInputStream("Some news.\nMore.".getBytes(StandardCharsets.UTF_8));
        List<SourceItem> items = new ArticleReader(1000, () -> in).readAll(List.of("-"));
        assertEquals("Some news.\nMore.", assertInstanceOf(SourceItem.Accepted.class, items.get(0)).article().text());
    }

    @Test
    void stdinAboveTheSizeCapIsRejected() {
        InputStream in = new ByteArrayInputStream(new byte[5000]);
        SourceItem.Rejected r = rejected(new ArticleReader(1000, () -> in).readAll(List.of("-")));
        assertTrue(r.reason().startsWith("input larger than the size cap of 1000 bytes"), r.reason());
    }

    private List<SourceItem> stream(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        List<SourceItem> out = new ArrayList<>();
        for (ArticleReader.Input in : reader.inputs(List.of(p.toString()))) {
            reader.read(in, out::add);
        }
        return out;
    }

    @Test
    void jsonLinesAreStreamedWithTheSizeCapPerLineNotPerFile() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            sb.append("{\"id\":\"a").append(i).append("\",\"text\":\"Article number ").append(i).append(".\"}\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 1000, "the file is larger than the cap of 1000 bytes");
        List<SourceItem> items = stream("big.jsonl", bytes);
        assertEquals(30, items.size());
        assertEquals("a30", ((SourceItem.Accepted) items.get(29)).article().id());
        assertEquals(30, items.get(29).line());
    }

    @Test
    void aBadLineInAStreamedFileIsRejectedAloneWithItsLineAndFileOffset() throws Exception {
        byte[] good = "{\"id\":\"g\",\"text\":\"Good.\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
        byte[] longLine = ("{\"text\":\"" + "x".repeat(1200) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] last = "\n{\"id\":\"h\",\"text\":\"Also good.\"}".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.write(good);
        all.write(bad);
        all.write(longLine);
        all.write(last);
        List<SourceItem> items = stream("mixed.jsonl", all.toByteArray());
        assertEquals(4, items.size(), items.toString());
        assertEquals("g", ((SourceItem.Accepted) items.get(0)).article().id());
        SourceItem.Rejected utf8 = assertInstanceOf(SourceItem.Rejected.class, items.get(1));
        assertEquals(2, utf8.line());
        assertTrue(utf8.reason().contains("invalid UTF-8 at byte offset " + (good.length + 9)), utf8.reason());
        SourceItem.Rejected tooLong = assertInstanceOf(SourceItem.Rejected.class, items.get(2));
        assertEquals(3, tooLong.line());
        assertTrue(tooLong.reason().contains("longer than the size cap of 1000 bytes"), tooLong.reason());
        assertEquals("h", ((SourceItem.Accepted) items.get(3)).article().id());
        assertEquals(5, items.get(3).line());
    }

    @Test
    void aStreamedFileWithoutArticlesIsRejectedAsEmpty() throws Exception {
        SourceItem.Rejected r = rejected(stream("blank.jsonl", "\n  \n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("empty file (no JSON lines)", r.reason());
    }
}
