/**
 * Remote partitioning (the {@code remote} Spring profile, docs/scale-out.md): the manager sends one
 * request per partition of {@code extractFactsStep} over RabbitMQ and follows the partitions in the
 * shared PostgreSQL job repository; {@code marketwatch worker} processes take the requests and run
 * {@code extractPartitionStep} on the shared input.
 */
package io.marketwatch.batch.remote;
