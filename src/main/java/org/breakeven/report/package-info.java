/**
 * Reports of a break-even for people and machines.
 */
package org.breakeven.report;
