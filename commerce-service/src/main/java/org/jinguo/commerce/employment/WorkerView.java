package org.jinguo.commerce.employment;

import java.util.UUID;

/** A worker as the API shows her: the phone in full for staff reading her record, masked in the audit trail. */
record WorkerView(UUID id, String nameZh, String phone, String townCode, long version) {

    static WorkerView of(Worker worker) {
        return new WorkerView(worker.id(), worker.nameZh(), worker.phone() == null ? null : worker.phone().value(), worker.townCode(),
                worker.version());
    }

    static WorkerView masked(Worker worker) {
        return new WorkerView(worker.id(), worker.nameZh(), worker.phone() == null ? null : worker.phone().masked(), worker.townCode(),
                worker.version());
    }
}
