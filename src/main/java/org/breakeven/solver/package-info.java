/**
 * The break-even solver: every crossing of the two bills in a range, segment by segment, with
 * commons-math3's bracketing Brent solver.
 */
package org.breakeven.solver;
