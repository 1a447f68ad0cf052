package dev.pantherkernel.kernel.jshell;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tab completion, shift-tab inspection and "is this input complete?" for Java cells, from JShell's source analysis. */
public final class JavaCodeAssist {

    /** What an indent answer looks like when the input goes on: one level, as the console shows it. */
    public static final String INDENT = "    ";

    private final JShellEvaluator evaluator;

    public JavaCodeAssist(JShellEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Candidates replacing {@code [start, cursor)}; empty when JShell knows none. */
    public Optional<Completion> complete(String code, int cursor) {
        Optional<Completion> column = new ColumnNameCompletion(evaluator::variable).complete(code, cursor);
        if (column.isPresent()) {
            return column;
        }
        SourceCodeAnalysis analysis = evaluator.analysis();
        int start = snippetStart(analysis, code, cursor);
        String snippet = code.substring(start);
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(snippet, cursor - start, anchor);
        Set<String> typed = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (Suggestion s : suggestions) {
            (s.matchesType() ? typed : others).add(s.continuation());
        }
        typed.addAll(others);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Completion(List.copyOf(typed), start + anchor[0], cursor));
    }

    /** Signatures (and Javadoc when the JDK has it) of what is at the cursor; empty when nothing is known. */
    public Optional<String> inspect(String code, int cursor) {
        SourceCodeAnalysis analysis = evaluator.analysis();
        int start = snippetStart(analysis, code, cursor);
        String snippet = code.substring(start);
        int at = afterIdentifier(snippet, Math.min(snippet.length(), Math.max(0, cursor - start)));
        List<Documentation> docs = analysis.documentation(snippet, at, true);
        if (docs.isEmpty() && (at == 0 || snippet.charAt(at - 1) != '(')) {
            // a method named without its parentheses yet (t.rowCount, the cursor after it): JShell documents calls only
            docs = analysis.documentation(snippet.substring(0, at) + "(" + snippet.substring(at), at + 1, true);
        }
        if (docs.isEmpty()) {
            return variableAt(snippet, cursor - start);
        }
        StringBuilder text = new StringBuilder();
        for (Documentation doc : docs) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(doc.signature()).append('\n');
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                text.append('\n').append(doc.javadoc().strip()).append('\n');
            }
        }
        return Optional.of(text.toString().stripTrailing());
    }

    /**
     * {@code "complete"}, {@code "invalid"}, or the indent of the next line when the input goes on
     * (an open {@code for (...) {}, say), as Jupyter's is_complete_request wants.
     */
    public String isComplete(String code) {
        SourceCodeAnalysis analysis = evaluator.analysis();
        String remaining = code;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.DEFINITELY_INCOMPLETE
                    || completeness == Completeness.CONSIDERED_INCOMPLETE) {
                return INDENT;
            }
            if (completeness == Completeness.UNKNOWN
                    || info.source() != null && !JavaSyntax.parses(info.source())) {
                return "invalid";
            }
            remaining = info.remaining();
        }
        return "complete";
    }

    /** Where the snippet that holds {@code cursor} starts: JShell analyses one snippet at a time. */
    private static int snippetStart(SourceCodeAnalysis analysis, String code, int cursor) {
        int start = 0;
        String remaining = code;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                break;
            }
            int end = start + remaining.length() - info.remaining().length();
            if (end >= cursor) {
                break;
            }
            start = end;
            remaining = info.remaining();
        }
        return start;
    }

    /** JShell documents a method when the cursor stands just past its '(' and anything else at its name's end. */
    private static int afterIdentifier(String text, int cursor) {
        int i = cursor;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j < text.length() && text.charAt(j) == '(') {
            return j + 1;
        }
        return i;
    }

    private Optional<String> variableAt(String text, int cursor) {
        int start = Math.min(Math.max(0, cursor), text.length());
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        int end = start;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        String name = text.substring(start, end);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return evaluator.shell().variables()
                .filter(v -> v.name().equals(name) && evaluator.shell().status(v).isActive())
                .reduce((a, b) -> b)
                .map(v -> v.typeName() + " " + v.name());
    }

    /** Replacement candidates for the text between {@code start} and {@code end}. */
    public record Completion(List<String> candidates, int start, int end) {
    }
}
