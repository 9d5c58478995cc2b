/** The application database: what nightly runs keep of their articles and facts, for briefings and digests. */
package io.marketwatch.store;
