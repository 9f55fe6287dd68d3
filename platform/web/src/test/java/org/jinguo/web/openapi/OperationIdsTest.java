package org.jinguo.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationIdsTest {

    @Test
    void aReadIsGetOrListOfTheResourceItsPathNames() {
        assertThat(OperationIds.idOf("/api/v1/children/{id}", "child", true, false)).isEqualTo("getChild");
        assertThat(OperationIds.idOf("/api/v1/children", "children", true, true)).isEqualTo("listChildren");
        assertThat(OperationIds.idOf("/api/v1/demands/{id}/allocations", "allocations", true, true)).isEqualTo("listDemandAllocations");
        assertThat(OperationIds.idOf("/api/v1/demands/{id}/proposal", "proposal", true, false)).isEqualTo("getDemandProposal");
        assertThat(OperationIds.idOf("/api/v1/care-statistics", "statistics", true, false)).isEqualTo("getCareStatistics");
        assertThat(OperationIds.idOf("/api/v1/people", "people", true, true)).isEqualTo("listPeople");
        assertThat(OperationIds.idOf("/api/v1/market-events/{id}/totals", "totals", true, false)).isEqualTo("getMarketEventTotals");
    }

    @Test
    void aWriteIsTheMethodsVerbAndTheResourceUnlessTheNameSaysIt() {
        assertThat(OperationIds.idOf("/api/v1/workers", "register", false, false)).isEqualTo("registerWorker");
        assertThat(OperationIds.idOf("/api/v1/children/{id}/closure", "close", false, false)).isEqualTo("closeChild");
        assertThat(OperationIds.idOf("/api/v1/demands/{id}/allocations", "choose", false, false)).isEqualTo("chooseDemandAllocation");
        assertThat(OperationIds.idOf("/api/v1/regions/towns/{code}/villages", "registerVillage", false, false)).isEqualTo("registerVillage");
        assertThat(OperationIds.idOf("/api/v1/livestream-accounts", "open", false, false)).isEqualTo("openLivestreamAccount");
    }
}
