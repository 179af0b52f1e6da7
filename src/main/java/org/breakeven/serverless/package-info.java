/**
 * The serverless bill: AWS Lambda requests, duration with volume tiers and the free tier, ephemeral
 * storage, cold-start INIT, Provisioned Concurrency with spill-over, and downstream charges.
 */
package org.breakeven.serverless;
