package org.breakeven.pricing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which Lambda INIT rule a pricing table bills: whether the INIT phase of a cold start is billed for on-demand
 * functions packaged as ZIP on a managed runtime. AWS standardized INIT billing on {@link #STANDARDIZED}
 * (AWS Compute Blog, "AWS Lambda standardizes billing for INIT Phase", 2025-04-29): before it, INIT of such
 * functions was not billed, while container images, custom runtimes and Provisioned Concurrency already paid
 * for it; from it, every function pays.
 * <p>
 * A table states its rule in {@code lambdaInitBilling}; a table that does not (those written before the field
 * existed) bills the rule {@linkplain #inForceOn in force on} its effective date.
 */
public enum LambdaInitBilling {

    /** INIT of on-demand ZIP functions on managed runtimes is not billed: the rule before 2025-08-01. */
    MANAGED_ZIP_FREE("managedZipFree"),

    /** INIT is billed for every function: the rule from 2025-08-01. */
    BILLED("billed");

    /** The day from which AWS bills INIT for every on-demand function: 2025-08-01. */
    public static final LocalDate STANDARDIZED = LocalDate.of(2025, 8, 1);

    private final String id;

    LambdaInitBilling(String id) {
        this.id = id;
    }

    /**
     * Gets the name of the rule in a table file, {@code managedZipFree} or {@code billed}.
     *
     * @return the name
     */
    public String id() {
        return id;
    }

    /**
     * Gets the rule AWS billed on a date.
     * <pre>{@code
     * jshell> LambdaInitBilling.inForceOn(LocalDate.of(2024, 11, 1))
     * $1 ==> MANAGED_ZIP_FREE
     * }</pre>
     *
     * @param date the date
     * @return {@link #MANAGED_ZIP_FREE} before {@link #STANDARDIZED}, {@link #BILLED} from it
     */
    public static LambdaInitBilling inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.isBefore(STANDARDIZED) ? MANAGED_ZIP_FREE : BILLED;
    }

    /**
     * Reads a rule by its name in a table file.
     *
     * @param field the field, for the message
     * @param id the name
     * @return the rule
     * @throws PricingValueException if the name is not one of the rules
     */
    static LambdaInitBilling parse(String field, String id) {
        for (LambdaInitBilling rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new PricingValueException(field, "the INIT rule must be one of "
                + Arrays.stream(values()).map(r -> "\"" + r.id + "\"").collect(Collectors.joining(", "))
                + " (INIT of on-demand ZIP functions not billed, as before 2025-08-01, or billed, as from then)"
                + " but was: \"" + Text.shown(id) + "\"");
    }

    /**
     * Checks whether a cold start of an on-demand function bills its INIT under this rule.
     *
     * @param zipOnManagedRuntime whether the function is packaged as ZIP and runs on a managed runtime
     * @return true if its INIT is billed
     */
    public boolean billsInit(boolean zipOnManagedRuntime) {
        return this == BILLED || !zipOnManagedRuntime;
    }
}
