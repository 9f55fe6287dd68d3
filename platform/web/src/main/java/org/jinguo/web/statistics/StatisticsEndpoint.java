package org.jinguo.web.statistics;

import java.time.LocalDate;

import org.jinguo.values.TownCode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A service's section of the impact report over HTTP: {@code GET <path>?from=&to=[&townCode=]},
 * read by the gateway's report. The controller maps its path and documents its figures; the
 * parameters and their validation are every section's.
 *
 * @param <S> the section: a record that starts with its {@link ReportScope}, unwrapped
 */
public interface StatisticsEndpoint<S> {

    S statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) @TownCode String townCode);
}
