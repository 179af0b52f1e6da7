/**
 * Renderings of what the library computed, for people and machines; nothing here solves, sweeps or prices: a text report and comparison table
 * ({@link org.breakeven.report.TextReport}), JSON ({@link org.breakeven.report.JsonReport}), CSV
 * ({@link org.breakeven.report.CsvReport}), estimated line items as FinOps FOCUS rows
 * ({@link org.breakeven.report.FocusReport}), pricing tables and their differences
 * ({@link org.breakeven.report.PricingReport}), and an SVG chart
 * ({@link org.breakeven.report.SvgChart}) with an HTML page around it ({@link org.breakeven.report.HtmlReport}).
 * <p>
 * The chart needs the optional dependencies {@code org.jfree:jfreechart} and {@code org.jfree:org.jfree.svg};
 * every other report needs only what the library needs. No third-party type appears in a public signature.
 */
package org.breakeven.report;
