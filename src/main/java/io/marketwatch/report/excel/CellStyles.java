package io.marketwatch.report.excel;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Variants of the template's cell styles that values need: a currency's number format, a date
 * format where the template gave none, a quote prefix for formula-like text, link colours. Each
 * variant is made once per workbook.
 */
final class CellStyles {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    private static final byte[] LINK_BLUE = {0x05, 0x63, (byte) 0xC1};

    private final XSSFWorkbook book;
    private final Map<String, CellStyle> variants = new HashMap<>();

    CellStyles(XSSFWorkbook book) {
        this.book = book;
    }

    /** The style with a quote prefix, so that Excel keeps the text as text when a user edits the cell. */
    CellStyle quoted(CellStyle base) {
        return variant(base, "quoted", style -> style.setQuotePrefixed(true));
    }

    /**
     * The style with a currency's number format: the ISO code, then the amount; with the currency's
     * decimals only for an amount that has a fraction ("CNY 380,000,000,000", "USD 12.50").
     */
    CellStyle currency(CellStyle base, String code, boolean fractional) {
        String pattern = currencyFormat(code, fractional);
        return variant(base, pattern, style -> style.setDataFormat(format(pattern)));
    }

    /** The style itself when it already formats dates, else with {@code pattern}. */
    CellStyle dated(CellStyle base, String pattern) {
        if (DateUtil.isADateFormat(base.getDataFormat(), base.getDataFormatString())) {
            return base;
        }
        return variant(base, pattern, style -> style.setDataFormat(format(pattern)));
    }

    /** The style with its font blue and underlined, for a cell that carries a hyperlink. */
    CellStyle linked(CellStyle base) {
        return variant(base, "linked", style -> {
            XSSFFont baseFont = ((XSSFCellStyle) base).getFont();
            XSSFFont font = book.createFont();
            font.setFontName(baseFont.getFontName());
            font.setFontHeight(baseFont.getFontHeight());
            font.setBold(baseFont.getBold());
            font.setItalic(baseFont.getItalic());
            font.setUnderline(FontUnderline.SINGLE);
            font.setColor(new XSSFColor(LINK_BLUE));
            style.setFont(font);
        });
    }

    static String currencyFormat(String code, boolean fractional) {
        int decimals = fractional ? 2 : 0;
        try {
            decimals = fractional ? Math.max(0, Currency.getInstance(code).getDefaultFractionDigits()) : 0;
        } catch (IllegalArgumentException unknownToJava) {
            // an ISO code Java does not know: two decimals for a fraction
        }
        return "[$" + code + "] #,##0" + (decimals == 0 ? "" : "." + "0".repeat(decimals));
    }

    private CellStyle variant(CellStyle base, String kind, Consumer<CellStyle> change) {
        return variants.computeIfAbsent(base.getIndex() + " " + kind, key -> {
            CellStyle style = book.createCellStyle();
            style.cloneStyleFrom(base);
            change.accept(style);
            return style;
        });
    }

    private short format(String pattern) {
        return book.createDataFormat().getFormat(pattern);
    }
}
