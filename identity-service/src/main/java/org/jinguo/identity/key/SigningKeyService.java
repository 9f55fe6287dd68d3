package org.jinguo.identity.key;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jinguo.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rotates the signing key on an administrator's request. */
@Service
@RequiredArgsConstructor
class SigningKeyService {

    private final SigningKeyRepository keys;
    private final AuditTrail audit;

    /** @return the id of the key new tokens are signed with */
    @Transactional
    String rotate() {
        String previous = keys.activeKey().getKeyID();
        String active = keys.rotate().getKeyID();
        audit.record("signing-key.rotated", "signing-key", active, Map.of("activeKeyId", previous), Map.of("activeKeyId", active));
        return active;
    }
}
