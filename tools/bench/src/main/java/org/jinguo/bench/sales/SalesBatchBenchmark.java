package org.jinguo.bench.sales;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jinguo.bench.Latencies;
import org.jinguo.bench.ServiceJars;
import org.jinguo.localinfra.EmbeddedPostgresServer;
import org.jinguo.localinfra.FreePorts;
import org.jinguo.localinfra.InProcessKafka;
import org.jinguo.localinfra.PostgresDatabases;
import org.jinguo.testsupport.JavaProcess;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestMasterKey;

/**
 * Time to post a partner's sales batch (default 10,000 records) through the gateway, against the
 * same batch posted to commerce-service directly, alternating, after a warm-up.
 *
 * <p>Starts embedded PostgreSQL, an in-process Kafka broker, and the real commerce-service and
 * gateway jars. A brand's livestream account authorises the benchmark's partner client; every
 * batch is new records (new batch id, new external ids), so each one is stored in full. Arguments:
 * {@code records} per batch (default 10000), {@code runs} per path (default 5). Jars as in
 * {@link ServiceJars}.
 */
public final class SalesBatchBenchmark {

    private static final String PARTNER = "bench-partner";
    private static final int WARM_UP = 3;

    private SalesBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println(run(records, runs));
    }

    static String run(int records, int runs) throws Exception {
        Path data = Files.createTempDirectory("jinguo-bench-sales");
        try (InProcessKafka kafka = InProcessKafka.create(data.resolve("kafka"), 0).start();
             EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0)) {
            new PostgresDatabases(postgres.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "").createIfMissing("commerce");
            int commercePort = FreePorts.find();
            int gatewayPort = FreePorts.find();
            String issuer = TestIssuer.get().url();
            try (JavaProcess commerce = JavaProcess.startJar(ServiceJars.path("commerce-service"), "512m", List.of(
                    "--server.port=" + commercePort,
                    "--spring.datasource.url=" + postgres.jdbcUrl("commerce"),
                    "--spring.datasource.username=" + EmbeddedPostgresServer.SUPERUSER,
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--jinguo.security.issuer=" + issuer,
                    "--jinguo.master-key=" + TestMasterKey.get(),
                    "--logging.level.root=warn"));
                 JavaProcess gateway = JavaProcess.startJar(ServiceJars.path("gateway"), "256m", List.of(
                         "--server.port=" + gatewayPort,
                         "--COMMERCE_SERVICE_URL=http://127.0.0.1:" + commercePort,
                         "--jinguo.security.issuer=" + issuer,
                         "--logging.level.root=warn"))) {
                String direct = "http://127.0.0.1:" + commercePort;
                String viaGateway = "http://127.0.0.1:" + gatewayPort;
                ServiceJars.awaitReady(commerce, direct, "commerce-service");
                ServiceJars.awaitReady(gateway, viaGateway, "gateway");
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                String session = aSessionOfAnAccountAuthorisingThePartner(http, direct);
                String partner = "Bearer " + TestIssuer.get().token(PARTNER, List.of(), null, List.of("commerce.write"));
                for (int i = 0; i < WARM_UP; i++) {
                    post(http, direct, partner, session, records);
                    post(http, viaGateway, partner, session, records);
                }
                long[] directMillis = new long[runs];
                long[] gatewayMillis = new long[runs];
                for (int run = 0; run < runs; run++) {
                    directMillis[run] = post(http, direct, partner, session, records);
                    gatewayMillis[run] = post(http, viaGateway, partner, session, records);
                }
                Arrays.sort(directMillis);
                Arrays.sort(gatewayMillis);
                return "records=%d runs=%d (after %d warm-up batches per path)%ndirect to commerce-service: %s ms%nthrough the gateway:        %s ms%nmedian gateway / direct: %.2f%n"
                        .formatted(records, runs, WARM_UP, Arrays.toString(directMillis), Arrays.toString(gatewayMillis),
                                (double) Latencies.percentile(gatewayMillis, 50) / Math.max(1, Latencies.percentile(directMillis, 50)));
            }
        }
    }

    private static String aSessionOfAnAccountAuthorisingThePartner(HttpClient http, String base) throws Exception {
        String admin = "Bearer " + TestIssuer.get().token("bench", List.of("CITY_ADMIN"), null, List.of());
        String account = id(send(http, base + "/api/v1/livestream-accounts", admin, """
                {"platform":"DOUYIN","accountName":"永康女匠","ownerBrand":"永康女匠","partnerClients":["%s"]}""".formatted(PARTNER), 201));
        return id(send(http, base + "/api/v1/livestream-accounts/" + account + "/sessions", admin, """
                {"host":"主播","startsAt":"2024-05-01T20:00:00+08:00","endsAt":"2024-05-01T23:00:00+08:00"}""", 201));
    }

    /** @return milliseconds from sending the batch to its whole answer; fails unless every record was stored */
    private static long post(HttpClient http, String base, String token, String session, int records) throws Exception {
        String batch = UUID.randomUUID().toString();
        StringBuilder body = new StringBuilder("{\"batchId\":\"").append(batch).append("\",\"records\":[");
        for (int i = 0; i < records; i++) {
            body.append(i == 0 ? "" : ",").append("{\"externalId\":\"").append(batch).append('-').append(i)
                    .append("\",\"kind\":\"SALE\",\"sessionId\":\"").append(session)
                    .append("\",\"amountFen\":").append(100 + i % 9_900).append(",\"items\":1,\"on\":\"2024-05-01\"}");
        }
        body.append("]}");
        long started = System.nanoTime();
        String answer = send(http, base + "/api/v1/sales-batches", token, body.toString(), 200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (!answer.contains("\"stored\":" + records + ",")) {
            throw new IllegalStateException("not every record was stored: " + answer.substring(0, Math.min(500, answer.length())));
        }
        return millis;
    }

    private static String send(HttpClient http, String url, String token, String json, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        int start = json.indexOf("\"id\":\"") + 6;
        return json.substring(start, json.indexOf('"', start));
    }
}
