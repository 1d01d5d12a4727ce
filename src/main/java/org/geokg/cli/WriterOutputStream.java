package org.geokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a command's {@link PrintWriter} (picocli's out), so that byte-stream
 * APIs (query results, exports) end where the command's text output goes. Sequences split
 * across writes are decoded correctly. Not thread-safe.
 *
 * <pre>{@code
 * try (OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
 *     store.export("trig", null, out);
 * }
 * }</pre>
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            drain(false);
        }
    }

    private void drain(boolean end) {
        bytes.flip();
        while (true) {
            var r = decoder.decode(bytes, chars, end);
            chars.flip();
            writer.append(chars);
            chars.clear();
            if (!r.isOverflow()) {
                break;
            }
        }
        bytes.compact();
    }

    @Override
    public void flush() {
        writer.flush();
    }

    /** Decodes what is left and flushes; the writer stays open (it belongs to the command). */
    @Override
    public void close() {
        drain(true);
        decoder.flush(chars);
        chars.flip();
        writer.append(chars);
        chars.clear();
        writer.flush();
    }
}
