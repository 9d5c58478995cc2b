/** Splits an article body into sentences with their offsets; no Spring here. */
package io.marketwatch.extract.text;
