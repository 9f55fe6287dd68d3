package org.jinguo.bench.gateway;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jinguo.bench.ServiceJars;
import org.jinguo.bench.gateway.OpenLoad.Run;
import org.jinguo.localinfra.FreePorts;
import org.jinguo.testsupport.JavaProcess;
import org.jinguo.testsupport.TestIssuer;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * The gateway's own CPU per request, with nothing behind it but a trivial upstream in this JVM, so
 * that neither the service nor the database blurs it. Each variant runs in a JVM of its own, all
 * at once, measured in turn at one fixed rate after a common warm-up:
 * <ul>
 *   <li>{@code direct}: the upstream itself, no proxy between (latency only: it runs in this JVM);</li>
 *   <li>{@code bare-proxy}: {@link BareProxy}, the floor any Reactor Netty proxy pays here;</li>
 *   <li>{@code ""}: the gateway as configured;</li>
 *   <li>anything else: the gateway with these arguments ({@code --name=value}) and JVM options
 *       ({@code -Dname=value}, {@code -XX:…}) added, e.g. to turn a layer off; a first word
 *       {@code jar:<path>} runs another build of the gateway instead (to compare a change).</li>
 * </ul>
 * CPU per request is the process's CPU time (user and system) over the run, divided by the
 * requests sent: everything the process does for them, its threads, collector and compiler
 * included.
 */
public final class GatewayCost {

    private static final String PATH = "/api/v1/regions/towns/GUSHAN";
    private static final String BODY = "{\"code\":\"GUSHAN\",\"nameZh\":\"鼓山镇\",\"nameEn\":\"Gushan\",\"district\":\"JINAN\","
            + "\"neighbours\":[\"BEIFENG\",\"NANSHAN\"],\"version\":3}";
    private static final String BARE_PROXY = "bare-proxy";
    private static final String DIRECT = "direct";
    private static final double[] WARM_UP_RAMP = {0.1, 0.25, 0.5, 1, 1, 1};
    private static final double WARM_UP_STEP_SECONDS = 10;

    private GatewayCost() {
    }

    /** {@code gateway-cost [rate, default 1000] [seconds a run, default 15] [runs, default 3] [variant …, default: direct, bare-proxy and ""]}. */
    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 15;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> variants = args.length > 3 ? List.of(args).subList(3, args.length) : List.of(DIRECT, BARE_PROXY, "");
        System.out.println(measure(rate, seconds, runs, variants));
    }

    static String measure(int rate, double seconds, int runs, List<String> variants) throws Exception {
        LoopResources loop = LoopResources.create("bench-upstream", 1, true);
        DisposableServer upstream = HttpServer.create().host("127.0.0.1").port(0).runOn(loop)
                .route(routes -> routes.get(PATH, (request, response) -> response.header("Content-Type", "application/json")
                        .sendString(Mono.just(BODY))))
                .bindNow();
        List<String> jvm = GatewayBenchmark.words(System.getProperty("jinguo.bench.gateway.jvm-options", "-XX:+UseParallelGC"));
        List<Proxy> proxies = new ArrayList<>();
        String token = "Bearer " + TestIssuer.get().token("bench", List.of("CITY_ADMIN"), null, List.of());
        try (OpenLoad load = new OpenLoad(token)) {
            for (String variant : variants) {
                proxies.add(start(variant, upstream.port(), jvm, load));
            }
            for (double share : WARM_UP_RAMP) {
                for (Proxy proxy : proxies) {
                    load.run(proxy.url(), Math.max(1, (int) (rate * share)), WARM_UP_STEP_SECONDS, 100_000, false);
                }
            }
            double[][] micros = new double[proxies.size()][runs];
            List<List<Run>> results = new ArrayList<>();
            proxies.forEach(proxy -> results.add(new ArrayList<>()));
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < proxies.size(); i++) {
                    Thread.sleep(1_000);
                    Proxy proxy = proxies.get(i);
                    double before = cpuSeconds(proxy.pid());
                    Run result = load.run(proxy.url(), rate, seconds, 100_000, false);
                    micros[i][run] = (cpuSeconds(proxy.pid()) - before) * 1e6 / result.planned();
                    results.get(i).add(result);
                    System.out.printf("run %d %-40s %5s µs of CPU a request, p50 %.2f ms, p99 %.2f ms, errors %d%n", run + 1,
                            label(proxy.variant()), micros(micros[i][run]), result.percentile(50) / 1000.0, result.percentile(99) / 1000.0,
                            result.errors());
                }
            }
            return summary(rate, seconds, runs, jvm, proxies, micros, results);
        } finally {
            proxies.forEach(Proxy::stop);
            upstream.disposeNow();
            loop.disposeLater().block(Duration.ofSeconds(10));
        }
    }

    private static String summary(int rate, double seconds, int runs, List<String> jvm, List<Proxy> proxies, double[][] micros,
                                  List<List<Run>> results) {
        StringBuilder summary = new StringBuilder("\nGET %s at %d/s, %d runs of %s s each, after a warm-up; %d cores, Java %s, JVM options %s\n\n"
                .formatted(PATH, rate, runs, seconds, Runtime.getRuntime().availableProcessors(), Runtime.version(), jvm));
        summary.append("| variant | CPU µs a request, median (runs) | p50 ms | p99 ms | errors |\n|---|---|---|---|---|\n");
        for (int i = 0; i < proxies.size(); i++) {
            double[] sorted = micros[i].clone();
            Arrays.sort(sorted);
            List<Run> runsOfVariant = results.get(i);
            summary.append("| %s | %s (%s) | %s | %s | %d |\n".formatted(label(proxies.get(i).variant()), micros(sorted[sorted.length / 2]),
                    String.join(", ", Arrays.stream(micros[i]).mapToObj(GatewayCost::micros).toList()),
                    String.join(", ", runsOfVariant.stream().map(run -> "%.2f".formatted(run.percentile(50) / 1000.0)).toList()),
                    String.join(", ", runsOfVariant.stream().map(run -> "%.2f".formatted(run.percentile(99) / 1000.0)).toList()),
                    runsOfVariant.stream().mapToInt(Run::errors).sum()));
        }
        return summary.toString();
    }

    private static Proxy start(String variant, int upstreamPort, List<String> jvm, OpenLoad load) throws Exception {
        int port = FreePorts.find();
        String url = "http://127.0.0.1:" + port + PATH;
        if (variant.equals(DIRECT)) {
            return new Proxy(variant, "http://127.0.0.1:" + upstreamPort + PATH, -1, () -> { });
        }
        if (variant.equals(BARE_PROXY)) {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx256m"));
            command.addAll(jvm);
            // One event loop per core, as the gateway runs (Reactor Netty's default is at least four).
            command.add("-Dreactor.netty.ioWorkerCount=" + Runtime.getRuntime().availableProcessors());
            // This jar, with BareProxy as its main class instead of the benchmarks' dispatcher.
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dloader.main=" + BareProxy.class.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher", Integer.toString(port), Integer.toString(upstreamPort)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return started(new Proxy(variant, url, process.pid(), process::destroy), load);
        }
        List<String> words = new ArrayList<>(GatewayBenchmark.words(variant));
        Path jar = !words.isEmpty() && words.get(0).startsWith("jar:") ? Path.of(words.remove(0).substring(4)) : ServiceJars.path("gateway");
        List<String> gatewayJvm = new ArrayList<>(jvm);
        words.stream().filter(GatewayCost::isJvmOption).forEach(gatewayJvm::add);
        words.removeIf(GatewayCost::isJvmOption);
        List<String> gatewayArgs = new ArrayList<>(List.of("--server.port=" + port, "--ORG_SERVICE_URL=http://127.0.0.1:" + upstreamPort,
                "--jinguo.security.issuer=" + TestIssuer.get().url(),
                // One client: its limit must not be what is measured.
                "--GATEWAY_RATE_LIMIT_PER_SECOND=1000000", "--GATEWAY_RATE_LIMIT_BURST=1000000", "--logging.level.root=warn"));
        gatewayArgs.addAll(words);
        JavaProcess gateway = JavaProcess.startJar(jar, "256m", gatewayJvm, gatewayArgs);
        Proxy proxy = new Proxy(variant, url, gateway.pid(), gateway::close);
        try {
            ServiceJars.awaitReady(gateway, "http://127.0.0.1:" + port, "gateway");
        } catch (RuntimeException | InterruptedException notReady) {
            proxy.stop();
            throw notReady;
        }
        return started(proxy, load);
    }

    /** The proxy once it answers, or stopped (and the failure thrown) if it does not. */
    private static Proxy started(Proxy proxy, OpenLoad load) throws InterruptedException {
        try {
            awaitAnswer(load, proxy.url(), proxy.variant());
            return proxy;
        } catch (RuntimeException | InterruptedException failed) {
            proxy.stop();
            throw failed;
        }
    }

    private static void awaitAnswer(OpenLoad load, String url, String variant) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String answer = "";
        while (System.nanoTime() < deadline) {
            try {
                answer = load.get(url);
                if (answer.startsWith("200 ") && answer.contains("GUSHAN")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                answer = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(label(variant) + " answered " + answer);
    }

    /** {@code -Dname=value} or {@code -XX:…}, as against a program argument {@code --name=value}. */
    private static boolean isJvmOption(String word) {
        return word.startsWith("-") && !word.startsWith("--");
    }

    private static double cpuSeconds(long pid) {
        if (pid < 0) {
            return Double.NaN;
        }
        ProcessHandle process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException("Process " + pid + " has ended"));
        return process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e9).orElseThrow();
    }

    private static String micros(double value) {
        return Double.isNaN(value) ? "–" : "%.0f".formatted(value);
    }

    private static String label(String variant) {
        return variant.isBlank() ? "gateway as configured" : variant.equals(BARE_PROXY) || variant.equals(DIRECT) ? variant : "gateway " + variant;
    }

    private record Proxy(String variant, String url, long pid, Runnable stopper) {

        void stop() {
            stopper.run();
        }
    }
}
