/** Rules that find companies, money, dates, investments and launches in an article's text. */
package io.marketwatch.extract;
