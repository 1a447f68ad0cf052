package dev.pantherkernel.magics.assist;

import dev.pantherkernel.magics.core.PublicApi;
import java.util.List;

/** Candidates that replace the text between {@code start} and {@code end} (offsets into the cell). */
@PublicApi
public record Completion(List<String> candidates, int start, int end) {

    public Completion {
        candidates = List.copyOf(candidates);
    }

    /** The same completion with its offsets moved by {@code delta} (from a line or body to the whole cell). */
    public Completion shifted(int delta) {
        return new Completion(candidates, start + delta, end + delta);
    }
}
