/** Words and capitalised phrases of a sentence, and the curated word lists the rules read them with. */
package io.marketwatch.extract.phrase;
