/** The command line: commands, their options, console output and exit codes. */
package io.marketwatch.cli;
