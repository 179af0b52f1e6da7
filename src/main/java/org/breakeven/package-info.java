/**
 * breakeven: at how many requests per month does an AWS Lambda bill overtake the same service on a
 * Kubernetes (EKS) cluster, and why.
 * <p>
 * Start at {@link org.breakeven.Breakeven}: {@code Breakeven.solve(Breakeven.defaultScenario())}.
 * A {@link org.breakeven.Scenario} holds the workload, the function, the cluster and the pricing table;
 * its two {@link org.breakeven.bill.BillModel}s are lists of {@link org.breakeven.bill.Charge}s, evaluated exactly
 * into {@link org.breakeven.bill.Bill}s of {@link org.breakeven.bill.LineItem}s, and in {@code double} by the solver.
 */
package org.breakeven;
