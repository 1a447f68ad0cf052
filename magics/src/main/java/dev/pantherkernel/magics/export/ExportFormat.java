package dev.pantherkernel.magics.export;

import dev.pantherkernel.magics.core.UsageException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The files a result can be written to, told apart by how the file name ends. */
enum ExportFormat {
    PARQUET(".parquet", "FORMAT parquet, COMPRESSION zstd"),
    CSV_GZ(".csv.gz", "FORMAT csv, HEADER, COMPRESSION gzip"),
    CSV(".csv", "FORMAT csv, HEADER"),
    JSONL(".jsonl", "FORMAT json");

    private final String extension;
    private final String copyOptions;

    ExportFormat(String extension, String copyOptions) {
        this.extension = extension;
        this.copyOptions = copyOptions;
    }

    public String extension() {
        return extension;
    }

    /** DuckDB's COPY options for this format. */
    String copyOptions() {
        return copyOptions;
    }

    /** Parquet carries its provenance inside; the text formats in a {@code .json} file beside them. */
    boolean needsSidecar() {
        return this != PARQUET;
    }

    public static ExportFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith(format.extension) && name.length() > format.extension.length()) {
                return format;
            }
        }
        throw new UsageException("--to " + file + ": the file name must end in one of "
                + Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", ")));
    }

    /** The same file name with {@code .partial} before the extension: {@code hunt.partial.parquet}. */
    Path partial(Path file) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - extension.length());
        return file.resolveSibling(stem + ".partial" + name.substring(stem.length()));
    }
}
