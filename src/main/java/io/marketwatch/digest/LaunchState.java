package io.marketwatch.digest;

import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import java.time.LocalDate;

/**
 * What the latest article says about a launch.
 *
 * @param company    the briefing's name for the company
 * @param product    the product as the article names it
 * @param window     resolved dates, or null
 * @param windowText the phrase as written, or null
 * @param articleId  the article it comes from
 * @param reportedOn the article's publication date, else its run's date
 */
public record LaunchState(String company, String product, LaunchStatus status, LaunchWindow window,
                          String windowText, String articleId, LocalDate reportedOn) {

    /** Whether the launch is still ahead after the given day: expected or delayed, its window not over. */
    boolean isAheadOf(LocalDate day) {
        if (status != LaunchStatus.expected && status != LaunchStatus.delayed || window == null
                || window.from() == null && window.to() == null) {
            return false;
        }
        return window.to() != null ? window.to().isAfter(day) : window.from() != null;
    }
}
