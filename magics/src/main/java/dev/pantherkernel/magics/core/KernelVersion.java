package dev.pantherkernel.magics.core;

/**
 * This build's version, from the jar's manifest ({@code Implementation-Version}), for {@code %panther version}, the
 * kernel's info reply, the User-Agent and recordings; {@code dev} when the classes run outside a jar (from an IDE).
 */
@Internal
public final class KernelVersion {

    private static final String VERSION = of(KernelVersion.class.getPackage());

    private KernelVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String of(Package source) {
        String version = source.getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
