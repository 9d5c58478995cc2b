package io.marketwatch.review;

/**
 * A row of an edited review file, as the editor left it.
 *
 * @param row    the row's number in the file or sheet, the header being row 1
 * @param id     the fact's id
 * @param action keep, drop, fix, or empty (nothing to do)
 * @param fix    field=value pairs separated by semicolons, or empty
 */
record EditedRow(int row, String id, String action, String fix) {
}
