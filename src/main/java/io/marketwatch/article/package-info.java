/** The shared kernel: an article as read from the input. No Spring here. */
package io.marketwatch.article;
