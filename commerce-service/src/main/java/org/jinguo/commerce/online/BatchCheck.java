package org.jinguo.commerce.online;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jinguo.commerce.money.Fen;

/**
 * Sorts a batch's records into those to store and those refused, with the reason for each
 * refusal. Reasons: {@code RECORD_MALFORMED} (not a record: a field of the wrong type or one it
 * does not have), {@code EXTERNAL_ID_INVALID}, {@code DUPLICATE_IN_BATCH}, {@code KIND_INVALID},
 * {@code SESSION_UNKNOWN}, {@code ACCOUNT_NOT_AUTHORISED}, {@code AMOUNT_OUT_OF_RANGE},
 * {@code ITEMS_OUT_OF_RANGE}, {@code DATE_MISSING}, {@code DATE_OUTSIDE_SESSION} (a sale is dated
 * on a day of its session), {@code REFUND_BEFORE_SESSION}.
 */
final class BatchCheck {

    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private BatchCheck() {
    }

    /** A record that passed, with the session it belongs to. */
    record Accepted(int index, SaleRecord record, LivestreamSession session, LivestreamAccount account) {
    }

    record Sorted(List<Accepted> accepted, List<Rejection> rejected) {
    }

    /**
     * @param records    as sent, null for one that could not be read as a record
     * @param sessions   the sessions the batch names that exist
     * @param accounts   their accounts
     * @param mayPostFor whether the caller may post sales for an account
     */
    static Sorted sort(List<SaleRecord> records, Map<UUID, LivestreamSession> sessions, Map<UUID, LivestreamAccount> accounts,
                       Predicate<LivestreamAccount> mayPostFor) {
        List<Accepted> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            SaleRecord record = records.get(i);
            Optional<String> reason = reason(record, sessions, accounts, mayPostFor, seen);
            if (reason.isPresent()) {
                rejected.add(new Rejection(i, record == null ? null : record.externalId(), reason.get()));
            } else {
                LivestreamSession session = sessions.get(record.sessionId());
                accepted.add(new Accepted(i, record, session, accounts.get(session.accountId())));
            }
        }
        return new Sorted(accepted, rejected);
    }

    private static Optional<String> reason(SaleRecord record, Map<UUID, LivestreamSession> sessions, Map<UUID, LivestreamAccount> accounts,
                                           Predicate<LivestreamAccount> mayPostFor, Set<String> seen) {
        if (record == null) {
            return Optional.of("RECORD_MALFORMED");
        }
        if (record.externalId() == null || !EXTERNAL_ID.matcher(record.externalId()).matches()) {
            return Optional.of("EXTERNAL_ID_INVALID");
        }
        if (Arrays.stream(SaleKind.values()).noneMatch(kind -> kind.name().equals(record.kind()))) {
            return Optional.of("KIND_INVALID");
        }
        LivestreamSession session = record.sessionId() == null ? null : sessions.get(record.sessionId());
        if (session == null) {
            return Optional.of("SESSION_UNKNOWN");
        }
        LivestreamAccount account = accounts.get(session.accountId());
        if (!mayPostFor.test(account)) {
            return Optional.of("ACCOUNT_NOT_AUTHORISED");
        }
        if (!seen.add(session.accountId() + "/" + record.externalId())) {
            return Optional.of("DUPLICATE_IN_BATCH");
        }
        if (record.amountFen() == null || !Fen.isRecordable(record.amountFen())) {
            return Optional.of("AMOUNT_OUT_OF_RANGE");
        }
        if (record.items() == null || record.items() < 0 || record.items() > 1_000_000) {
            return Optional.of("ITEMS_OUT_OF_RANGE");
        }
        if (record.on() == null) {
            return Optional.of("DATE_MISSING");
        }
        if (SaleKind.SALE.name().equals(record.kind()) && !session.spans(record.on())) {
            return Optional.of("DATE_OUTSIDE_SESSION");
        }
        if (SaleKind.REFUND.name().equals(record.kind()) && record.on().isBefore(session.day())) {
            return Optional.of("REFUND_BEFORE_SESSION");
        }
        return Optional.empty();
    }
}
