/** Finding investments: amounts of money told apart from results, prices and valuations, with their parties. */
package io.marketwatch.extract.investment;
