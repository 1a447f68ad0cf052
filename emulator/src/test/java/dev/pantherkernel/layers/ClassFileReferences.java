package dev.pantherkernel.layers;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which packages of a module each compiled package of it refers to, read from the class files' constant pools: every type a class
 * names (in code, signatures, generics, annotations) appears there as text, so no import or fully qualified name in a
 * method body escapes it, and no bytecode library is needed.
 */
final class ClassFileReferences {

    static final String ROOT = "(root)";

    private ClassFileReferences() {
    }

    /**
     * Package (relative to {@code basePackage}, {@link #ROOT} for itself) to the packages below {@code basePackage}
     * it uses.
     */
    static Map<String, Set<String>> packageGraph(Path classesRoot, String basePackage) throws IOException {
        String slashed = basePackage.replace('.', '/');
        Pattern ourType = Pattern.compile(Pattern.quote(slashed + "/") + "((?:[a-z][a-z0-9_]*/)*)[A-Z$]");
        Path base = classesRoot.resolve(slashed);
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String from = packageName(base.relativize(file.getParent()).toString().replace('\\', '/'));
                Set<String> uses = graph.computeIfAbsent(from, k -> new TreeSet<>());
                for (String text : utf8Constants(file)) {
                    Matcher m = ourType.matcher(text);
                    while (m.find()) {
                        String to = packageName(m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1));
                        if (!to.equals(from)) {
                            uses.add(to);
                        }
                    }
                }
            }
        }
        return graph;
    }

    private static String packageName(String slashed) {
        return slashed.isEmpty() ? ROOT : slashed.replace('/', '.');
    }

    /** The text entries of a class file's constant pool (JVMS 4.4). */
    static Set<String> utf8Constants(Path classFile) throws IOException {
        Set<String> texts = new TreeSet<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException(classFile + " is not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IOException("unknown constant tag " + tag + " in " + classFile);
                }
            }
        }
        return texts;
    }
}
