package org.jinguo.training.mentor;

import java.util.UUID;

/**
 * The other party: a village (its town follows from org-service's regions) or an enterprise
 * named in words with the town it is in (null for none).
 */
public record AgreementParty(UUID villageId, String enterpriseName, String townCode) {

    public boolean village() {
        return villageId != null;
    }
}
