package org.jinguo.bench.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.jinguo.bench.Latencies;
import org.jinguo.localinfra.EmbeddedPostgresServer;
import org.jinguo.localinfra.InProcessKafka;
import org.jinguo.localinfra.PostgresDatabases;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Commit → consumer-handler latency of the transactional outbox, against a baseline that sends
 * straight to Kafka after the commit, run side by side on the same broker and database.
 *
 * <p>Open model: changes are committed at a fixed rate whatever the latency, each at its
 * scheduled time. Arguments: {@code rate} (per second, default 200), {@code events} per measured
 * run (default 2000), {@code runs} (default 3); each path first warms up with as many events as a run.
 */
public final class OutboxLatencyBenchmark {

    private OutboxLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path data = Files.createTempDirectory("jinguo-bench");
        try (InProcessKafka kafka = InProcessKafka.create(data.resolve("kafka"), 0).start();
             EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0)) {
            new PostgresDatabases(postgres.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "").createIfMissing("bench");
            try (ConfigurableApplicationContext app = SpringApplication.run(BenchApplication.class,
                    "--spring.datasource.url=" + postgres.jdbcUrl("bench"),
                    "--spring.datasource.username=" + EmbeddedPostgresServer.SUPERUSER,
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--spring.main.web-application-type=none",
                    "--logging.level.root=warn")) {
                System.out.println(run(app, rate, events, runs));
            }
        }
    }

    /** @return the report: each run's figures for both paths, and the ratio of the p99s */
    static String run(ConfigurableApplicationContext app, int rate, int events, int runs) throws InterruptedException {
        BenchApplication.OutboxWriter outbox = app.getBean(BenchApplication.OutboxWriter.class);
        BenchApplication.DirectWriter direct = app.getBean(BenchApplication.DirectWriter.class);
        LatencyProbe probe = app.getBean(LatencyProbe.class);
        StringBuilder report = new StringBuilder("rate=%d/s events=%d runs=%d%n".formatted(rate, events, runs));
        int next = 0;
        measure(outbox::write, probe, rate, events, next);
        next += events;
        measure(direct::write, probe, rate, events, next);
        next += events;
        for (int run = 1; run <= runs; run++) {
            long[] outboxLatencies = measure(outbox::write, probe, rate, events, next);
            next += events;
            long[] directLatencies = measure(direct::write, probe, rate, events, next);
            next += events;
            report.append("run %d outbox   %s%n".formatted(run, Latencies.summary(outboxLatencies)));
            report.append("run %d baseline %s%n".formatted(run, Latencies.summary(directLatencies)));
            report.append("run %d p99 ratio outbox/baseline %.2f%n".formatted(run,
                    (double) Latencies.percentile(outboxLatencies, 99) / Math.max(1, Latencies.percentile(directLatencies, 99))));
        }
        return report.toString();
    }

    private static long[] measure(IntConsumer writer, LatencyProbe probe, int rate, int events, int firstSequence)
            throws InterruptedException {
        probe.expect(events);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
        long periodNanos = 1_000_000_000L / rate;
        for (int i = 0; i < events; i++) {
            int sequence = firstSequence + i;
            scheduler.schedule(() -> writer.accept(sequence), i * periodNanos, TimeUnit.NANOSECONDS);
        }
        scheduler.shutdown();
        scheduler.awaitTermination(events / rate + 60, TimeUnit.SECONDS);
        if (!probe.awaitAll(60)) {
            throw new IllegalStateException("Not every event reached the handler within a minute");
        }
        return probe.latencies();
    }
}
