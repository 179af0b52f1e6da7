/**
 * The cluster bill: EKS nodes, fixed, sized for the peak or autoscaled by the hour of the traffic's profile,
 * the control-plane fee, load balancers, NAT, node storage and the people who run it.
 */
package org.breakeven.cluster;
