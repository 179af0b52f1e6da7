package org.breakeven.pricing.pricelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 strictly: a byte that is not part of a UTF-8 character fails with its offset, where an
 * {@link java.io.InputStreamReader} (which Jackson uses when it does not canonicalise names) replaces it with
 * U+FFFD silently, so that a damaged usage type showed up later as "no product matches".
 * <p>
 * The characters before such a byte are given first, and the failure comes at the next read: whoever reads
 * has then read everything before the byte, and can say on which line and at which JSON path it is. Not
 * thread-safe.
 */
final class Utf8Reader extends Reader {

    /** Thrown when the next byte is not part of a UTF-8 character. */
    static final class NotUtf8Exception extends IOException {

        private static final long serialVersionUID = 1L;

        /** The offset of the byte, from 0. */
        final long offset;
        /** The byte, 0 to 255. */
        final int value;

        NotUtf8Exception(long offset, int value) {
            super(String.format(java.util.Locale.ROOT, "the byte 0x%02X at offset %d is not part of a UTF-8 character", value, offset));
            this.offset = offset;
            this.value = value;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    /** A character decoded for a read of one character that got two (a surrogate pair); -1 if none. */
    private int held = -1;
    private long decoded;
    private boolean endOfInput;
    private boolean finished;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (held >= 0) {
            buffer[offset] = (char) held;
            held = -1;
            return 1;
        }
        if (length == 1) {
            char[] pair = new char[2];
            int n = decode(CharBuffer.wrap(pair));
            if (n <= 0) {
                return n;
            }
            buffer[offset] = pair[0];
            held = n == 2 ? pair[1] : -1;
            return 1;
        }
        return decode(CharBuffer.wrap(buffer, offset, length));
    }

    /** Decodes into a buffer of at least two characters; -1 at the end of the input. */
    private int decode(CharBuffer out) throws IOException {
        if (finished) {
            return -1;
        }
        int start = out.position();
        while (true) {
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            decoded += bytes.position() - before;
            if (out.position() > start) {
                return out.position() - start;
            }
            if (result.isError()) {
                throw new NotUtf8Exception(decoded, bytes.get(bytes.position()) & 0xFF);
            }
            if (endOfInput) {
                decoder.flush(out);
                finished = true;
                return out.position() > start ? out.position() - start : -1;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
