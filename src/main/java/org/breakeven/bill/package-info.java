/**
 * The bill kernel: money, the quantities a bill counts, the charges that price them, and the bills and line
 * items they make, evaluated exactly (decimals) for people and in {@code double} for the solver, from the
 * same objects.
 * <p>
 * The kernel sits above {@code org.breakeven.pricing} (a charge is priced by a {@code Rate}) and below every
 * bill ({@code serverless}, {@code cluster}) and the facade in {@code org.breakeven}; it imports none of them.
 */
package org.breakeven.bill;
