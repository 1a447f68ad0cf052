package dev.pantherkernel.magics.redact;

import dev.pantherkernel.magics.client.SentValues;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.table.ColumnKind;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A session's redaction ({@code %panther redact}): while it is on, every table, chart, export and message the
 * session gives the notebook shows consistent pseudonyms instead of emails, IPs, user names and ARNs (and every value
 * of the columns named), and a pseudonym sent back to Panther goes as its original ({@link #sentValues()}), so pivots
 * keep working. The key and the way back stay in this object, in memory; turning it off keeps the pseudonyms known.
 */
@Internal
public final class Redaction {

    private static final Pattern CARET_LINE = Pattern.compile("[\\s|]*\\^[\\s^~]*");

    private final Pseudonyms pseudonyms;
    private volatile RedactionSettings settings = RedactionSettings.off();

    public Redaction() {
        this(new Pseudonyms());
    }

    Redaction(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public RedactionSettings settings() {
        return settings;
    }

    /** Redacts what comes from now on by {@code next} (or stops, when it is off); what was shown stays as it is. */
    public void use(RedactionSettings next) {
        settings = next;
    }

    public boolean on() {
        return settings.on();
    }

    /** How values shown here are sent to Panther: a pseudonym of this session as its original. */
    public SentValues sentValues() {
        return pseudonyms;
    }

    /** The table with pseudonyms in place of values (the same table when off or nothing matched). */
    public Table table(Table table) {
        RedactionSettings now = settings;
        return now.on() ? new RedactionPass(pseudonyms, now, new Tally()).table(table) : table;
    }

    /** {@link #table(Table)}, counting the pseudonyms in it into {@code tally} (for a footer over many pages). */
    public Table table(Table table, Counted tally) {
        RedactionSettings now = settings;
        return now.on() ? new RedactionPass(pseudonyms, now, tally.tally).table(table) : table;
    }

    /** Text shown to the user (a footer line, an error, SQL with values in it) with pseudonyms in place of values. */
    public String text(String text) {
        RedactionSettings now = settings;
        return now.on() ? new RedactionPass(pseudonyms, now, new Tally()).text(text) : text;
    }

    /**
     * A JSON document with pseudonyms in place of values, keys and shape kept: what a recording of Panther's answers
     * (and of the requests, whose SQL and variables carry values) must hold while redaction is on.
     */
    public String json(String body) {
        // text that is a JSON document is parsed and written back compact, its keys and shape kept
        return text(body);
    }

    /** The result redacted: table, details, warnings, and a footer line saying what was replaced. */
    public Result result(Result result) {
        RedactionSettings now = settings;
        if (!now.on()) {
            return result;
        }
        Tally tally = new Tally();
        RedactionPass pass = new RedactionPass(pseudonyms, now, tally);
        Table table = pass.table(result.table());
        String note = result.redaction() != null ? result.redaction() : tally.footer();
        return result.redacted(table, pass::text, note);
    }

    /** A result whose pages were redacted as they were written, with the footer of what {@code tally} counted. */
    public Result result(Result result, Counted tally) {
        return on() ? result(result.transform(b -> b.redaction(tally.tally.footer()))) : result;
    }

    /**
     * An error with pseudonyms in its message and lines (a caret under a line stays under the same place); the rows a
     * partial result kept are redacted too. The same error when off or nothing changed; other throwables as they are.
     */
    public RuntimeException failure(RuntimeException thrown) {
        if (!on() || !(thrown instanceof PantherException panther)) {
            return thrown;
        }
        if (panther instanceof PartialResultException partial) {
            PartialResultException out = new PartialResultException(text(partial.getMessage()), result(partial.result()), null);
            out.setStackTrace(partial.getStackTrace());
            return out;
        }
        PantherException out = panther.reworded(this::text, this::lines);
        return out.getMessage().equals(panther.getMessage()) && out.details().equals(panther.details()) ? panther : out;
    }

    /** Lines shown together (an error's details): each redacted, a caret line moved with the line above it. */
    List<String> lines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String done = text(line);
            out.add(done);
            if (i + 1 < lines.size() && CARET_LINE.matcher(lines.get(i + 1)).matches() && !done.equals(line)) {
                String caret = lines.get(++i);
                int at = caret.indexOf('^');
                String before = at <= line.length() ? text(line.substring(0, at)) : null;
                int moved = before != null && done.startsWith(before) ? before.length() : at;
                out.add(caret.substring(0, Math.min(at, moved)) + " ".repeat(Math.max(0, moved - at)) + caret.substring(at));
            }
        }
        return out;
    }

    /**
     * A Java value as it goes into a query: each pseudonym of this session in a string (or in the strings of a list,
     * array or map) replaced by its original. Other values as they are.
     */
    public Object original(Object value) {
        if (!pseudonyms.replacesAny() || value == null) {
            return value;
        }
        if (value instanceof CharSequence text) {
            return pseudonyms.within(text.toString());
        }
        if (value instanceof Collection<?> items) {
            List<Object> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(original(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, original(v)));
            return out;
        }
        if (value instanceof Object[] items) {
            List<Object> out = new ArrayList<>(items.length);
            for (Object item : items) {
                out.add(original(item));
            }
            return out;
        }
        return value;
    }

    /** The kind a column written to a file takes: text when all its values become pseudonyms (--columns). */
    public ColumnKind kindOf(String column, ColumnKind kind) {
        return settings.names(column) ? ColumnKind.STRING : kind;
    }

    /** Counts the pseudonyms of several redactions (the pages of one export) for one footer line. */
    public static final class Counted {
        private final Tally tally = new Tally();
    }

    @Override
    public String toString() {
        return "Redaction[" + settings.describe() + ", " + pseudonyms + "]";
    }
}
