/** The command line: picocli commands that start Spring and call a feature's service. */
package io.marketwatch.cli;
