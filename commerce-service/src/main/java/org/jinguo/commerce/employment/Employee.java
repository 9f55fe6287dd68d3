package org.jinguo.commerce.employment;

import java.util.UUID;

/** Who is employed: training's person id when she came through training, else a worker recorded here. Exactly one is set. */
public record Employee(UUID personId, UUID workerId) {

    public Employee {
        if ((personId == null) == (workerId == null)) {
            throw new IllegalArgumentException("an employee is a person or a worker");
        }
    }

    public static Employee person(UUID personId) {
        return new Employee(personId, null);
    }

    public static Employee worker(UUID workerId) {
        return new Employee(null, workerId);
    }
}
