package org.breakeven.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 read strictly: what is valid reads as it does with the JDK's decoder; anything else fails with its offset. */
class Utf8ReaderTest {

    private static Reader reader(byte[] bytes) {
        return new Utf8Reader(new ByteArrayInputStream(bytes));
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[7];
        for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    /** Two, three and four bytes a character, across the 64 KiB the reader decodes at a time. */
    @Test
    void read_valid_asTheJdkDecodes() throws IOException {
        String text = "a\u00e9\u20ac\ud83d\ude00".repeat(20_000);

        assertThat(readAll(reader(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(text);
        assertThat(reader(new byte[0]).read()).isEqualTo(-1);
    }

    /** One character at a time, a character outside the BMP comes as its two surrogates. */
    @Test
    void read_oneAtATime_surrogatePairSplit() throws IOException {
        Reader in = reader("x\ud83d\ude00".getBytes(StandardCharsets.UTF_8));

        assertThat(in.read()).isEqualTo('x');
        assertThat(in.read()).isEqualTo(0xd83d);
        assertThat(in.read()).isEqualTo(0xde00);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read(new char[4], 0, 0)).isZero();
    }

    /**
     * The characters before a bad byte come first; the next read fails with the byte and its offset: 0xFF after
     * "ab" is at offset 2; 0xE2 0x82 starting a euro sign cut short by the end of the input at offset 1.
     */
    @Test
    void read_notUtf8_failsWithTheOffset() throws IOException {
        Reader bad = reader(new byte[] {'a', 'b', (byte) 0xff, 'c'});
        Reader cut = reader(new byte[] {'a', (byte) 0xe2, (byte) 0x82});
        char[] buffer = new char[16];

        assertThat(bad.read(buffer, 0, 16)).isEqualTo(2);
        assertThatThrownBy(() -> bad.read(buffer, 0, 16)).isInstanceOfSatisfying(Utf8Reader.NotUtf8Exception.class, e -> {
            assertThat(e.offset).isEqualTo(2);
            assertThat(e.value).isEqualTo(0xff);
        }).hasMessage("the byte 0xFF at offset 2 is not part of a UTF-8 character");
        assertThat(cut.read(buffer, 0, 16)).isEqualTo(1);
        assertThatThrownBy(() -> cut.read(buffer, 0, 16)).isInstanceOf(Utf8Reader.NotUtf8Exception.class)
                .hasMessage("the byte 0xE2 at offset 1 is not part of a UTF-8 character");
    }
}
