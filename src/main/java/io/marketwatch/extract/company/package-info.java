/** Finding the companies of an article: capitalised phrases weighed by the cues around them. */
package io.marketwatch.extract.company;
