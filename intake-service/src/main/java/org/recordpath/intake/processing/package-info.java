/**
 * Processing jobs: the job queue in the document table (lease, heartbeat, back-off), the in-process worker pool or,
 * with profile {@code rabbitmq}, dispatch through RabbitMQ with a lease sweeper; stored facts; job metrics.
 */
package org.recordpath.intake.processing;
