/**
 * The traffic a service sees: monthly requests, their hourly profile, peak-to-average ratio, and the range to
 * search.
 */
package org.breakeven.workload;
