/**
 * Reading the night's input: {@link io.marketwatch.ingest.InputScanner} lists the files,
 * {@link io.marketwatch.ingest.ArticleReader} turns each into articles or a skip reason, with one
 * {@link io.marketwatch.ingest.ArticleParser} per format (see docs/input-formats.md).
 */
package io.marketwatch.ingest;
