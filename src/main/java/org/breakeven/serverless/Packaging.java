package org.breakeven.serverless;

/**
 * How a Lambda function is deployed, which decides whether its INIT phase was billed before AWS standardized INIT
 * billing on 2025-08-01 (see {@link org.breakeven.pricing.LambdaInitBilling}): until then, INIT of on-demand
 * functions packaged as ZIP on a managed runtime was free, while container images and custom runtimes paid for it.
 */
public enum Packaging {
    /** A ZIP package on a managed runtime (Node.js, Python, Java, .NET, Ruby). */
    ZIP("zip"),
    /** A ZIP package on an OS-only runtime such as {@code provided.al2023}. */
    CUSTOM_RUNTIME("customRuntime"),
    /** A container image. */
    IMAGE("image");

    private final String id;

    Packaging(String id) {
        this.id = id;
    }

    /**
     * Gets the name used in scenario files: {@code zip}, {@code customRuntime} or {@code image}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Checks whether this is a ZIP package on a managed runtime, whose INIT was free before 2025-08-01.
     *
     * @return true for {@link #ZIP}
     */
    public boolean zipOnManagedRuntime() {
        return this == ZIP;
    }

    /**
     * Obtains a packaging from its id.
     *
     * @param id {@code zip}, {@code customRuntime} or {@code image}
     * @return the packaging
     * @throws IllegalArgumentException for any other text
     */
    public static Packaging of(String id) {
        for (Packaging p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("packaging must be zip (a ZIP package on a managed runtime), customRuntime"
                + " (an OS-only runtime such as provided.al2023) or image (a container image) but was: " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
