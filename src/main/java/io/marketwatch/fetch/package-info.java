/** Fetching the night's articles from the user's feeds, news APIs and pages into the input folder. */
package io.marketwatch.fetch;
