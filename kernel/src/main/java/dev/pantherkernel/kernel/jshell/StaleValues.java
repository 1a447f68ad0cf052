package dev.pantherkernel.kernel.jshell;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets go of the values no cell can read any more, so that a notebook open all day keeps its heap bounded.
 *
 * <p>JShell keeps every wrapper class it defined, and a wrapper's static field holds its variable's value: each time
 * a variable is declared again (a cell run again, {@code --as a} rebinding the same name) the old value stayed
 * reachable for the kernel's life, as did the value of every expression cell (JShell's {@code $N} temporaries).
 * A variable's field is set to null once its wrapper is no longer the one JShell uses for an active declaration and
 * no lasting code of an active declaration (a method, a class, a lambda held by a variable) reads it: such code,
 * compiled against the old declaration, keeps seeing the old value, as in plain JShell.
 */
final class StaleValues {

    private final SnippetWrappers wrappers;

    StaleValues(SnippetWrappers wrappers) {
        this.wrappers = wrappers;
    }

    /** Clears the fields of the variables' wrappers that nothing active reads. */
    void release(JShell shell) {
        Map<String, String> variables = new HashMap<>();
        List<SnippetWrappers.Wrapper> roots = new ArrayList<>();
        shell.snippets().forEach(snippet -> {
            if (snippet instanceof VarSnippet variable) {
                variables.put(variable.id(), variable.name());
            }
            if (lasts(snippet) && shell.status(snippet).isActive()) {
                wrappers.current(snippet.id()).ifPresent(roots::add);
            }
        });
        Set<String> live = wrappers.readFrom(roots);
        for (SnippetWrappers.Wrapper wrapper : wrappers.all()) {
            if (wrapper.released() || live.contains(wrapper.name())
                    || wrapper.snippetIds().size() != 1 || wrapper.type().isEmpty()) {
                continue;
            }
            String variable = variables.get(wrapper.snippetIds().get(0));
            if (variable != null) {
                clear(wrapper.type().get(), variable);
                wrapper.markReleased();
            }
        }
    }

    /**
     * Declarations stay and their code may run again; a statement or an expression ran when it was evaluated (a
     * lambda it handed elsewhere, to a thread say, is the case this misses: it reads null once its variable is
     * declared again, as docs/java-cells.md says).
     */
    private static boolean lasts(Snippet snippet) {
        return switch (snippet.kind()) {
            case VAR, METHOD, TYPE_DECL -> true;
            default -> false;
        };
    }

    private static void clear(Class<?> wrapper, String variable) {
        try {
            Field field = wrapper.getDeclaredField(variable);
            int modifiers = field.getModifiers();
            if (field.getType().isPrimitive() || !Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
                return; // nothing to let go of (a number), or a field JShell did not make (left alone)
            }
            field.setAccessible(true);
            field.set(null, null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unreachable) {
            // a wrapper whose field cannot be found or set keeps its value: never fail a cell for this
        }
    }
}
