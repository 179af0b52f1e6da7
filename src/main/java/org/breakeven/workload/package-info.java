/**
 * The traffic a service sees: monthly requests, peak-to-average ratio, and the range to search.
 */
package org.breakeven.workload;
