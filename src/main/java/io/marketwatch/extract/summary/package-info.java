/** An extractive summary of an article: its lead sentences, weighed by the facts they carry. */
package io.marketwatch.extract.summary;
