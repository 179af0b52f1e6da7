/**
 * The command-line program, {@link org.breakeven.cli.Main}: {@code solve}, {@code compare}, {@code sweep},
 * {@code chart} and {@code pricing list|show|diff}, built on the optional dependency picocli and shipped
 * as the executable {@code breakeven-<version>-cli.jar}.
 */
package org.breakeven.cli;
