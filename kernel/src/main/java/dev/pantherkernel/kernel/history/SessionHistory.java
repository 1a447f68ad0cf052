package dev.pantherkernel.kernel.history;

import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The cells run in this kernel's life, for Jupyter's history requests (the console's up-arrow). Kept in memory
 * only: nothing is written to disk, so a cell that held a secret is gone with the kernel. Outputs are kept for the
 * latest {@value #KEPT_OUTPUTS} cells.
 */
public final class SessionHistory implements HistoryManager {

    /**
     * The absolute number of this kernel's session, the one tail and search report. IPython numbers sessions in its
     * history database; a history kept in memory has one session, which IPython, starting from an empty history, numbers 1 too.
     */
    private static final int SESSION = 1;

    /**
     * How many of the latest cells keep their output text: a table's text is kilobytes, and a kernel open all day
     * must not keep one per cell. Inputs are all kept (they are what the user typed).
     */
    static final int KEPT_OUTPUTS = 100;

    private final List<HistoryEntry> entries = new CopyOnWriteArrayList<>();

    public synchronized void record(int executionCount, String input, String output) {
        entries.add(new HistoryEntry(SESSION, executionCount, input, output == null ? "" : output));
        int older = entries.size() - KEPT_OUTPUTS - 1;
        if (older >= 0 && !entries.get(older).getOutput().isEmpty()) {
            HistoryEntry e = entries.get(older);
            entries.set(older, new HistoryEntry(e.getSession(), e.getCellNumber(), e.getInput(), ""));
        }
    }

    /** The entries a Jupyter history request asks for: the last ones, a range of cells, or those a pattern matches. */
    public List<HistoryEntry> answer(HistoryRequest request) {
        Set<ResultFlag> flags = EnumSet.noneOf(ResultFlag.class);
        if (request.includeOutput()) {
            flags.add(ResultFlag.INCLUDE_OUTPUT);
        }
        return switch (request.getAccessType()) {
            case TAIL -> lookupTail(((HistoryRequest.Tail) request).getMaxReturnLength(), flags);
            case RANGE -> {
                HistoryRequest.Range range = (HistoryRequest.Range) request;
                yield lookupRange(range.getSessionIndex(), range.getStart(), range.getStop(), flags);
            }
            case SEARCH -> {
                HistoryRequest.Search search = (HistoryRequest.Search) request;
                if (search.filterUnique()) {
                    flags.add(ResultFlag.UNIQUE);
                }
                yield search(search.getPattern(), search.getMaxReturnLength(), flags);
            }
        };
    }

    @Override
    public List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        List<HistoryEntry> all = shaped(entries, flags);
        return List.copyOf(all.subList(Math.max(0, all.size() - Math.max(0, length)), all.size()));
    }

    /**
     * The cells from {@code startCell} up to, not including, {@code endCell}, numbered as IPython numbers them: the
     * session is absolute (as tail and search report it) or, when 0 or less, relative to this one (0 this session,
     * -1 the one before, which a history kept in memory does not have); a negative cell counts back from the next
     * cell number, and an end of 0 means up to the last cell. The entries carry the absolute number, as tail's do
     * (IPython writes 0 there for its current session; jupyter_kernel_test expects the number it asked for).
     */
    @Override
    public List<HistoryEntry> lookupRange(int session, int startCell, int endCell, Set<ResultFlag> flags) {
        if ((session <= 0 ? session + SESSION : session) != SESSION) {
            return List.of();
        }
        int next = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).getCellNumber() + 1;
        int from = startCell < 0 ? startCell + next : startCell;
        int to = endCell <= 0 ? endCell + next : Math.min(endCell, next);
        List<HistoryEntry> in = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (e.getCellNumber() >= from && e.getCellNumber() < to) {
                in.add(e);
            }
        }
        return shaped(in, flags);
    }

    @Override
    public List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
        Pattern glob = globToRegex(pattern == null || pattern.isEmpty() ? "*" : pattern);
        List<HistoryEntry> matches = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (glob.matcher(e.getInput()).matches()) {
                matches.add(e);
            }
        }
        if (flags.contains(ResultFlag.UNIQUE)) {
            Set<String> seen = new LinkedHashSet<>();
            List<HistoryEntry> unique = new ArrayList<>();
            for (int i = matches.size() - 1; i >= 0; i--) {
                if (seen.add(matches.get(i).getInput())) {
                    unique.add(0, matches.get(i));
                }
            }
            matches = unique;
        }
        List<HistoryEntry> shaped = shaped(matches, flags);
        int from = length > 0 ? Math.max(0, shaped.size() - length) : 0;
        return List.copyOf(shaped.subList(from, shaped.size()));
    }

    private static List<HistoryEntry> shaped(List<HistoryEntry> in, Set<ResultFlag> flags) {
        if (flags.contains(ResultFlag.INCLUDE_OUTPUT)) {
            return new ArrayList<>(in);
        }
        List<HistoryEntry> out = new ArrayList<>(in.size());
        for (HistoryEntry e : in) {
            out.add(new HistoryEntry(e.getSession(), e.getCellNumber(), e.getInput(), null));
        }
        return out;
    }

    /** History search patterns are SQLite globs: {@code *}, {@code ?} and {@code [...]}. */
    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        for (char c : glob.toCharArray()) {
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
                regex.append(c == '\\' ? "\\\\" : String.valueOf(c));
                continue;
            }
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[' -> {
                    inClass = true;
                    regex.append('[');
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
