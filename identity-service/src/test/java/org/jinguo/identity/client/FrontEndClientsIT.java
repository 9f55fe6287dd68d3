package org.jinguo.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

@ServiceIntegrationTest
class FrontEndClientsIT {

    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    FrontEndClientsInitializer initializer;

    @Test
    void aFrontEndRegisteredBeforeIsBroughtToTheConfigurationAtStart() {
        RegisteredClient before = clients.findByClientId(FrontEndClientsInitializer.MOBILE);
        clients.save(RegisteredClient.from(before)
                .redirectUris(uris -> uris.add("org.jinguo.mobile:/old-callback"))
                .tokenSettings(TokenSettings.builder().build())
                .build());

        initializer.run(null);

        RegisteredClient after = clients.findByClientId(FrontEndClientsInitializer.MOBILE);
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getRedirectUris()).containsExactly("org.jinguo.mobile:/callback");
        assertThat(after.getTokenSettings().isReuseRefreshTokens()).isFalse();
        assertThat(after.getTokenSettings().getRefreshTokenTimeToLive()).isEqualTo(Duration.ofDays(30));
        assertThat(clients.findByClientId(FrontEndClientsInitializer.WEB).getTokenSettings().getRefreshTokenTimeToLive())
                .isEqualTo(Duration.ofHours(8));
    }
}
