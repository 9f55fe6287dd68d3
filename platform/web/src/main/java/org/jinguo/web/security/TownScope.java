package org.jinguo.web.security;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jinguo.web.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Town scoping of records that belong to a place (docs/architecture.md §5): town staff see and change
 * their own town's records only; city-wide callers see all. Another town's record answers as if
 * it did not exist, so that its existence is not revealed.
 */
public final class TownScope {

    private TownScope() {
    }

    /** Whether the caller may see a record of that town ({@code null}: a city-wide record). */
    public static boolean isVisible(String recordTown) {
        return Caller.current().actsIn(recordTown);
    }

    /**
     * Hides a record of another town (or of no town) from town staff.
     *
     * @param recordTown the town the record carries, {@code null} for a city-wide record
     * @param notFound   the error the caller would get if the record did not exist
     */
    public static void requireVisible(String recordTown, Supplier<ApiException> notFound) {
        if (!isVisible(recordTown)) {
            throw notFound.get();
        }
    }

    /**
     * The record found, if the caller may see it.
     *
     * @param townCode the town the record carries, {@code null} for a city-wide record
     * @param notFound the error both for a missing record and for one of another town
     */
    public static <T> T requireVisible(Optional<T> found, Function<? super T, String> townCode, Supplier<ApiException> notFound) {
        T record = found.orElseThrow(notFound);
        requireVisible(townCode.apply(record), notFound);
        return record;
    }

    /**
     * The town a list is limited to: the one asked for, or for town staff always their own town.
     * Town staff asking for another town's list get a 403 {@code OTHER_TOWN}: town codes are
     * public, so refusing reveals nothing.
     *
     * @param requestedTown the {@code townCode} filter of the request, or {@code null}
     */
    public static String listFilter(String requestedTown) {
        Caller caller = Caller.current();
        if (caller.isCityWide()) {
            return requestedTown;
        }
        if (caller.town() == null || requestedTown != null && !requestedTown.equals(caller.town())) {
            throw otherTown(requestedTown);
        }
        return caller.town();
    }

    /** Refuses a write into a town the caller does not act in (the record itself is visible, or new). */
    public static void requireActsIn(String townCode) {
        if (!Caller.current().actsIn(townCode)) {
            throw otherTown(townCode);
        }
    }

    private static ApiException otherTown(String townCode) {
        return new ApiException(HttpStatus.FORBIDDEN, "OTHER_TOWN", townCode == null ? "-" : townCode);
    }
}
