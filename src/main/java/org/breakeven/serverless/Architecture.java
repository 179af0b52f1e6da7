package org.breakeven.serverless;

/**
 * The processor architecture of a Lambda function, which selects its duration rates.
 */
public enum Architecture {
    /** Intel and AMD processors. */
    X86_64("x86_64"),
    /** AWS Graviton processors. */
    ARM64("arm64");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    /**
     * Gets the name used in pricing tables and scenario files: {@code x86_64} or {@code arm64}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Obtains an architecture from its id.
     *
     * @param id {@code x86_64} or {@code arm64}
     * @return the architecture
     * @throws IllegalArgumentException for any other text
     */
    public static Architecture of(String id) {
        for (Architecture a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("architecture must be x86_64 or arm64 but was: " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
