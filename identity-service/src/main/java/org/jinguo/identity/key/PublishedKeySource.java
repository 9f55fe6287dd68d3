package org.jinguo.identity.key;

import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import lombok.RequiredArgsConstructor;

/**
 * The keys the authorization server signs with and publishes: the active key with its private
 * half (tokens name it in their {@code kid} header, so it is the one chosen to sign), and the
 * public halves of retired keys still published, for verifying tokens they signed.
 */
@RequiredArgsConstructor
public class PublishedKeySource implements JWKSource<SecurityContext> {

    private final SigningKeyRepository keys;

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        RSAKey active = keys.activeKey();
        List<JWK> all = new ArrayList<>(List.of(active));
        for (JWK published : keys.publishedPublicKeys()) {
            if (!published.getKeyID().equals(active.getKeyID())) {
                all.add(published);
            }
        }
        return selector.select(new JWKSet(all));
    }
}
