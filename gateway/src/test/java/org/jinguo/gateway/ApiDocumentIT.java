package org.jinguo.gateway;

import org.jinguo.testsupport.ApiDocumentContract;
import org.jinguo.testsupport.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway's own document (the impact report), as every service's: committed, complete, every error a Problem. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentIT extends ApiDocumentContract {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
    }
}
