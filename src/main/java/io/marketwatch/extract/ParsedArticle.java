package io.marketwatch.extract;

import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.money.CurrencyContext;
import io.marketwatch.extract.phrase.ParsedSentence;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as the fact rules start from it.
 *
 * @param sentences  its title and sentences, parsed
 * @param companies  the companies found in them
 * @param currencies what bare currency words mean in it ("dollars" in a Singapore story)
 * @param published  its publication date, or the run's reference date
 */
public record ParsedArticle(List<ParsedSentence> sentences, Companies companies, CurrencyContext currencies,
                            LocalDate published) {
}
