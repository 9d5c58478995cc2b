/** The long-running scheduler: the nightly briefing and the weekly digest on cron triggers, and retention. */
package io.marketwatch.schedule;
