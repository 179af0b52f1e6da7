/**
 * The command-line program.
 */
package org.breakeven.cli;
