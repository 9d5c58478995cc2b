/**
 * Training the statistical parts of the extractor on annotated articles: joining articles to their
 * gold facts, turning the rules' candidates into labelled examples, cross-checking a model on
 * sets it was not trained on, and writing the model that ships in the jar.
 */
package io.marketwatch.train;
