package org.jinguo.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One service running in its own JVM, its output in its log file. */
final class ServiceProcess implements HealthWaiter.Target {

    private final ServiceSpec spec;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceSpec spec, Process process, Path log) {
        this.spec = spec;
        this.process = process;
        this.log = log;
    }

    /**
     * Runs {@code java -Xmx<heap> -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar <jar>} with the
     * launcher's environment plus {@code environment}. Six JVMs share one developer machine: Serial
     * GC has the smallest footprint for heaps this size, and compiling with C1 only spares the
     * cores C2's work while they all start, which on a small machine makes the platform healthy
     * and the year's data set loaded sooner (the figures: docs/ops/running-locally.md, "Start-up
     * time and memory"). Production images keep both compilers.
     */
    static ServiceProcess start(ServiceSpec spec, Path jar, Map<String, String> environment, Path log) {
        List<String> command = List.of(javaBinary(), "-Xmx" + spec.heap(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toString());
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new ServiceProcess(spec, builder.start(), log);
        } catch (IOException e) {
            throw new LaunchException("Cannot start " + spec.name() + " (" + String.join(" ", command) + ")", e);
        }
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public URI healthUri() {
        return URI.create(spec.url() + "/actuator/health");
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public int exitValue() {
        return process.exitValue();
    }

    @Override
    public Path log() {
        return log;
    }

    CompletableFuture<Process> exited() {
        return process.onExit();
    }

    /** Asks the JVM to shut down gracefully (SIGTERM), without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the JVM to end, and kills it if it takes longer than {@code grace}. */
    void awaitStop(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
