package org.convlab.engine;

/**
 * Which inner loops the fast paths use. When the JDK's incubating Vector API module
 * ({@code jdk.incubator.vector}) is in the boot layer (the launchers start the JVM with
 * {@code --add-modules jdk.incubator.vector}), stride-1 direct, pointwise and separable
 * convolutions run on explicit SIMD kernels ({@link VecConv}, {@link VecPointwise},
 * {@link VecSeparable}); otherwise, or with {@code -Dconvlab.vector=false}, on the plain Java
 * loops that HotSpot auto-vectorizes ({@link RowKernels}). Both are tested against the reference.
 *
 * <p>The classes that use the Vector API are only loaded when it is active, so the engine runs
 * on any Java 17 without the module.
 */
public final class VectorPath {
    /** The system property that turns the Vector API path off ({@code -Dconvlab.vector=false}). */
    public static final String PROPERTY = "convlab.vector";
    /** The module to add at launch: {@code --add-modules jdk.incubator.vector}. */
    public static final String MODULE = "jdk.incubator.vector";

    static final boolean ENABLED = detect();

    private VectorPath() { }

    private static boolean detect() {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"))) return false;
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }

    /** True when the fast paths use the Vector API kernels. */
    public static boolean active() { return ENABLED; }

    /** One line for logs and {@code bench}: which kernels run, and the vector width. */
    public static String describe() {
        if (!ENABLED) {
            return "plain Java loops (auto-vectorized; start the JVM with --add-modules " + MODULE + " for the Vector API kernels)";
        }
        return "Vector API kernels, " + Vec.LANES + " floats per vector (" + Vec.LANES * 32 + "-bit)";
    }
}
