/** Finding launches: products released, expected, delayed or denied, with their windows. */
package io.marketwatch.extract.launch;
