package dev.pantherkernel.kernel.jshell;

import com.sun.source.util.JavacTask;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;

/**
 * Whether a snippet JShell calls complete can parse at all. JShell's completeness analysis only looks for the end
 * of a snippet ({@code int = 7q;} ends, so it is "complete"), and its erroneous snippets include code that merely
 * names something undefined; Jupyter's {@code invalid} means code that can never compile, so javac's parser decides:
 * a snippet is valid when it parses as statements, as an expression, as class members or as a compilation unit
 * (imports), the places JShell accepts code. Parsing only: nothing is resolved or compiled.
 */
final class JavaSyntax {

    private static final List<String[]> PLACES = List.of(
            new String[]{"class Snippet { void run() throws Throwable {\n", "\n;} }"},
            new String[]{"class Snippet { Object value = (\n", "\n); }"},
            new String[]{"class Snippet {\n", "\n}"},
            new String[]{"", "\n"});

    private JavaSyntax() {
    }

    static boolean parses(String snippet) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return true; // no parser to ask (a JRE): say nothing rather than refuse good code
        }
        String trimmed = snippet.strip();
        String expression = trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        for (String[] place : PLACES) {
            String body = place[0].contains("value = (") ? expression : snippet;
            if (parsesAs(javac, place[0] + body + place[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean parsesAs(JavaCompiler javac, String source) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(new StringWriter(), null, diagnostics,
                List.of("-proc:none", "-XDshould-stop.at=PARSE"), null, List.of(file));
        try {
            task.parse();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }
}
