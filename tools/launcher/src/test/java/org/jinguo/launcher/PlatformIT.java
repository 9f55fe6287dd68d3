package org.jinguo.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jinguo.client.ApiClient;
import org.jinguo.client.ApiException;
import org.jinguo.client.api.ChildrenApi;
import org.jinguo.client.api.ChildrenApi.APIGetChildRequest;
import org.jinguo.client.api.ImpactReportApi;
import org.jinguo.client.api.ImpactReportApi.APIGetImpactReportRequest;
import org.jinguo.client.api.PeopleApi;
import org.jinguo.client.api.PeopleApi.APIGetPersonRequest;
import org.jinguo.client.api.PeopleApi.APIRegisterPersonRequest;
import org.jinguo.client.api.RegionsApi;
import org.jinguo.client.api.RegionsApi.APIListTownsRequest;
import org.jinguo.client.model.ImpactReport;
import org.jinguo.client.model.PageTownView;
import org.jinguo.client.model.PersonBody;
import org.jinguo.client.model.PersonView;
import org.jinguo.client.model.SectionStatus;
import org.jinguo.testsupport.BrowserLogin;
import org.jinguo.testsupport.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's first command, for real: the launcher starts PostgreSQL, Kafka, identity-service,
 * every service and the gateway on free ports; tokens come from the real issuer, through the
 * front ends' and partners' own flows, and are checked at the gateway and again in org-service.
 */
class PlatformIT {

    @TempDir
    static Path home;

    private static RunningPlatform platform;
    private static LaunchSettings settings;
    private static Secrets secrets;

    @BeforeAll
    static void startThePlatform() {
        platform = RunningPlatform.start(home);
        settings = platform.settings();
        secrets = platform.secrets();
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theFirstStartCreatedTheDevelopmentUsersAndPartnerAndAStartAfterCreatesNothingTwice() {
        for (DevelopmentAccess.DevelopmentUser user : DevelopmentAccess.USERS) {
            assertThat(secrets.value(user.secretName())).as(user.username()).hasSizeGreaterThanOrEqualTo(12);
        }

        DevelopmentAccess.Created again = new DevelopmentAccess(identity(), secrets).ensure();

        assertThat(again.isEmpty()).isTrue();
        HttpApi.Reply accounts = gateway(operationsToken()).get("/api/v1/identity/accounts?username=dev-&size=50").send();
        assertThat(accounts.json().get("items").findValuesAsString("username"))
                .containsExactlyInAnyOrderElementsOf(DevelopmentAccess.USERS.stream().map(DevelopmentAccess.DevelopmentUser::username).toList());
        String partner = clientCredentials(DevelopmentAccess.PARTNER_CLIENT, secrets.value(DevelopmentAccess.partnerSecretName()), null);
        assertThat(gateway(partner).get("/api/v1/identity/accounts").send().status())
                .as("identity's admin API through the gateway takes no partner's token: its audience does not name identity-service")
                .isEqualTo(401);
        assertThat(HttpApi.at(settings.gateway().url()).get("/api/v1/identity/accounts").send().status()).isEqualTo(401);
    }

    @Test
    void thePartnerClientReadsWhatTheScopesItAsksForAllowThroughTheGateway() {
        String partnerSecret = secrets.value(DevelopmentAccess.partnerSecretName());
        String withScope = clientCredentials(DevelopmentAccess.PARTNER_CLIENT, partnerSecret, "org.read training.read");
        String withoutScope = clientCredentials(DevelopmentAccess.PARTNER_CLIENT, partnerSecret, null);

        HttpApi.Reply towns = gateway(withScope).get("/api/v1/regions/towns").send();
        HttpApi.Reply units = gateway(withScope).get("/api/v1/units").send();

        assertThat(towns.status()).as(towns.body()).isEqualTo(200);
        assertThat(towns.json().get("items").findValuesAsString("code")).contains("GUSHAN", "QIANCANG");
        assertThat(units.status()).as(units.body()).isEqualTo(200);
        // Without a scope the token's audience is the gateway alone: no service takes it.
        assertThat(gateway(withoutScope).get("/api/v1/units").send().status()).isEqualTo(401);
        HttpApi.Reply courses = gateway(withScope).get("/api/v1/courses").send();
        assertThat(courses.status()).as("training-service through the gateway: " + courses.body()).isEqualTo(200);
        assertThat(gateway(withoutScope).get("/api/v1/people").send().status()).isEqualTo(401);
    }

    @Test
    void aPartnerPostsTenThousandSalesThroughTheGatewayOnceEvenWhenItRetries() {
        HttpApi operations = gateway(operationsToken());
        String workshop = await().atMost(Duration.ofSeconds(60)).until(() -> operations.post("/api/v1/workshops", """
                {"nameZh":"古山肉麦饼工坊","kind":"WORKSHOP","townCode":"GUSHAN","openedOn":"2023-01-01"}""").send(),
                reply -> reply.status() == 201).json().get("id").asString();
        String account = operations.post("/api/v1/livestream-accounts", """
                {"platform":"DOUYIN","accountName":"古山肉麦饼","ownerWorkshopId":"%s","partnerClients":["%s"]}"""
                .formatted(workshop, DevelopmentAccess.PARTNER_CLIENT)).send().json().get("id").asString();
        String partnerToken = clientCredentials(DevelopmentAccess.PARTNER_CLIENT, secrets.value(DevelopmentAccess.partnerSecretName()),
                "commerce.write");
        HttpApi partner = gateway(partnerToken);
        String session = partner.post("/api/v1/livestream-accounts/" + account + "/sessions", """
                {"host":"胡主播","startsAt":"2024-05-01T20:00:00+08:00","endsAt":"2024-05-01T23:00:00+08:00"}""").send().json().get("id")
                .asString();
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            records.append(i == 0 ? "" : ",").append("""
                    {"externalId":"D-%d","kind":"SALE","sessionId":"%s","amountFen":%d,"items":1,"on":"2024-05-01"}"""
                    .formatted(i, session, i == 9_999 ? 0 : 100));
        }
        String batch = "{\"batchId\":\"" + UUID.randomUUID() + "\",\"records\":[" + records + "]}";

        HttpApi.Reply first = partner.post("/api/v1/sales-batches", batch).send();
        HttpApi.Reply retried = partner.post("/api/v1/sales-batches", batch).send();
        HttpApi.Reply totals = partner.get("/api/v1/livestream-sessions/" + session + "/totals").send();

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("stored").asInt()).isEqualTo(9_999);
        assertThat(first.json().get("rejected").get(0).get("reason").asString()).isEqualTo("AMOUNT_OUT_OF_RANGE");
        assertThat(retried.json()).isEqualTo(first.json());
        assertThat(totals.json().get("salesFen").asLong()).isEqualTo(9_999L * 100);
    }

    @Test
    void aChildsCaseIsKeptThroughTheGatewayAndAnsweredMasked() {
        HttpApi operations = gateway(operationsToken());
        HttpApi.Reply child = await().atMost(Duration.ofSeconds(60)).until(() -> operations.post("/api/v1/children", """
                {"category":"LEFT_BEHIND","birthYear":2015,"guardianRelation":"GRANDPARENT","townCode":"GUSHAN",
                 "personal":{"name":"应小芳","phone":"13905790001"}}""").send(), reply -> reply.status() == 201);

        assertThat(child.json().get("personal").get("name").asString()).isEqualTo("应*芳");
        assertThat(child.json().get("personal").get("phone").asString()).isEqualTo("139****0001");
        String partnerToken = clientCredentials(DevelopmentAccess.PARTNER_CLIENT, secrets.value(DevelopmentAccess.partnerSecretName()),
                "care.read");
        HttpApi.Reply statistics = gateway(partnerToken).get("/api/v1/care-statistics?from=2024-01-01&to=2024-12-31").send();
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        assertThat(gateway(partnerToken).get("/api/v1/children/" + child.json().get("id").asString()).send().status())
                .as("no consent to share").isEqualTo(404);
    }

    @Test
    void aFrontEndWalksThroughTheGatewayWithTheGeneratedJavaClient() throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(settings.gateway().url());
        String token = operationsToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        PageTownView towns = new RegionsApi(client).listTowns(APIListTownsRequest.newBuilder().size(5).acceptLanguage("en").build());
        String town = towns.getItems().get(0).getCode();
        PeopleApi people = new PeopleApi(client);
        PersonView registered = people.registerPerson(APIRegisterPersonRequest.newBuilder()
                .personBody(new PersonBody().nameZh("应晓燕").phone("13905791234").townCode(town))
                .idempotencyKey(UUID.randomUUID().toString()).build());
        PersonView read = people.getPerson(APIGetPersonRequest.newBuilder().id(registered.getId()).build());
        ApiException missing = catchThrowableOfType(ApiException.class,
                () -> new ChildrenApi(client).getChild(APIGetChildRequest.newBuilder().id(UUID.randomUUID()).acceptLanguage("en").build()));
        ImpactReport report = new ImpactReportApi(client).getImpactReport(APIGetImpactReportRequest.newBuilder()
                .from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31)).townCode(town).build());

        assertThat(towns.getTotalItems()).isPositive();
        assertThat(read.getId()).isEqualTo(registered.getId());
        assertThat(read.getTownCode()).isEqualTo(town);
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(JsonMapper.shared().readTree(missing.getResponseBody()).get("code").asString()).isEqualTo("CHILD_NOT_FOUND");
        assertThat(report.getTownCode()).isEqualTo(town);
        assertThat(report.getTraining().getStatus()).as("the gateway's own operation, typed").isEqualTo(SectionStatus.OK);
        assertThat(report.getTraining().getSkillsSessionsHeld()).isNotNull();
    }

    @Test
    void aFrontEndWalksThroughTheGatewayWithTheGeneratedTypeScriptClient() throws Exception {
        Path journey = Path.of("../clients/typescript/dist/journey.js").toAbsolutePath().normalize();
        assumeTrue(Files.exists(journey), "the TypeScript client is built where Node.js is installed (tools/clients)");

        Process node = new ProcessBuilder("node", journey.toString(), settings.gateway().url(), operationsToken())
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(node.waitFor()).as(output).isZero();
        JsonNode seen = JsonMapper.shared().readTree(output.lines().reduce((first, last) -> last).orElseThrow());
        assertThat(seen.get("towns").asInt()).isPositive();
        assertThat(seen.get("registered").asInt()).isEqualTo(201);
        assertThat(seen.get("location").asString()).startsWith("/api/v1/people/");
        assertThat(seen.get("readId").asString()).isEqualTo(seen.get("registeredId").asString());
        assertThat(seen.get("readTown").asString()).isEqualTo(seen.get("town").asString());
        assertThat(seen.get("missingStatus").asInt()).isEqualTo(404);
        assertThat(seen.get("missingCode").asString()).isEqualTo("CHILD_NOT_FOUND");
    }

    @Test
    void theImpactReportComposesEverySectionFromTheRunningServices() {
        HttpApi.Reply report = await().atMost(Duration.ofSeconds(60)).until(() -> gateway(operationsToken())
                .get("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31&townCode=GUSHAN").send(), reply -> reply.status() == 200
                && reply.json().findValuesAsString("status").stream().allMatch("OK"::equals));

        assertThat(report.json().get("townCode").asString()).isEqualTo("GUSHAN");
        for (String section : List.of("organizations", "training", "commerce", "care")) {
            assertThat(report.json().get(section).get("status").asString()).as(section).isEqualTo("OK");
        }
        assertThat(report.json().get("care").get("caringMothers").isIntegralNumber()).isTrue();
    }

    @Test
    void anyoneChecksACertificateNumberThroughTheGatewayWithoutAToken() {
        HttpApi.Reply unknown = HttpApi.at(settings.gateway().url()).get("/api/v1/certificates/YK-TRN-2020-000001").send();

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("CERTIFICATE_NOT_FOUND");
        assertThat(HttpApi.at(settings.gateway().url()).get("/api/v1/courses").send().status()).isEqualTo(401);
    }

    @Test
    void gushanStaffLoggedInThroughTheSwaggerUiFlowAddsVillagesInGushanOnly() {
        String swaggerRedirect = settings.gateway().url() + "/swagger-ui/oauth2-redirect.html";
        BrowserLogin browser = new BrowserLogin(identity(), "jinguo-web", swaggerRedirect);
        String verifier = BrowserLogin.newVerifier();
        String code = browser.logIn("dev-gushan", secrets.value("dev-user.dev-gushan.password"), BrowserLogin.challengeOf(verifier));
        HttpResponse<String> exchanged = browser.exchange(code, verifier, Map.of("Origin", settings.gateway().url()));
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        assertThat(exchanged.headers().firstValue("Access-Control-Allow-Origin")).contains(settings.gateway().url());
        String token = JsonMapper.shared().readTree(exchanged.body()).get("access_token").asString();

        HttpApi.Reply own = gateway(token).post("/api/v1/regions/towns/GUSHAN/villages", """
                {"kind":"VILLAGE","nameZh":"平台测试村"}""").send();
        HttpApi.Reply other = gateway(token).post("/api/v1/regions/towns/QIANCANG/villages", """
                {"kind":"VILLAGE","nameZh":"平台测试村"}""").send();

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(other.status()).as(other.body()).isEqualTo(403);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        HttpApi.Reply units = gateway(token).get("/api/v1/units").send();
        HttpApi.Reply otherTownsUnits = gateway(token).get("/api/v1/units?townCode=QIANCANG").send();
        assertThat(units.status()).as(units.body()).isEqualTo(200);
        assertThat(otherTownsUnits.status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentsSendTheBrowserToTheRealIssuerToLogIn() {
        HttpApi.Reply document = HttpApi.at(settings.gateway().url()).get("/v3/api-docs/org-service").send();

        assertThat(document.json().at("/components/securitySchemes/login/flows/authorizationCode/authorizationUrl").asString())
                .isEqualTo(identity() + "/oauth2/authorize");
        assertThat(document.json().at("/components/securitySchemes/login/flows/authorizationCode/tokenUrl").asString())
                .isEqualTo(identity() + "/oauth2/token");
        for (String listed : List.of("/v3/api-docs/identity-service", "/v3/api-docs/training-service", "/v3/api-docs")) {
            assertThat(HttpApi.at(settings.gateway().url()).get(listed).send().json().at("/info/title").asString())
                    .as("every service's document and the gateway's own are served: %s", listed).isNotBlank();
        }
        HttpApi.Reply swaggerUi = HttpApi.at(settings.gateway().url()).get("/webjars/swagger-ui/swagger-initializer.js").send();
        assertThat(swaggerUi.body()).as("the Swagger UI logs in as the web front end, with PKCE")
                .contains("jinguo-web", "usePkceWithAuthorizationCodeGrant");
    }

    @Test
    void aTamperedOrForeignSignedTokenIsRefusedAtTheGatewayAndAtTheServiceCalledDirectly() throws Exception {
        String real = operationsToken();
        String[] parts = real.split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("jinguo-operations", "jinguo-operatioms")
                .getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + otherClaims + "." + parts[2];
        String foreign = signedByAnotherKey(SignedJWT.parse(real));

        for (String token : List.of(tampered, foreign)) {
            HttpApi.Reply atGateway = gateway(token).get("/api/v1/regions/towns").send();
            HttpApi.Reply atService = HttpApi.at(settings.service("org-service").url()).as("Bearer " + token).get("/api/v1/regions/towns").send();
            assertThat(atGateway.status()).isEqualTo(401);
            assertThat(atGateway.header("Content-Type")).startsWith("application/problem+json");
            assertThat(atService.status()).isEqualTo(401);
            assertThat(atService.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(gateway(real).get("/api/v1/regions/towns").send().status()).isEqualTo(200);
    }

    @Test
    void aKeyRotationKeepsTokensInFlightValidAtTheGatewayAndTheServices() throws Exception {
        String before = operationsToken();
        assertThat(gateway(before).get("/api/v1/regions/towns").send().status()).isEqualTo(200);

        HttpApi.Reply rotation = HttpApi.at(identity()).as("Bearer " + before).post("/api/v1/identity/signing-keys/rotation", "{}").send();
        assertThat(rotation.status()).as(rotation.body()).isBetween(200, 204);
        String after = operationsToken();

        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isNotEqualTo(SignedJWT.parse(before).getHeader().getKeyID());
        for (String token : List.of(before, after)) {
            assertThat(gateway(token).get("/api/v1/regions/towns").send().status()).isEqualTo(200);
            assertThat(HttpApi.at(settings.service("org-service").url()).as("Bearer " + token)
                    .get("/api/v1/regions/towns").send().status()).isEqualTo(200);
        }
    }

    private static String signedByAnotherKey(SignedJWT real) throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(impostor.getKeyID())
                .type(JOSEObjectType.JWT).build(), JWTClaimsSet.parse(real.getJWTClaimsSet().toJSONObject()));
        forged.sign(new RSASSASigner(impostor));
        return forged.serialize();
    }

    private static HttpApi gateway(String token) {
        return HttpApi.at(settings.gateway().url()).as("Bearer " + token);
    }

    private static String identity() {
        return platform.identity();
    }

    private static String operationsToken() {
        return platform.operationsToken();
    }

    /** @param scope space-separated scopes to ask for, or null */
    private static String clientCredentials(String clientId, String secret, String scope) {
        return platform.clientCredentials(clientId, secret, scope);
    }
}
