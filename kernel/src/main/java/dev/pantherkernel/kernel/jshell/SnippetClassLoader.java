package dev.pantherkernel.kernel.jshell;

import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.io.File;

/**
 * Defines the classes JShell compiles from cells. Its parent is the kernel's own class loader, so cell code
 * and {@code %panther} share one {@code Table} class and one session: a table made by a magic is the same
 * object in Java. Cell bytecode passes through the {@link CellInstrumenter} on the way in.
 */
final class SnippetClassLoader extends URLClassLoader implements LoaderDelegate {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
    private final Map<String, Class<?>> defined = new ConcurrentHashMap<>();
    private final CellInstrumenter instrumenter;
    private final SnippetWrappers wrappers;

    SnippetClassLoader(ClassLoader parent, CellInstrumenter instrumenter, SnippetWrappers wrappers) {
        super("panther-cells", new URL[0], parent);
        this.instrumenter = instrumenter;
        this.wrappers = wrappers;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        boolean[] installed = new boolean[classes.length];
        for (ClassBytecodes c : classes) {
            pending.put(c.name(), instrumenter.instrument(c.bytecodes()));
        }
        try {
            for (int i = 0; i < classes.length; i++) {
                Class<?> klass = loadClass(classes[i].name());
                defined.put(classes[i].name(), klass);
                wrappers.defined(classes[i].name(), classes[i].bytecodes(), klass);
                klass.getDeclaredMethods(); // link now, so a bad class fails here rather than mid-cell
                installed[i] = true;
            }
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ClassInstallException("cannot load a cell class: " + e, installed);
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            pending.put(c.name(), c.bytecodes());
        }
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        try {
            for (String part : path.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    addURL(Path.of(part).toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new InternalException("not a class path entry: " + path);
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> known = defined.get(name);
        if (known != null) {
            return known;
        }
        byte[] bytes = pending.remove(name);
        if (bytes != null) {
            return defineClass(name, bytes, 0, bytes.length);
        }
        return super.findClass(name);
    }
}
