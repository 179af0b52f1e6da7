/**
 * Versioned pricing tables: rates with their unit, source and date, loaded from the jar's
 * {@code pricing/} folder or from a file, strictly validated.
 */
package org.breakeven.pricing;
