package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.databind.util.RawValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A finished query's rows as ready-to-send JSON, kept in a temporary file rather than on the heap, with where each
 * row starts. A real Panther keeps results on its side; the emulator often runs inside the kernel (the built-in demo),
 * where rows held on the heap (about 1.5 KB a wide row) took the memory the kernel's own results need. A page is read
 * from the file when it is asked for. The file is unlinked as soon as it is open, so nothing is left behind, even
 * when the process dies; closing frees the space.
 */
final class ResultRows implements AutoCloseable {

    private final FileChannel file;
    /** Where each row starts, and after the last, where the file ends: {@code starts[size]}. */
    private final long[] starts;
    private final int size;

    private ResultRows(FileChannel file, long[] starts, int size) {
        this.file = file;
        this.starts = starts;
        this.size = size;
    }

    /** A writer of a new result, row after row. */
    static Writer writer() {
        return new Writer();
    }

    int size() {
        return size;
    }

    /** The bytes of every row together. */
    long bytes() {
        return starts[size];
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), read in one piece. */
    List<RawValue> get(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + " to " + to + " of " + size);
        }
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(starts[to] - starts[from]));
        try {
            while (all.hasRemaining()) {
                if (file.read(all, starts[from] + all.position()) < 0) {
                    throw new IOException("the result file ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading result rows: " + e.getMessage(), e);
        }
        List<RawValue> rows = new ArrayList<>(to - from);
        byte[] bytes = all.array();
        for (int i = from; i < to; i++) {
            int at = (int) (starts[i] - starts[from]);
            rows.add(new RawValue(new JsonText(Arrays.copyOfRange(bytes, at, (int) (starts[i + 1] - starts[from])))));
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            // the file was unlinked when it was opened: closing can only fail to free it sooner
        }
    }

    /** Writes rows to a new temporary file as they are read from the database. */
    static final class Writer implements AutoCloseable {
        private static final int BUFFER = 1 << 16;

        private final FileChannel file;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private long[] starts = new long[1024];
        private int size;
        private long end;
        private boolean finished;

        private Writer() {
            try {
                Path path = Files.createTempFile("panther-emulator-results", ".json");
                file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                try {
                    Files.deleteIfExists(path); // the open channel keeps the space until it is closed
                } catch (IOException stillThere) {
                    // some file systems refuse to unlink an open file: DELETE_ON_CLOSE removes it then
                }
            } catch (IOException e) {
                throw new UncheckedIOException("making a file for query results: " + e.getMessage(), e);
            }
        }

        /** Adds a row that {@link RowWriter} or {@link JsonInQuery} wrote. */
        void add(RawValue row) {
            add(JsonText.bytesOf(row));
        }

        void add(byte[] json) {
            if (size + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[size++] = end;
            try {
                for (int at = 0; at < json.length; ) {
                    int n = Math.min(buffer.remaining(), json.length - at);
                    buffer.put(json, at, n);
                    at += n;
                    if (!buffer.hasRemaining()) {
                        flush();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("writing query results: " + e.getMessage(), e);
            }
            end += json.length;
        }

        int size() {
            return size;
        }

        /** The rows written, ready to be read; the writer is done. */
        ResultRows finish() {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException("writing query results: " + e.getMessage(), e);
            }
            starts[size] = end;
            finished = true;
            return new ResultRows(file, Arrays.copyOf(starts, size + 1), size);
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
            buffer.clear();
        }

        /** Frees the file unless {@link #finish} handed it on. */
        @Override
        public void close() {
            if (!finished) {
                try {
                    file.close();
                } catch (IOException e) {
                    // unlinked already
                }
            }
        }
    }
}
