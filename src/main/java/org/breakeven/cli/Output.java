package org.breakeven.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Where the commands write, so that output that cannot be written is never reported as success.
 * <p>
 * Standard output goes through {@link Standard}, which remembers the first failed write; {@link Main} checks
 * it after every command and exits with {@link Main#BAD_INPUT} and one line on standard error naming what
 * could not be written. A file ({@code -o}) is written by {@link #writeFile}: to a temporary file in the same
 * folder, forced to disk, then moved over the target in one step, so that a failure leaves the old file as it
 * was and no partial file behind.
 * <p>
 * This class is immutable and thread-safe if its stream wrapper is; a {@link Standard} is not.
 */
final class Output {

    /** Files written as they are, with nothing in between. */
    static final Output FILES = new Output(UnaryOperator.identity());

    private final UnaryOperator<OutputStream> through;

    /**
     * @param through wraps each file's stream before it is written, which a test uses to make a write fail
     *     part-way; {@link UnaryOperator#identity()} otherwise
     */
    Output(UnaryOperator<OutputStream> through) {
        this.through = Objects.requireNonNull(through, "through");
    }

    /**
     * Writes text to a file in UTF-8, replacing the file in one step.
     *
     * @param target the file; a device or pipe that exists (such as {@code /dev/stdout}) is written in place
     * @param text the text
     * @throws Failure if the file cannot be written; the target is then unchanged
     */
    void writeFile(Path target, String text) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isDirectory(target)) {
            throw new Failure(target.toString(), "it is a folder", null);
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or a pipe: there is nothing to replace, and a temporary file beside it could replace it.
            try (OutputStream out = through.apply(Files.newOutputStream(target))) {
                out.write(bytes);
            } catch (IOException e) {
                throw new Failure(target.toString(), reason(e), e);
            }
            return;
        }
        Path file = target.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(file) && Files.exists(file)) {
                file = file.toRealPath(); // replace the file that the link names, not the link
            }
        } catch (IOException e) {
            throw new Failure(target.toString(), reason(e), e);
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Failure(target.toString(), "no such folder: " + folder, null);
        }
        Path temporary = file.resolveSibling("." + file.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE); OutputStream out = through.apply(Channels.newOutputStream(channel))) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(file)) {
                keepPermissions(file, temporary);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new Failure(target.toString(), reason(e), e);
        }
    }

    /** Gives the new file the permissions of the one it replaces, where the file system has POSIX ones. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the new file keeps the default permissions.
        }
    }

    /**
     * Says why a write failed in a few words, {@code No space left on device} or {@code permission denied},
     * without naming the temporary file.
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Output that could not be written, with what it was and why.
     * <p>
     * This class is immutable and thread-safe.
     */
    static final class Failure extends UncheckedIOException {

        private static final long serialVersionUID = 1L;

        /**
         * @param what what could not be written, such as a file name or {@code standard output}
         * @param reason why, in a few words
         * @param cause the failure, or null
         */
        Failure(String what, String reason, IOException cause) {
            super("cannot write " + what + ": " + reason, cause != null ? cause : new IOException(reason));
        }
    }

    /**
     * Standard output, or any stream in its place, which remembers the first write that failed so that the
     * command can say so once it is done. A {@link PrintStream} hides its failures; this asks it with
     * {@link PrintStream#checkError()}.
     * <p>
     * This class is mutable and not thread-safe: one per run.
     */
    static final class Standard extends FilterOutputStream {

        private IOException failure;

        Standard(OutputStream out) {
            super(Objects.requireNonNull(out, "out"));
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** Flushes, and leaves the stream open: it is not ours to close. */
        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException failed(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        /**
         * Checks whether any write failed.
         *
         * @return why the output could not be written, or empty if every write succeeded
         */
        Optional<Failure> failure() {
            if (failure != null) {
                return Optional.of(new Failure("standard output", reason(failure), failure));
            }
            if (out instanceof PrintStream print && print.checkError()) {
                return Optional.of(new Failure("standard output", "the stream reported an error", null));
            }
            return Optional.empty();
        }
    }
}
