package io.marketwatch.report.excel;

import org.apache.poi.ss.usermodel.Cell;

/** Where a cell's hyperlink goes: the sheet itself, or a spool for a streamed sheet. */
interface LinkSink {

    /**
     * Attaches a web address to a cell.
     *
     * @return false when the link could not be kept (the sheet has as many as Excel allows)
     */
    boolean link(Cell cell, String address);
}
