/** Scoring a briefing against gold facts, the same way as the shared score.py. */
package io.marketwatch.eval;
