package dev.pantherkernel.kernel.jshell;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wrapper classes JShell compiled for snippets ({@code REPL.$JShell$12}, {@code $JShell$12B} once snippet 12 is
 * declared again, {@code $JShell$5_7} for overloads declared together), with the other wrappers their lasting code
 * reads. A wrapper's {@code do_it$} method runs once, when the snippet runs; its other code (lambda bodies, methods,
 * nested classes) may run at any later time, so only that code counts as reading another wrapper.
 */
final class SnippetWrappers {

    /** JShell's wrapper classes, by binary name; nested classes follow the wrapper's name after a {@code $}. */
    private static final Pattern WRAPPER = Pattern.compile("^REPL[./]\\$JShell\\$([0-9A-Z_]+)");
    private static final Pattern SNIPPET = Pattern.compile("([0-9]+)[A-Z]*");
    /** The method JShell runs a snippet's code in (jdk.jshell's DOIT_METHOD_NAME). */
    private static final String RUNS_ONCE = "do_it$";

    private final Map<String, Wrapper> byName = new ConcurrentHashMap<>();
    private final Map<String, Wrapper> newestBySnippet = new ConcurrentHashMap<>();
    private final AtomicLong order = new AtomicLong();

    /** One wrapper class: the snippets it holds, when it was defined, and the wrappers its lasting code reads. */
    static final class Wrapper {
        private final String name;
        private final List<String> snippetIds;
        private final long order;
        private volatile Set<String> reads = Set.of();
        private volatile Class<?> type;
        private volatile boolean released;

        private Wrapper(String name, List<String> snippetIds, long order) {
            this.name = name;
            this.snippetIds = snippetIds;
            this.order = order;
        }

        String name() {
            return name;
        }

        List<String> snippetIds() {
            return snippetIds;
        }

        Optional<Class<?>> type() {
            return Optional.ofNullable(type);
        }

        /** Whether its variable's value was let go of (see {@link StaleValues}). */
        boolean released() {
            return released;
        }

        void markReleased() {
            released = true;
        }
    }

    /** Notes a class JShell defined: {@code bytes} as JShell compiled them, {@code type} once it is loaded (or null). */
    void defined(String className, byte[] bytes, Class<?> type) {
        Matcher matcher = WRAPPER.matcher(className);
        if (!matcher.find()) {
            return;
        }
        String wrapperName = "REPL.$JShell$" + matcher.group(1);
        Wrapper wrapper = byName.computeIfAbsent(wrapperName, name -> newWrapper(name, matcher.group(1)));
        boolean nested = className.length() > matcher.end();
        Set<String> reads = lastingReads(bytes, !nested, wrapperName);
        if (!reads.isEmpty()) {
            synchronized (wrapper) {
                Set<String> all = new HashSet<>(wrapper.reads);
                all.addAll(reads);
                wrapper.reads = Set.copyOf(all);
            }
        }
        if (!nested && type != null) {
            wrapper.type = type;
        }
    }

    private Wrapper newWrapper(String name, String ids) {
        List<String> snippetIds = new ArrayList<>();
        for (String part : ids.split("_")) {
            Matcher snippet = SNIPPET.matcher(part);
            if (snippet.matches()) {
                snippetIds.add(snippet.group(1));
            }
        }
        Wrapper wrapper = new Wrapper(name, List.copyOf(snippetIds), order.incrementAndGet());
        for (String id : wrapper.snippetIds) {
            newestBySnippet.merge(id, wrapper, (old, now) -> now.order > old.order ? now : old);
        }
        return wrapper;
    }

    /** The class that holds snippet {@code id} as JShell last compiled it. */
    Optional<Wrapper> current(String snippetId) {
        return Optional.ofNullable(newestBySnippet.get(snippetId));
    }

    /** Every wrapper class defined so far. */
    Collection<Wrapper> all() {
        return byName.values();
    }

    /** The wrappers {@code roots} read, directly or through other wrappers' lasting code, the roots included. */
    Set<String> readFrom(Collection<Wrapper> roots) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Wrapper root : roots) {
            todo.add(root.name);
        }
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (seen.add(name)) {
                Wrapper wrapper = byName.get(name);
                if (wrapper != null) {
                    todo.addAll(wrapper.reads);
                }
            }
        }
        return seen;
    }

    /** The other wrappers the bytecode of one class reads outside a wrapper's run-once method. */
    private static Set<String> lastingReads(byte[] bytes, boolean isWrapper, String self) {
        Set<String> reads = new HashSet<>();
        try {
            ReadsCollector collector = new ReadsCollector(reads);
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    // a variable whose value is an object of a class declared in a cell runs that class's code later
                    collector.constant(Type.getType(descriptor));
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return isWrapper && RUNS_ONCE.equals(name) ? null : collector;
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException unreadable) {
            // a class this ASM cannot read: count it as reading nothing; its values are then released like others
            return Set.of();
        }
        reads.remove(self);
        return reads;
    }

    private static Optional<String> wrapperOf(String internalName) {
        Matcher matcher = WRAPPER.matcher(internalName);
        return matcher.find() ? Optional.of("REPL.$JShell$" + matcher.group(1)) : Optional.empty();
    }

    /** Collects the wrapper classes a method's code names: fields, calls, types, constants and method handles. */
    private static final class ReadsCollector extends MethodVisitor {

        private final Set<String> reads;

        ReadsCollector(Set<String> reads) {
            super(Opcodes.ASM9);
            this.reads = reads;
        }

        private void name(String internalName) {
            if (internalName != null) {
                wrapperOf(internalName).ifPresent(reads::add);
            }
        }

        private void constant(Object value) {
            if (value instanceof Type type) {
                name(type.getSort() == Type.ARRAY ? type.getElementType().getInternalName()
                        : type.getSort() == Type.OBJECT ? type.getInternalName() : null);
            } else if (value instanceof Handle handle) {
                name(handle.getOwner());
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            name(owner);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            name(owner);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            name(type);
        }

        @Override
        public void visitLdcInsn(Object value) {
            constant(value);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            for (Object argument : arguments) {
                constant(argument);
            }
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            constant(Type.getType(descriptor));
        }
    }
}
