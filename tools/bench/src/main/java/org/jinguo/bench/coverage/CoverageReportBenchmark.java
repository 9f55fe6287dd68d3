package org.jinguo.bench.coverage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
 * Response time of org-service's coverage report over a large register, against a baseline
 * request (one town) served by the same service, stack and token, run side by side.
 *
 * <p>Starts embedded PostgreSQL, an in-process Kafka broker and the real org-service jar, fills
 * the database with {@link CoverageDataSet}, then sends each request kind at a fixed rate (open
 * model: latency counts from each request's scheduled time). Arguments: {@code units} (default
 * 100000), {@code organizations} (default 10000), {@code rate} per second (default 5),
 * {@code requests} per kind and run (default 150), {@code runs} (default 3). The jar is
 * {@code org-service/target/org-service-<version>.jar} unless {@code -Djinguo.org-service.jar}
 * names another.
 */
public final class CoverageReportBenchmark {

    /** Requests of each kind sent before the measured runs, so that JIT compilation and caches settle. */
    private static final int WARM_UP = 60;
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("baseline: one town", "/api/v1/regions/towns/GUSHAN");
        KINDS.put("summary, city", "/api/v1/coverage/summary?asOf=2024-12-31");
        KINDS.put("report by town", "/api/v1/coverage/report?by=TOWN&asOf=2024-12-31");
        KINDS.put("report by mode", "/api/v1/coverage/report?by=MODE&asOf=2023-06-30");
        KINDS.put("report by domain", "/api/v1/coverage/report?by=DOMAIN&asOf=2024-12-31");
        KINDS.put("report by industry, one town", "/api/v1/coverage/report?by=INDUSTRY&asOf=2024-12-31&townCode=GUSHAN");
        KINDS.put("units behind, page 5", "/api/v1/coverage/units?asOf=2024-12-31&domain=NEW_EMPLOYMENT_GROUP&covered=true&page=5&size=50");
    }

    private CoverageReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int units = argument(args, 0, 100_000);
        int organizations = argument(args, 1, 10_000);
        int rate = argument(args, 2, 5);
        int requests = argument(args, 3, 150);
        int runs = argument(args, 4, 3);
        System.out.println(run(units, organizations, rate, requests, runs));
    }

    static String run(int units, int organizations, int rate, int requests, int runs) throws Exception {
        Path data = Files.createTempDirectory("jinguo-bench-coverage");
        try (InProcessKafka kafka = InProcessKafka.create(data.resolve("kafka"), 0).start();
             EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0)) {
            new PostgresDatabases(postgres.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "").createIfMissing("org");
            int port = FreePorts.find();
            try (JavaProcess org = JavaProcess.startJar(ServiceJars.path("org-service"), "512m", List.of(
                    "--server.port=" + port,
                    "--spring.datasource.url=" + postgres.jdbcUrl("org"),
                    "--spring.datasource.username=" + EmbeddedPostgresServer.SUPERUSER,
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--jinguo.security.issuer=" + TestIssuer.get().url(),
                    "--jinguo.master-key=" + TestMasterKey.get(),
                    "--logging.level.root=warn"))) {
                String base = "http://127.0.0.1:" + port;
                ServiceJars.awaitReady(org, base, "org-service");
                long loadStarted = System.nanoTime();
                CoverageDataSet.load(postgres.jdbcUrl("org"), EmbeddedPostgresServer.SUPERUSER, units, organizations);
                StringBuilder report = new StringBuilder("units=%d organizations=%d rate=%d/s requests=%d runs=%d (loaded in %.1f s)%n"
                        .formatted(units, organizations, rate, requests, runs, (System.nanoTime() - loadStarted) / 1e9));
                String token = "Bearer " + TestIssuer.get().token("bench", List.of("CITY_ADMIN"), null, List.of());
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                for (String path : KINDS.values()) {
                    measure(http, base + path, token, rate, Math.min(requests, WARM_UP));
                }
                for (int run = 1; run <= runs; run++) {
                    long baselineP99 = 0;
                    for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                        long[] latencies = measure(http, base + kind.getValue(), token, rate, requests);
                        long p99 = Latencies.percentile(latencies, 99);
                        if (baselineP99 == 0) {
                            baselineP99 = Math.max(1, p99);
                        }
                        report.append("run %d %-30s %s  p99/baseline %.2f%n".formatted(run, kind.getKey(),
                                Latencies.summary(latencies), (double) p99 / baselineP99));
                    }
                }
                return report.toString();
            }
        }
    }

    /** Latencies in microseconds, sorted, each from its request's scheduled send time; fails on any non-200. */
    private static long[] measure(HttpClient http, String url, String token, int rate, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .timeout(Duration.ofSeconds(30)).build();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        List<CompletableFuture<Long>> answers = new ArrayList<>();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < requests; i++) {
            long scheduled = start + i * periodNanos;
            CompletableFuture<Long> answer = new CompletableFuture<>();
            answers.add(answer);
            scheduler.schedule(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() != 200) {
                    answer.completeExceptionally(new IllegalStateException(url + " answered "
                            + (error != null ? error : response.statusCode() + " " + response.body())));
                } else {
                    answer.complete((System.nanoTime() - scheduled) / 1_000);
                }
            }), scheduled - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(requests / rate + 120, TimeUnit.SECONDS);
        scheduler.shutdown();
        return answers.stream().mapToLong(CompletableFuture::join).sorted().toArray();
    }

    private static int argument(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
