/**
 * Statistical pieces trained on the annotated corpus: a logistic-regression model over named
 * features, its training, and its file format. Models are trained offline by
 * {@code marketwatch train} and ship in the jar; nothing is learnt or downloaded at run time.
 */
package io.marketwatch.extract.learn;
