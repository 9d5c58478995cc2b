/** The only package that sees Spring Batch: the nightly briefing job, its steps and their thin adapters. */
package io.marketwatch.batch;
