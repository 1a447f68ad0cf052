package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.replay.RecordingWriter;
import dev.pantherkernel.magics.replay.Replay;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.session.RecordingLocation;
import dev.pantherkernel.magics.table.Facts;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code %panther record [FILE]}, {@code %panther record --stop}: every answer from Panther into a file that replays. */
@Command(name = "record", header = "Record every answer from Panther into a file that replays without Panther or a token.",
        description = {
        "From now on, every answer from Panther (GraphQL, REST, data lake pages) is written to FILE as it",
        "arrives, with the session's times, so that `%%panther connect --replay FILE` gives the same tables",
        "without Panther or a token. The file holds data (mode 600), never the token or a header. Without",
        "FILE: beside the notebook, named after it (from JPY_SESSION_NAME), else in the working directory.",
        "  %%panther record                      %%panther record hunt.recording.jsonl.gz",
        "  %%panther record --stop"})
final class RecordCommand extends TableCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to record (replaced if it exists).")
    String file;

    @Option(names = "--stop", description = "Stop recording and close the file.")
    boolean stop;

    RecordCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Result call() {
        PantherSession session = context.session();
        if (stop) {
            if (file != null) {
                throw new UsageException("`record --stop` takes no FILE: it stops the recording the session writes");
            }
            return stopped(session.stopRecording());
        }
        Optional<Replay> replaying = session.replaying();
        if (replaying.isPresent()) {
            Facts facts = new Facts().put("recording", "").put("state", "not recording: this session replays "
                    + replaying.get().recording().file());
            return Result.newResult(facts.table("record")).operation("record")
                    .warning("a replaying session records nothing: its answers already come from a recording").build();
        }
        RecordingLocation where = RecordingLocation.of(file, session.environment(), Path.of("").toAbsolutePath());
        boolean replaces = Files.exists(where.file()) && session.recording().map(r -> !r.file().equals(where.file()))
                .orElse(true);
        RecordingWriter writer = session.record(where.file());
        Facts facts = new Facts()
                .put("recording", writer.file().toString())
                .put("where", where.chosen())
                .put("state", (replaces ? "recording (the earlier file is replaced)" : "recording")
                        + " since " + writer.startedAt())
                .put("replayWith", "%panther connect --replay " + writer.file().getFileName());
        return Result.newResult(facts.table("record")).operation("record").build();
    }

    private static Result stopped(Optional<RecordingWriter> writer) {
        if (writer.isEmpty()) {
            return Result.newResult(new Facts().put("recording", "").put("state", "not recording").table("record"))
                    .operation("record --stop").build();
        }
        RecordingWriter done = writer.get();
        Facts facts = new Facts()
                .put("recording", done.file().toString())
                .put("state", "stopped")
                .put("answers", String.valueOf(done.answers()))
                .put("distinctBodyBytes", String.valueOf(done.bodyBytes()))
                .put("fileBytes", String.valueOf(size(done.file())));
        return Result.newResult(facts.table("record")).operation("record --stop").build();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
