package dev.pantherkernel.layers;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checks behind a library's marked surface: which of the library's types the classes of other code name (read from
 * their constant pools, like {@link ClassFileReferences}), and which of those types do not carry the mark that puts a
 * type on the surface. A nested type counts as its top-level type: the mark is on the top-level one.
 */
public final class MarkedSurface {

    private MarkedSurface() {
    }

    /** The directory of compiled classes (or the root of the jar) a class was loaded from. */
    public static Path classesRootOf(Class<?> type) throws IOException, URISyntaxException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return location;
        }
        return FileSystems.newFileSystem(location).getPath("/");
    }

    /**
     * The top-level types below {@code libraryPackage} (binary names, {@code dev.pantherkernel.magics.table.Result})
     * that the class files under {@code classes} name, each with the class files that name it.
     */
    public static Map<String, Set<String>> namedTypes(Path classes, String libraryPackage) throws IOException {
        Pattern libraryType = Pattern.compile(Pattern.quote(libraryPackage.replace('.', '/') + "/")
                + "(?:[a-z][a-z0-9_]*/)*[A-Z][A-Za-z0-9_]*");
        Map<String, Set<String>> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                for (String text : ClassFileReferences.utf8Constants(file)) {
                    Matcher m = libraryType.matcher(text);
                    while (m.find()) {
                        String topLevel = m.group().split("\\$")[0].replace('/', '.');
                        named.computeIfAbsent(topLevel, k -> new TreeSet<>()).add(classes.relativize(file).toString());
                    }
                }
            }
        }
        return named;
    }

    /** The top-level types whose class files are under {@code classes}, in {@code packageName} and below. */
    public static Set<String> topLevelTypes(Path classes, String packageName) throws IOException {
        Path base = classes.resolve(packageName.replace('.', '/'));
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : (Iterable<Path>) files.filter(MarkedSurface::isTopLevelClass)::iterator) {
                String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
                types.add(name.substring(0, name.length() - ".class".length()));
            }
        }
        return types;
    }

    /** The public ones of {@link #topLevelTypes}. */
    public static Set<String> publicTypes(Path classes, String packageName) throws IOException {
        Set<String> types = new TreeSet<>();
        for (String name : topLevelTypes(classes, packageName)) {
            if (Modifier.isPublic(load(name).getModifiers())) {
                types.add(name);
            }
        }
        return types;
    }

    /**
     * Each of {@code types} that does not carry {@code mark}, with the marks it carries instead (among
     * {@code knownMarks}), or "no mark".
     */
    @SafeVarargs
    public static Map<String, String> notCarrying(Collection<String> types, Class<? extends Annotation> mark,
                                                  Class<? extends Annotation>... knownMarks) {
        Map<String, String> off = new TreeMap<>();
        for (String name : types) {
            Set<String> carried = marksOf(name, knownMarks);
            if (!carried.contains("@" + mark.getSimpleName())) {
                off.put(name, carried.isEmpty() ? "no mark" : String.join(" ", carried));
            }
        }
        return off;
    }

    /** The marks among {@code knownMarks} that a type carries, as {@code @Name}. */
    @SafeVarargs
    public static Set<String> marksOf(String type, Class<? extends Annotation>... knownMarks) {
        Class<?> loaded = load(type);
        return Arrays.stream(knownMarks).filter(loaded::isAnnotationPresent)
                .map(mark -> "@" + mark.getSimpleName()).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The top-level types below {@code libraryPackage} that the public constructors, methods and fields of
     * {@code types} take or give (type arguments too): what code that can name {@code types} gets from them.
     */
    public static Set<String> namedBySignatures(Collection<String> types, String libraryPackage) {
        Set<Type> named = new HashSet<>();
        for (String name : types) {
            Class<?> type = load(name);
            for (Method method : type.getMethods()) {
                named.add(method.getGenericReturnType());
                named.addAll(Arrays.asList(method.getGenericParameterTypes()));
            }
            for (Constructor<?> constructor : type.getConstructors()) {
                named.addAll(Arrays.asList(constructor.getGenericParameterTypes()));
            }
            for (Field field : type.getFields()) {
                named.add(field.getGenericType());
            }
        }
        Set<String> library = new TreeSet<>();
        named.forEach(type -> collectClasses(type, library, libraryPackage + "."));
        return library;
    }

    private static void collectClasses(Type type, Set<String> into, String prefix) {
        if (type instanceof Class<?> c) {
            Class<?> outer = c.isArray() ? c.componentType() : c;
            while (outer.getEnclosingClass() != null) {
                outer = outer.getEnclosingClass();
            }
            if (outer.getName().startsWith(prefix)) {
                into.add(outer.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            collectClasses(p.getRawType(), into, prefix);
            Arrays.stream(p.getActualTypeArguments()).forEach(argument -> collectClasses(argument, into, prefix));
        } else if (type instanceof WildcardType w) {
            Arrays.stream(w.getUpperBounds()).forEach(bound -> collectClasses(bound, into, prefix));
            Arrays.stream(w.getLowerBounds()).forEach(bound -> collectClasses(bound, into, prefix));
        } else if (type instanceof GenericArrayType a) {
            collectClasses(a.getGenericComponentType(), into, prefix);
        }
    }

    private static boolean isTopLevelClass(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class");
    }

    private static Class<?> load(String binaryName) {
        try {
            return Class.forName(binaryName, false, MarkedSurface.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(binaryName + " is named by a class file but not on the test class path", e);
        }
    }
}
