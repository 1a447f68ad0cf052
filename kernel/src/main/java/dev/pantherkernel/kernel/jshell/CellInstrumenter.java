package dev.pantherkernel.kernel.jshell;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.HashSet;
import java.util.Set;

/**
 * Rewrites the bytecode of cell classes before they are defined:
 * <ul>
 *   <li>a call to {@link CellGuard#check()} before every backward jump, so loops in a cell can be interrupted
 *       on every JDK (Thread.stop is gone from JDK 20 on);</li>
 *   <li>calls to Tablesaw's {@code Plot.show}, which opens a desktop browser and fails in a kernel, go to a
 *       class that shows the figure in the notebook instead;</li>
 *   <li>{@code System.exit} and {@code Runtime.exit/halt} throw instead of ending the kernel's JVM.</li>
 * </ul>
 * A class this ASM version cannot read is left as it is: cell code must never fail to load because of this.
 */
public final class CellInstrumenter {

    private static final String CHECK_OWNER = Type.getInternalName(CellGuard.class);
    private static final String PLOT_OWNER = "tech/tablesaw/plotly/Plot";

    private final String plotReplacementOwner;

    /** @param plotReplacement a class with the same static {@code show} methods as Tablesaw's {@code Plot} */
    public CellInstrumenter(Class<?> plotReplacement) {
        this.plotReplacementOwner = Type.getInternalName(plotReplacement);
    }

    public byte[] instrument(byte[] classBytes) {
        try {
            ClassReader reader = new ClassReader(classBytes);
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new CellMethodVisitor(super.visitMethod(access, name, descriptor, signature, exceptions));
                }
            }, 0);
            return writer.toByteArray();
        } catch (RuntimeException unreadable) {
            return classBytes;
        }
    }

    /** {@code System.exit(n)}, {@code Runtime.getRuntime().exit(n)} and {@code halt(n)}. */
    private static boolean exitsTheJvm(int opcode, String owner, String name) {
        return opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/System") && name.equals("exit")
                || opcode == Opcodes.INVOKEVIRTUAL && owner.equals("java/lang/Runtime")
                && (name.equals("exit") || name.equals("halt"));
    }

    private final class CellMethodVisitor extends MethodVisitor {

        private final Set<Label> seen = new HashSet<>();

        CellMethodVisitor(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label target) {
            if (seen.contains(target)) {
                // a label already visited lies behind us: this jump closes a loop
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CHECK_OWNER, "check", "()V", false);
            }
            super.visitJumpInsn(opcode, target);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && PLOT_OWNER.equals(owner) && "show".equals(name)) {
                super.visitMethodInsn(opcode, plotReplacementOwner, name, descriptor, false);
                return;
            }
            if (exitsTheJvm(opcode, owner, name)) {
                // the cell runs inside the kernel's JVM: exiting it would kill the kernel, so refuse instead
                if (opcode == Opcodes.INVOKEVIRTUAL) {
                    super.visitInsn(Opcodes.SWAP);
                    super.visitInsn(Opcodes.POP);
                }
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CHECK_OWNER, "refuseExit", "(I)V", false);
                return;
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }
}
