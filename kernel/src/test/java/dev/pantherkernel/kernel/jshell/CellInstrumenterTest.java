package dev.pantherkernel.kernel.jshell;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import tech.tablesaw.plotly.Plot;
import tech.tablesaw.plotly.components.Figure;

class CellInstrumenterTest {

    private final CellInstrumenter instrumenter = new CellInstrumenter(Replacement.class);

    @Test
    void aCheckIsAddedBeforeTheJumpThatClosesALoop() throws IOException {
        List<String> calls = staticCalls(instrumenter.instrument(bytesOf(Looping.class)), "spin");

        assertThat(calls).contains(CellGuard.class.getName().replace('.', '/') + ".check");
    }

    @Test
    void codeWithoutLoopsGetsNoCheck() throws IOException {
        List<String> calls = staticCalls(instrumenter.instrument(bytesOf(Looping.class)), "straight");

        assertThat(calls).noneMatch(c -> c.endsWith(".check"));
    }

    @Test
    void tablesawPlotShowCallsGoToTheReplacement() throws IOException {
        List<String> calls = staticCalls(instrumenter.instrument(bytesOf(Looping.class)), "plot");

        assertThat(calls).contains(Replacement.class.getName().replace('.', '/') + ".show")
                .doesNotContain("tech/tablesaw/plotly/Plot.show");
    }

    @Test
    void exitingTheJvmBecomesARefusal() throws IOException {
        List<String> calls = staticCalls(instrumenter.instrument(bytesOf(Looping.class)), "exits");

        assertThat(calls).contains(CellGuard.class.getName().replace('.', '/') + ".refuseExit")
                .doesNotContain("java/lang/System.exit");
    }

    @Test
    void bytesItCannotReadAreLeftAsTheyAre() {
        byte[] garbage = {1, 2, 3};

        assertThat(instrumenter.instrument(garbage)).isSameAs(garbage);
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    private static List<String> staticCalls(byte[] classBytes, String method) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classBytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!name.equals(method)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
                        if (opcode == Opcodes.INVOKESTATIC) {
                            calls.add(owner + "." + name);
                        }
                    }
                };
            }
        }, 0);
        return calls;
    }

    /** Compiled test input: one loop, one straight method, one Plot.show call. */
    static final class Looping {
        static int spin(int n) {
            int total = 0;
            for (int i = 0; i < n; i++) {
                total += i;
            }
            return total;
        }

        static int straight(int n) {
            return n > 0 ? n : -n;
        }

        static void plot(Figure figure) {
            Plot.show(figure);
        }

        static void exits(boolean really) {
            if (really) {
                System.exit(3);
            }
        }
    }

    public static final class Replacement {
        private Replacement() {
        }

        public static void show(Figure figure) {
        }
    }
}
