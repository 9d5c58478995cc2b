/** The weekly digest mail: what changed in a week of nightly runs, subscribers, and a send log that sends each digest once. */
package io.marketwatch.digest;
