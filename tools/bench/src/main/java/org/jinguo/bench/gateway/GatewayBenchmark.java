package org.jinguo.bench.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.jinguo.bench.ServiceJars;
import org.jinguo.bench.gateway.OpenLoad.Run;
import org.jinguo.localinfra.EmbeddedPostgresServer;
import org.jinguo.localinfra.FreePorts;
import org.jinguo.localinfra.InProcessKafka;
import org.jinguo.localinfra.PostgresDatabases;
import org.jinguo.testsupport.JavaProcess;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestMasterKey;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * The highest request rate org-service sustains directly and through the gateway, and what the
 * gateway adds to the latency below that.
 *
 * <p>Starts embedded PostgreSQL, an in-process Kafka broker and the real org-service and gateway
 * jars (the gateway with its rate limits raised out of the benchmark's way, every other filter as
 * configured), then sends {@code GET /api/v1/regions/towns/GUSHAN} with a bearer token as an
 * {@link OpenLoad open-model load}: after a warm-up of both paths, the paths run alternately
 * (direct, gateway) at each rate of a ladder (×1.25 a step) until each fails, then a few bisection
 * steps between each path's last passing and first failing rate. A run passes with p99 under
 * 100 ms and under 0.1% errors; a failing run is repeated once (after the other path) before the
 * rate counts as failed. Then both paths run three times, alternately, at half the direct
 * maximum, for the latency the gateway adds; last, the load generator itself is checked against
 * a trivial server in its own JVM at twice the highest rate measured.
 *
 * <p>Arguments: {@code start rate} per second (default 400), {@code seconds} per run (default 10),
 * {@code warm-up seconds} per path (default 30), {@code bisections} (default 2), {@code ceiling}
 * rate (default 20000). System properties: {@code jinguo.bench.gateway.jvm-options} and
 * {@code jinguo.bench.gateway.args} (space-separated JVM options and program arguments added to
 * the gateway's, to try a setting), {@code jinguo.bench.gateway.jfr} (a file: a flight recording
 * of the gateway during the rate search), {@code jinguo.bench.gateway.search-only} ({@code true}:
 * only the rate search, to compare settings quickly), {@code jinguo.bench.gateway.warm-up-searches}
 * (a number, default 0: whole rate searches run after the warm-up and left out of the figures, so
 * that both JVMs have been up the same ladder, through the same idle gaps, before the measured
 * search). Jars as in {@link ServiceJars}.
 */
public final class GatewayBenchmark {

    static final String PATH = "/api/v1/regions/towns/GUSHAN";
    static final long P99_LIMIT_MICROS = 100_000;
    static final double ERROR_LIMIT = 0.001;
    private static final double LADDER = 1.25;
    private static final int HALF_MAX_RUNS = 3;
    private static final double[] WARM_UP_RAMP = {0.1, 0.25, 0.5, 0.75, 1};

    private final StringBuilder summary = new StringBuilder();
    private final OpenLoad load;
    private final Map<String, String> urls;
    private final long gatewayPid;
    private final long orgPid;
    private final double seconds;
    private boolean lastFailed;

    private final int postgresPort;

    private GatewayBenchmark(OpenLoad load, Map<String, String> urls, long gatewayPid, long orgPid, int postgresPort, double seconds) {
        this.load = load;
        this.urls = urls;
        this.gatewayPid = gatewayPid;
        this.orgPid = orgPid;
        this.postgresPort = postgresPort;
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run(argument(args, 0, 400), argument(args, 1, 10), argument(args, 2, 30), argument(args, 3, 2),
                argument(args, 4, 20_000)));
    }

    /** @return the summary; each run is also printed as it ends */
    static String run(int startRate, double seconds, double warmUpSeconds, int bisections, int ceiling) throws Exception {
        Path data = Files.createTempDirectory("jinguo-bench-gateway");
        try (InProcessKafka kafka = InProcessKafka.create(data.resolve("kafka"), 0).start();
             EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0)) {
            new PostgresDatabases(postgres.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "").createIfMissing("org");
            int orgPort = FreePorts.find();
            int gatewayPort = FreePorts.find();
            String issuer = TestIssuer.get().url();
            List<String> gatewayArgs = new ArrayList<>(List.of(
                    "--server.port=" + gatewayPort,
                    "--ORG_SERVICE_URL=http://127.0.0.1:" + orgPort,
                    "--jinguo.security.issuer=" + issuer,
                    // The benchmark is one client: its limit must not be what is measured.
                    "--GATEWAY_RATE_LIMIT_PER_SECOND=1000000",
                    "--GATEWAY_RATE_LIMIT_BURST=1000000"));
            gatewayArgs.addAll(words(System.getProperty("jinguo.bench.gateway.args", "")));
            List<String> gatewayJvm = words(System.getProperty("jinguo.bench.gateway.jvm-options", ""));
            // Heaps as the launcher gives them.
            try (JavaProcess org = JavaProcess.startJar(ServiceJars.path("org-service"), "384m", List.of(
                    "--server.port=" + orgPort,
                    "--spring.datasource.url=" + postgres.jdbcUrl("org"),
                    "--spring.datasource.username=" + EmbeddedPostgresServer.SUPERUSER,
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--jinguo.security.issuer=" + issuer,
                    "--jinguo.master-key=" + TestMasterKey.get(),
                    "--logging.level.root=warn"));
                 JavaProcess gateway = JavaProcess.startJar(ServiceJars.path("gateway"), "256m", gatewayJvm, gatewayArgs)) {
                String direct = "http://127.0.0.1:" + orgPort;
                String viaGateway = "http://127.0.0.1:" + gatewayPort;
                ServiceJars.awaitReady(org, direct, "org-service");
                ServiceJars.awaitReady(gateway, viaGateway, "gateway");
                String token = "Bearer " + TestIssuer.get().token("bench", List.of("CITY_ADMIN"), null, List.of());
                Map<String, String> urls = new LinkedHashMap<>();
                urls.put("direct", direct + PATH);
                urls.put("gateway", viaGateway + PATH);
                try (OpenLoad load = new OpenLoad(token)) {
                    GatewayBenchmark benchmark = new GatewayBenchmark(load, urls, gateway.pid(), org.pid(), postgres.port(), seconds);
                    return benchmark.measure(startRate, warmUpSeconds, bisections, ceiling, gatewayJvm, gatewayArgs);
                }
            }
        }
    }

    private String measure(int startRate, double warmUpSeconds, int bisections, int ceiling, List<String> gatewayJvm,
                           List<String> gatewayArgs) throws Exception {
        String answer = "";
        for (Map.Entry<String, String> path : urls.entrySet()) {
            answer = load.get(path.getValue());
            if (!answer.startsWith("200 ") || !answer.contains("GUSHAN")) {
                throw new IllegalStateException(path.getKey() + " answered " + answer);
            }
        }
        line("GET %s, %s a run, pass: p99 < %d ms and errors < %.1f%%; %d cores, Java %s; gateway JVM options %s, arguments %s",
                PATH, seconds + " s", P99_LIMIT_MICROS / 1000, ERROR_LIMIT * 100, Runtime.getRuntime().availableProcessors(),
                Runtime.version(), gatewayJvm, gatewayArgs.subList(3, gatewayArgs.size()));
        // Rising from a tenth of the start rate: cold, each JVM compiles on the cores that serve,
        // and the start rate at once would bury both (and trip the gateway's breaker).
        for (double share : WARM_UP_RAMP) {
            for (String path : urls.keySet()) {
                Run warmUp = timed(path, Math.max(1, (int) Math.round(startRate * share)), warmUpSeconds / WARM_UP_RAMP.length, false);
                line("warm-up %-7s %s", path, describe(warmUp));
            }
        }
        // Whole searches first, not counted: they take both JVMs up the same ladder and through the
        // same idle gaps as the measured search, so that the JIT's recompilations fall before it.
        int warmUpSearches = Integer.getInteger("jinguo.bench.gateway.warm-up-searches", 0);
        for (int search = 1; search <= warmUpSearches; search++) {
            warmUpSearch = "warm-up search " + search;
            Map<String, int[]> warmUp = search(startRate, bisections, ceiling);
            String maxima = "direct %s, gateway %s".formatted(sustained(warmUp.get("direct"), ceiling),
                    sustained(warmUp.get("gateway"), ceiling));
            line("%s: %s", warmUpSearch, maxima);
            summary.append("%s (not counted): %s\n\n".formatted(warmUpSearch, maxima));
        }
        warmUpSearch = null;
        String jfr = System.getProperty("jinguo.bench.gateway.jfr");
        if (jfr != null) {
            jcmd(gatewayPid, "JFR.start", "name=bench", "settings=profile", "filename=" + Path.of(jfr).toAbsolutePath());
        }
        summary.append("| step | path | rate/s | p50 ms | p99 ms | errors | verdict | cores: gateway, org-service, postgres, load |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        Map<String, int[]> bounds = search(startRate, bisections, ceiling);
        if (jfr != null) {
            jcmd(gatewayPid, "JFR.stop", "name=bench");
        }
        int directMax = bounds.get("direct")[0];
        int gatewayMax = bounds.get("gateway")[0];
        line("");
        summary.append("\n");
        line("highest rate sustained: direct %s, gateway %s; gateway / direct = %.2f", sustained(bounds.get("direct"), ceiling),
                sustained(bounds.get("gateway"), ceiling), directMax == 0 ? 0 : (double) gatewayMax / directMax);
        if (Boolean.getBoolean("jinguo.bench.gateway.search-only")) {
            return summary.toString();
        }
        int half = Math.max(1, roundTen(directMax / 2.0));
        Map<String, List<long[]>> atHalf = new LinkedHashMap<>();
        summary.append("\n| at %d/s | direct p50 | direct p99 | gateway p50 | gateway p99 | added p50 | added p99 |\n|---|---|---|---|---|---|---|\n"
                .formatted(half));
        for (int runNumber = 1; runNumber <= HALF_MAX_RUNS; runNumber++) {
            Map<String, Run> pair = new LinkedHashMap<>();
            for (String path : urls.keySet()) {
                Run run = timed(path, half, seconds, false);
                line("half max %-7s run %d %s", path, runNumber, describe(run));
                pair.put(path, run);
                atHalf.computeIfAbsent(path, key -> new ArrayList<>()).add(run.latencies());
            }
            appendHalfRow("run " + runNumber, pair.get("direct").latencies(), pair.get("gateway").latencies());
        }
        long[] directAll = pooled(atHalf.get("direct"));
        long[] gatewayAll = pooled(atHalf.get("gateway"));
        appendHalfRow("all runs", directAll, gatewayAll);
        line("at half the direct maximum (%d/s), %d runs pooled: direct p50 %s p99 %s, gateway p50 %s p99 %s; the gateway adds %s ms at p50, %s ms at p99",
                half, HALF_MAX_RUNS, millis(percentile(directAll, 50)), millis(percentile(directAll, 99)), millis(percentile(gatewayAll, 50)),
                millis(percentile(gatewayAll, 99)), added(percentile(gatewayAll, 50), percentile(directAll, 50)),
                added(percentile(gatewayAll, 99), percentile(directAll, 99)));
        summary.append("\n");
        checkTheGenerator(Math.max(startRate, 2 * Math.max(directMax, gatewayMax)), answer.substring(4));
        return summary.toString();
    }

    /** Climbs the ladder until each path fails, then bisects; each path's last passing and first failing rate. */
    private Map<String, int[]> search(int startRate, int bisections, int ceiling) throws Exception {
        Map<String, int[]> bounds = new LinkedHashMap<>();
        urls.keySet().forEach(path -> bounds.put(path, new int[] {0, Integer.MAX_VALUE}));
        for (int rate = startRate; rate <= ceiling; rate = Math.max(rate + 10, roundTen(rate * LADDER))) {
            Map<String, Integer> climbing = new LinkedHashMap<>();
            for (Map.Entry<String, int[]> path : bounds.entrySet()) {
                if (path.getValue()[1] == Integer.MAX_VALUE) {
                    climbing.put(path.getKey(), rate);
                }
            }
            if (climbing.isEmpty()) {
                break;
            }
            round(climbing, bounds);
        }
        for (int bisection = 0; bisection < bisections; bisection++) {
            Map<String, Integer> between = new LinkedHashMap<>();
            for (Map.Entry<String, int[]> path : bounds.entrySet()) {
                int passed = path.getValue()[0];
                int failed = path.getValue()[1];
                int middle = roundTen((passed + (long) failed) / 2.0);
                if (failed != Integer.MAX_VALUE && middle > passed && middle < failed) {
                    between.put(path.getKey(), middle);
                }
            }
            if (between.isEmpty()) {
                break;
            }
            round(between, bounds);
        }
        return bounds;
    }

    /** Runs each path at its rate, alternately; a failing one again after the others, before its rate counts as failed. */
    private void round(Map<String, Integer> rates, Map<String, int[]> bounds) throws Exception {
        Map<String, Boolean> passed = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> path : rates.entrySet()) {
            passed.put(path.getKey(), step(path.getKey(), path.getValue(), ""));
        }
        for (Map.Entry<String, Integer> path : rates.entrySet()) {
            if (!passed.get(path.getKey())) {
                passed.put(path.getKey(), step(path.getKey(), path.getValue(), " (again)"));
            }
        }
        for (Map.Entry<String, Integer> path : rates.entrySet()) {
            int[] bound = bounds.get(path.getKey());
            if (passed.get(path.getKey())) {
                bound[0] = Math.max(bound[0], path.getValue());
            } else {
                bound[1] = Math.min(bound[1], path.getValue());
            }
        }
    }

    private int steps;
    /** Names the warm-up search under way, whose steps are printed but not numbered or summed up; null otherwise. */
    private String warmUpSearch;

    private boolean step(String path, int rate, String again) throws Exception {
        Thread.sleep(lastFailed ? 5_000 : 2_000);
        double[] before = cpuSeconds();
        long started = System.nanoTime();
        Run run = load.run(urls.get(path), rate, seconds, P99_LIMIT_MICROS, true);
        double wall = (System.nanoTime() - started) / 1e9;
        double[] after = cpuSeconds();
        boolean pass = passes(run);
        lastFailed = !pass;
        String cores = "%.2f, %.2f, %.2f, %.2f".formatted((after[0] - before[0]) / wall, (after[1] - before[1]) / wall,
                (after[2] - before[2]) / wall, (after[3] - before[3]) / wall);
        if (warmUpSearch != null) {
            line("%s %-7s %s %s%s  cores: gateway, org-service, postgres, load %s", warmUpSearch, path, describe(run),
                    pass ? "PASS" : "FAIL", again, cores);
            return pass;
        }
        steps++;
        line("step %2d %-7s %s %s%s  cores: gateway, org-service, postgres, load %s", steps, path, describe(run),
                pass ? "PASS" : "FAIL", again, cores);
        summary.append("| %d | %s | %d | %s | %s | %s | %s%s | %s |\n".formatted(steps, path, rate,
                run.stopped() ? "–" : millis(run.percentile(50)),
                run.stopped() ? "stopped" : millis(run.percentile(99)), errors(run), pass ? "pass" : "fail", again, cores));
        return pass;
    }

    private Run timed(String path, int rate, double runSeconds, boolean stopWhenLost) throws InterruptedException {
        Thread.sleep(1_000);
        return load.run(urls.get(path), rate, runSeconds, P99_LIMIT_MICROS, stopWhenLost);
    }

    static boolean passes(Run run) {
        return !run.stopped() && run.errorRate() < ERROR_LIMIT && run.percentile(99) < P99_LIMIT_MICROS;
    }

    /** The generator against a trivial server in this JVM: it must keep well above the rates it measured. */
    private void checkTheGenerator(int rate, String body) throws InterruptedException {
        LoopResources loop = LoopResources.create("bench-stub", 1, true);
        DisposableServer stub = HttpServer.create().host("127.0.0.1").port(0).runOn(loop)
                .route(routes -> routes.get(PATH, (request, response) -> response.header("Content-Type", "application/json")
                        .sendString(Mono.just(body))))
                .bindNow();
        try {
            String url = "http://127.0.0.1:" + stub.port() + PATH;
            load.run(url, rate / 2, seconds / 2, P99_LIMIT_MICROS, false);
            Run run = load.run(url, rate, seconds, P99_LIMIT_MICROS, false);
            line("load generator against a trivial server in its own JVM at %d/s: %s %s (sent over %.1f s)", rate, describe(run),
                    passes(run) ? "PASS" : "FAIL", run.sendingSeconds());
        } finally {
            stub.disposeNow();
            loop.disposeLater().block(Duration.ofSeconds(10));
        }
    }

    private void appendHalfRow(String label, long[] direct, long[] gateway) {
        summary.append("| %s | %s | %s | %s | %s | %s | %s |\n".formatted(label, millis(percentile(direct, 50)), millis(percentile(direct, 99)),
                millis(percentile(gateway, 50)), millis(percentile(gateway, 99)),
                added(percentile(gateway, 50), percentile(direct, 50)), added(percentile(gateway, 99), percentile(direct, 99))));
    }

    /** CPU seconds used so far by the gateway, org-service, PostgreSQL's processes, and this JVM (load and broker). */
    private double[] cpuSeconds() {
        // The server detaches from this JVM: found by its port, with its backends.
        double postgres = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .filter(process -> List.of(process.info().arguments().orElse(new String[0])).contains(Integer.toString(postgresPort)))
                .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
                .mapToDouble(GatewayBenchmark::cpuOf).sum();
        return new double[] {cpuOf(ProcessHandle.of(gatewayPid).orElse(null)), cpuOf(ProcessHandle.of(orgPid).orElse(null)), postgres,
                cpuOf(ProcessHandle.current())};
    }

    private static double cpuOf(ProcessHandle process) {
        return process == null ? 0 : process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e9).orElse(0.0);
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(30, TimeUnit.SECONDS);
        System.out.println("jcmd " + String.join(" ", command) + ": " + output.strip());
    }

    private static String describe(Run run) {
        return "%6d/s n=%d p50=%s p90=%s p99=%s max=%s errors=%s%s".formatted(run.rate(), run.planned(), millis(run.percentile(50)),
                millis(run.percentile(90)), millis(run.percentile(99)), millis(run.percentile(100)), errors(run),
                run.stopped() ? " stopped after %d of %d requests".formatted(run.sent(), run.planned()) : "");
    }

    private static String errors(Run run) {
        return "%d (%.2f%%)".formatted(run.errors(), run.errorRate() * 100);
    }

    private static String sustained(int[] bound, int ceiling) {
        if (bound[0] == 0) {
            return "none of the rates tried";
        }
        return (bound[1] == Integer.MAX_VALUE ? "≥ " : "") + bound[0] + "/s"
                + (bound[1] == Integer.MAX_VALUE ? " (the ceiling " + ceiling + " was not reached)" : " (failed at " + bound[1] + "/s)");
    }

    private void line(String format, Object... values) {
        String text = format.formatted(values);
        System.out.println(text);
        if (text.startsWith("GET ") || text.startsWith("highest") || text.startsWith("at half") || text.startsWith("load generator")) {
            summary.append(text).append('\n');
        }
    }

    private static long[] pooled(List<long[]> runs) {
        long[] all = runs.stream().flatMapToLong(LongStream::of).toArray();
        Arrays.sort(all);
        return all;
    }

    private static long percentile(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static String millis(long micros) {
        return micros == OpenLoad.FAILED ? "failed" : "%.1f".formatted(micros / 1000.0);
    }

    /** The gateway's latency minus the direct one, or "n/a" when either had failures at that percentile. */
    private static String added(long gatewayMicros, long directMicros) {
        return gatewayMicros == OpenLoad.FAILED || directMicros == OpenLoad.FAILED ? "n/a"
                : "%+.2f".formatted((gatewayMicros - directMicros) / 1000.0);
    }

    private static int roundTen(double rate) {
        return Math.max(10, (int) Math.round(rate / 10) * 10);
    }

    /** The words of a JVM options or arguments string (a system property). */
    static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static int argument(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
