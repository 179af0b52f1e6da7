/**
 * Import from the AWS Price List Bulk API: {@link org.breakeven.pricing.pricelist.PriceListImporter}
 * streams a region's offer files (JSON or CSV) and maps each of our rate keys to one product by its
 * attributes; the {@link org.breakeven.pricing.pricelist.ImportReport} says which keys were found, carried
 * over or missing, and hands out a {@code breakeven-pricing/1} table only when none is missing.
 */
package org.breakeven.pricing.pricelist;
