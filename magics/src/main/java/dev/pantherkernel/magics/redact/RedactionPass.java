package dev.pantherkernel.magics.redact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One redaction of a table or a text under the settings of the moment, in two steps. First each value on its own:
 * emails, IPs and ARNs wherever they stand (inside JSON text too), every value of a user-name field ({@code userName},
 * {@code alternateId}, {@code p_any_usernames} ...) and of a column named by {@code --columns}; a user name is also
 * learned from an email's local part ({@code jordan.lee}). Then, once the whole table has taught its names, the user
 * names known so far are replaced where they stand in free text (an alert title: {@code login by jordan.lee}), when
 * they cannot be an ordinary word: with a dot, dash, underscore, plus, at sign, digit or space in them.
 */
final class RedactionPass {

    /** Fields whose values are user names, logins or people's names, as their names are written without case or _. */
    static final Set<String> USER_NAME_FIELDS = Set.of("username", "user", "login", "loginname", "displayname", "givenname",
            "familyname", "fullname", "firstname", "lastname", "alternateid", "principalid", "sourceidentity",
            "rolesessionname", "panyusernames", "actor");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._+-]*[\\p{L}\\p{N}])?");
    private static final int LONGEST_NAME_IN_WORDS = 3;
    private static final Pattern CAST = Pattern.compile("::\\w+$");

    /** How a value is looked at. */
    enum Role {
        /** Free text: the values found in it. */
        TEXT,
        /** A user name as a whole (or, for an email, as an email). */
        USER_NAME,
        /** A value of a column named by --columns, as a whole. */
        WHOLE
    }

    private final Pseudonyms pseudonyms;
    private final RedactionSettings settings;
    private final Tally tally;

    RedactionPass(Pseudonyms pseudonyms, RedactionSettings settings, Tally tally) {
        this.pseudonyms = pseudonyms;
        this.settings = settings;
        this.tally = tally;
    }

    /** The table with pseudonyms in place of values; the same table when nothing changed. */
    Table table(Table table) {
        List<Column<?>> firstStep = new ArrayList<>(table.columnCount());
        List<Map<String, String>> steps = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            Role role = role(column.name());
            if (column instanceof StringColumn strings) {
                Map<String, String> step = new HashMap<>();
                for (int i = 0; i < strings.size(); i++) {
                    String value = strings.get(i);
                    step.computeIfAbsent(value, v -> first(v, role, column.name()));
                }
                firstStep.add(column);
                steps.add(step);
            } else if (role == Role.WHOLE) {
                StringColumn replaced = StringColumn.create(column.name());
                for (int i = 0; i < column.size(); i++) {
                    replaced.append(column.isMissing(i) ? "" : whole(column.getString(i), PseudonymForm.VALUE));
                }
                firstStep.add(replaced);
                steps.add(null);
            } else {
                firstStep.add(column);
                steps.add(null);
            }
        }
        List<Column<?>> out = new ArrayList<>(firstStep.size());
        boolean changed = false;
        for (int c = 0; c < firstStep.size(); c++) {
            Column<?> column = firstStep.get(c);
            Map<String, String> step = steps.get(c);
            Column<?> done = step == null ? column : secondStep((StringColumn) column, step);
            changed |= done != table.column(c);
            out.add(done);
        }
        return changed ? Table.create(table.name(), out) : table;
    }

    /** The column with each value through both steps; the same column when none changed. */
    private Column<?> secondStep(StringColumn column, Map<String, String> firstStep) {
        // until a name is known the second step changes nothing, and a big table's values need no second map
        Map<String, String> finished = pseudonyms.knowsNames() ? new HashMap<>() : firstStep;
        boolean changed = false;
        for (Map.Entry<String, String> e : firstStep.entrySet()) {
            String done = finished == firstStep ? e.getValue() : names(e.getValue());
            if (finished != firstStep) {
                finished.put(e.getKey(), done);
            }
            changed |= !done.equals(e.getKey());
        }
        if (!changed) {
            return column;
        }
        StringColumn replaced = StringColumn.create(column.name());
        for (int i = 0; i < column.size(); i++) {
            replaced.append(finished.get(column.get(i)));
        }
        return replaced;
    }

    /** Free text (or a JSON document: an API's answer, say) through both steps. */
    String text(String text) {
        return text == null || text.isEmpty() ? text : names(first(text, Role.TEXT, ""));
    }

    private Role role(String name) {
        if (settings.names(name)) {
            return Role.WHOLE;
        }
        return isUserNameField(name) && settings.kinds().contains(RedactedKind.USERNAME) ? Role.USER_NAME : Role.TEXT;
    }

    /** Whether a column or field holds user names, by its last part ({@code userIdentity.userName}, {@code actor:alternateId::string}). */
    static boolean isUserNameField(String name) {
        String field = CAST.matcher(name).replaceFirst("");
        String last = field.substring(Math.max(field.lastIndexOf('.'), field.lastIndexOf(':')) + 1);
        return USER_NAME_FIELDS.contains(last.toLowerCase(Locale.ROOT).replace("_", ""));
    }

    /** The first step for one value, seen in the field or column {@code path}. */
    private String first(String value, Role role, String path) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (role != Role.WHOLE && looksLikeJson(value)) {
            Optional<String> json = json(value, role, path);
            if (json.isPresent()) {
                return json.get();
            }
        }
        return switch (role) {
            case WHOLE -> whole(value, PseudonymForm.VALUE);
            case USER_NAME -> whole(value, PseudonymForm.NAME);
            case TEXT -> found(value);
        };
    }

    private static boolean looksLikeJson(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /** JSON text with its values redacted (compact, keys in order), or empty when it does not parse. */
    private Optional<String> json(String text, Role role, String path) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
        if (tree == null) {
            return Optional.empty();
        }
        JsonNode done = walk(tree, role, path);
        if (done == tree) {
            return Optional.of(text);
        }
        try {
            return Optional.of(JSON.writeValueAsString(done));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node with its values redacted; the same node when none changed. */
    private JsonNode walk(JsonNode node, Role role, String path) {
        if (node.isTextual()) {
            String value = node.textValue();
            String done = first(value, role, path);
            return done.equals(value) ? node : TextNode.valueOf(done);
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = null;
            for (int i = 0; i < array.size(); i++) {
                JsonNode done = walk(array.get(i), role, path);
                if (done != array.get(i)) {
                    out = out == null ? array.deepCopy() : out;
                    out.set(i, done);
                }
            }
            return out == null ? node : out;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode out = JSON.createObjectNode();
            boolean changed = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                String at = path.isEmpty() ? key : path + "." + key;
                Role inner = role == Role.WHOLE ? Role.WHOLE : role(at);
                JsonNode done = walk(field.getValue(), inner, at);
                String doneKey = found(key);
                changed |= done != field.getValue() || !doneKey.equals(key);
                out.set(doneKey, done);
            }
            return changed ? out : node;
        }
        return node;
    }

    /** A value as a whole: a pseudonym stays; an email, IP or ARN takes its form; anything else {@code otherwise}. */
    private String whole(String value, PseudonymForm otherwise) {
        if (Pseudonyms.isPseudonym(value)) {
            tally.add(value);
            return value;
        }
        PseudonymForm form = ValuePatterns.whole(value, settings.kinds()).map(ValuePatterns.Found::form).orElse(otherwise);
        return pseudonym(value, form);
    }

    /** Text with each email, IP and ARN in it replaced. */
    private String found(String text) {
        List<ValuePatterns.Found> found = ValuePatterns.find(text, settings.kinds());
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (ValuePatterns.Found f : found) {
            String value = text.substring(f.start(), f.end());
            out.append(text, copied, f.start()).append(f.made() ? counted(value) : pseudonym(value, f.form()));
            copied = f.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    private String counted(String pseudonym) {
        tally.add(pseudonym);
        return pseudonym;
    }

    private String pseudonym(String value, PseudonymForm form) {
        String pseudonym = pseudonyms.of(value, form);
        tally.add(pseudonym);
        if (form == PseudonymForm.EMAIL && settings.kinds().contains(RedactedKind.USERNAME)) {
            String local = value.substring(0, value.indexOf('@'));
            if (distinctive(local)) {
                pseudonyms.of(local, PseudonymForm.NAME);
            }
        }
        return pseudonym;
    }

    /** Whether a known name can be told from an ordinary word in free text. */
    static boolean distinctive(String name) {
        return name.length() >= 3 && name.chars().anyMatch(c -> "._-+@ ".indexOf(c) >= 0 || Character.isDigit(c));
    }

    /** The second step: each known user name (of up to three words) standing in the text as a word of its own. */
    private String names(String text) {
        if (text == null || !pseudonyms.knowsNames()) {
            return text;
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(LONGEST_NAME_IN_WORDS, words.size() - i); n >= 1; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                if (!spacedWords(text, words, i, n)) {
                    continue;
                }
                Optional<String> pseudonym = knownName(text.substring(start, end));
                if (pseudonym.isPresent()) {
                    out = out == null ? new StringBuilder(text.length()) : out;
                    out.append(text, copied, start).append(counted(pseudonym.get()));
                    copied = end;
                    i += n - 1;
                    break;
                }
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether words i .. i+n-1 follow one another with one space between each. */
    private static boolean spacedWords(String text, List<int[]> words, int i, int n) {
        for (int k = i; k < i + n - 1; k++) {
            int gapStart = words.get(k)[1];
            int gapEnd = words.get(k + 1)[0];
            if (gapEnd - gapStart != 1 || text.charAt(gapStart) != ' ') {
                return false;
            }
        }
        return true;
    }

    private Optional<String> knownName(String candidate) {
        if (!distinctive(candidate)) {
            return Optional.empty();
        }
        return pseudonyms.known(candidate).filter(p -> {
            PseudonymForm form = Pseudonyms.formOf(p);
            return form == PseudonymForm.VALUE || form == PseudonymForm.NAME && settings.kinds().contains(RedactedKind.USERNAME);
        });
    }
}
