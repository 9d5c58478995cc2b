/** Finds amounts of money in a sentence: value, ISO currency, the article's own conversion. */
package io.marketwatch.extract.money;
