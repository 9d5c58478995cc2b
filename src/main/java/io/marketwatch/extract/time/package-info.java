/** Finds date phrases in a sentence and resolves them to windows against the publication date. */
package io.marketwatch.extract.time;
