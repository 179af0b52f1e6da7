/**
 * The cluster bill: EKS nodes sized from traffic, the control-plane fee, load balancers, NAT,
 * node storage and the people who run it.
 */
package org.breakeven.cluster;
