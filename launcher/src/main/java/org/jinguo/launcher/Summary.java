package org.jinguo.launcher;

import java.time.Duration;
import java.util.Locale;

/** What the person who started the platform needs once it is up: where everything is. */
final class Summary {

    private final StringBuilder text = new StringBuilder();

    private Summary() {
    }

    static String of(LaunchSettings settings, String postgresLocation, Duration startup) {
        Summary summary = new Summary();
        summary.text.append(String.format(Locale.ROOT, "%nThe Jinguo platform is up, all healthy after %.1f s.%n%n", startup.toMillis() / 1000.0));
        summary.line("Gateway", settings.gateway().url());
        summary.line("Swagger UI", settings.gateway().url() + "/swagger-ui.html");
        settings.services().forEach(service -> summary.line(service.name(), service.url()));
        summary.line("Kafka", "127.0.0.1:" + settings.kafkaPort());
        summary.line("PostgreSQL", postgresLocation);
        summary.line("Data and secrets", settings.home().toString());
        summary.line("Operations client", "jinguo-operations, secret " + Secrets.OPERATIONS_CLIENT_SECRET + " in " + settings.secretsFile());
        summary.line("Logs", settings.logs().toString());
        summary.text.append(String.format("%nPress Ctrl-C to stop.%n"));
        return summary.text.toString();
    }

    private void line(String label, String value) {
        text.append(String.format("  %-18s %s%n", label, value));
    }
}
