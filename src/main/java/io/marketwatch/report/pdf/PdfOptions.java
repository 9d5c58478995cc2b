package io.marketwatch.report.pdf;

/**
 * How much of the briefing the PDF shows; the workbook holds the rest.
 *
 * @param investments     rows of the investments table (largest in USD first)
 * @param launches        rows of each launch table (upcoming, released)
 * @param companies       company sections (most important first)
 * @param itemsPerCompany investments, launches and articles listed in each company section
 */
public record PdfOptions(int investments, int launches, int companies, int itemsPerCompany) {

    public PdfOptions {
        requirePositive("investments", investments);
        requirePositive("launches", launches);
        requirePositive("companies", companies);
        requirePositive("itemsPerCompany", itemsPerCompany);
    }

    /** 25 investments, 25 launches, 15 company sections of up to 10 items each. */
    public static PdfOptions defaults() {
        return new PdfOptions(25, 25, 15, 10);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
