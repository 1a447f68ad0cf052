package dev.pantherkernel.kernel.jshell;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiler diagnostic on one line, as a user reads it. javac writes several ({@code cannot find symbol}, then
 * {@code symbol: variable x}, then {@code location: class NAME}); in JShell the location of a cell's own code is its
 * wrapper class, which has no name to show, so javac's last line ends in an empty {@code location: class }. The symbol
 * joins the first line, a location that names something is kept, an empty one is dropped.
 */
final class CompileMessage {

    private CompileMessage() {
    }

    static String oneLine(String message) {
        String[] lines = JShellNames.unwrap(message).split("\n");
        StringBuilder out = new StringBuilder(lines[0].strip());
        List<String> rest = new ArrayList<>();
        String location = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip().replaceAll("\\s+", " ");
            if (line.isEmpty() || isEmptyPhrase(line)) {
                continue;
            }
            if (line.startsWith("symbol:")) {
                out.append(": ").append(line.substring("symbol:".length()).strip());
            } else if (line.startsWith("location:")) {
                location = line;
            } else {
                rest.add(line);
            }
        }
        if (location != null) {
            out.append(" (").append(location).append(')');
        }
        for (String line : rest) {
            out.append(out.charAt(out.length() - 1) == ';' ? " " : "; ").append(line);
        }
        return out.toString();
    }

    /** {@code location: class } and the like: a label, maybe a kind, and no name after it. */
    private static boolean isEmptyPhrase(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String after = line.substring(colon + 1).strip();
        return after.isEmpty() || after.equals("class") || after.equals("interface") || after.equals("enum")
                || after.equals("record");
    }
}
