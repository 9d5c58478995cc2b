package io.marketwatch.report.excel;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;

/** Links kept by the sheet itself, for the template's few in-memory cells (not for streamed rows). */
enum SheetLinks implements LinkSink {
    INSTANCE;

    @Override
    public boolean link(Cell cell, String address) {
        Hyperlink link = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(address);
        cell.setHyperlink(link);
        return true;
    }
}
