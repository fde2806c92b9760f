/**
 * Plan ↔ report reconciliation (การติดตามผลตามแผน): for an agency and fiscal year with both a plan of measures and a
 * report on carrying them out, which planned measure the report accounts for, which it leaves out, and which it
 * reports without a plan having announced it. {@link org.itaminer.index.reconcile.MeasurePairing} is the pairing
 * machinery (also used year over year by {@code index.history}); {@link org.itaminer.index.reconcile.Reconciler} finds
 * the plan-report couples in a set of stored reports and pairs their measures.
 */
package org.itaminer.index.reconcile;
