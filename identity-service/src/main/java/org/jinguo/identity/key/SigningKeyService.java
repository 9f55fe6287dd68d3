package org.jinguo.identity.key;

import org.springframework.stereotype.Service;

/** Rotates the signing key on an administrator's request. */
@Service
class SigningKeyService {

    private final SigningKeyRepository keys;

    SigningKeyService(SigningKeyRepository keys) {
        this.keys = keys;
    }

    /** @return the id of the key new tokens are signed with */
    String rotate() {
        return keys.rotate().getKeyID();
    }
}
