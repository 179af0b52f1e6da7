package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files replaced in one step, and standard output that remembers a failed write. */
class OutputTest {

    /**
     * A stream that takes {@code limit} bytes and then fails as a full disk does, like {@code /dev/full}
     * or a file at its {@code ulimit -f}.
     */
    static final class FailsAfter extends FilterOutputStream {
        private long left;

        FailsAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left <= 0) {
                throw new IOException("No space left on device");
            }
            left--;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int taken = (int) Math.min(len, Math.max(0, left));
            out.write(b, off, taken);
            left -= taken;
            if (taken < len) {
                throw new IOException("No space left on device");
            }
        }
    }

    static Output failingAfter(long bytes) {
        return new Output(out -> new FailsAfter(out, bytes));
    }

    private static String text(int characters) {
        return "x".repeat(characters);
    }

    private static Stream<Path> filesIn(Path dir) throws IOException {
        return Files.list(dir).sorted();
    }

    @Test
    void writeFile_newFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("chart.svg");
        Output.FILES.writeFile(target, "<svg>é</svg>");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("<svg>é</svg>");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void writeFile_existingFile_isReplaced(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("chart.svg");
        Files.writeString(target, text(10_000));
        Output.FILES.writeFile(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void writeFile_failsPartWay_leavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("existing.svg");
        Files.writeString(target, "the old chart");

        assertThatThrownBy(() -> failingAfter(4096).writeFile(target, text(10_000)))
                .isInstanceOf(Output.Failure.class)
                .hasMessage("cannot write " + target + ": No space left on device");

        assertThat(Files.readString(target)).isEqualTo("the old chart");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void writeFile_failsPartWay_newFile_leavesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("new.svg");
        assertThatThrownBy(() -> failingAfter(0).writeFile(target, "x"))
                .isInstanceOf(Output.Failure.class)
                .hasMessage("cannot write " + target + ": No space left on device");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void writeFile_folder(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Output.FILES.writeFile(dir, "x"))
                .isInstanceOf(Output.Failure.class)
                .hasMessage("cannot write " + dir + ": it is a folder");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void writeFile_missingFolder(@TempDir Path dir) {
        Path target = dir.resolve("no-such-folder").resolve("chart.svg");
        assertThatThrownBy(() -> Output.FILES.writeFile(target, "x"))
                .isInstanceOf(Output.Failure.class)
                .hasMessage("cannot write " + target + ": no such folder: " + target.getParent());
    }

    @Test
    void writeFile_keepsThePermissionsOfTheFileItReplaces(@TempDir Path dir) throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path target = dir.resolve("shared.svg");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        Output.FILES.writeFile(target, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }

    @Test
    void writeFile_symbolicLink_replacesTheFileItNames(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("real.svg");
        Files.writeString(real, "old");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.svg"), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(e).as("symbolic links are not supported here").isNull();
            return;
        }
        Output.FILES.writeFile(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    /** {@code /dev/full} takes no byte: every write fails with ENOSPC, and the device stays a device. */
    @Test
    void writeFile_devFull_isWrittenInPlaceAndFails() {
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full)).as("/dev/full exists").isTrue();
        assertThatThrownBy(() -> Output.FILES.writeFile(full, "x"))
                .isInstanceOf(Output.Failure.class)
                .hasMessage("cannot write /dev/full: No space left on device");
        assertThat(Files.isRegularFile(full)).isFalse();
    }

    @Test
    void standard_rememberTheFirstFailure() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Output.Standard standard = new Output.Standard(new FailsAfter(bytes, 3));
        standard.write(new byte[] {'a', 'b'}, 0, 2);
        assertThat(standard.failure()).isEmpty();
        assertThatThrownBy(() -> standard.write(new byte[] {'c', 'd'}, 0, 2)).hasMessage("No space left on device");
        assertThatThrownBy(() -> standard.write('e')).hasMessage("No space left on device");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("abc");
        assertThat(standard.failure()).get().extracting(Throwable::getMessage)
                .isEqualTo("cannot write standard output: No space left on device");
    }

    @Test
    void standard_printStream_asksItForErrors() {
        PrintStream print = new PrintStream(new FailsAfter(new ByteArrayOutputStream(), 0), true,
                StandardCharsets.UTF_8);
        Output.Standard standard = new Output.Standard(print);
        print.print("hidden");
        assertThat(standard.failure()).get().extracting(Throwable::getMessage)
                .isEqualTo("cannot write standard output: the stream reported an error");
    }

    @Test
    void standard_close_flushesButLeavesTheStreamOpen() throws IOException {
        class Closable extends ByteArrayOutputStream {
            boolean closed;
            int flushes;

            @Override
            public void close() {
                closed = true;
            }

            @Override
            public void flush() {
                flushes++;
            }
        }
        Closable out = new Closable();
        new Output.Standard(out).close();
        assertThat(out.closed).isFalse();
        assertThat(out.flushes).isEqualTo(1);
    }
}
