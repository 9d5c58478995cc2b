/** Reading the night's input: one parser per format behind {@link io.marketwatch.ingest.ArticleParser}. */
package io.marketwatch.ingest;
