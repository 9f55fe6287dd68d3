package org.jinguo.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the person who started the platform needs once it is up: where everything is. */
final class Summary {

    private final StringBuilder text = new StringBuilder();

    private Summary() {
    }

    /** @param createdNow what this start created, with credentials shown this once */
    static String of(LaunchSettings settings, String postgresLocation, Duration startup, List<String> createdNow) {
        Summary summary = new Summary();
        summary.text.append(String.format(Locale.ROOT, "%nThe Jinguo platform is up, all healthy after %.1f s.%n%n", startup.toMillis() / 1000.0));
        summary.line("Gateway", settings.gateway().url());
        summary.line("Swagger UI", settings.gateway().url() + "/swagger-ui.html");
        settings.services().forEach(service -> summary.line(service.name(), service.url()));
        summary.line("Kafka", "127.0.0.1:" + settings.kafkaPort());
        summary.line("PostgreSQL", postgresLocation);
        summary.line("Data and secrets", settings.home().toString());
        summary.line("Operations client", "jinguo-operations, secret " + Secrets.OPERATIONS_CLIENT_SECRET + " in " + settings.secretsFile());
        if (settings.developmentUsers()) {
            summary.line("Development users", DevelopmentAccess.USERS.stream().map(DevelopmentAccess.DevelopmentUser::username)
                    .collect(Collectors.joining(", ")) + "; passwords in " + settings.secretsFile());
            summary.line("Partner client", DevelopmentAccess.PARTNER_CLIENT + ", secret " + DevelopmentAccess.partnerSecretName()
                    + " in " + settings.secretsFile());
        }
        summary.line("Logs", settings.logs().toString());
        if (!createdNow.isEmpty()) {
            summary.text.append(System.lineSeparator());
            createdNow.forEach(line -> summary.text.append("  ").append(line).append(System.lineSeparator()));
        }
        summary.text.append(String.format("%nPress Ctrl-C to stop.%n"));
        return summary.text.toString();
    }

    private void line(String label, String value) {
        text.append(String.format("  %-18s %s%n", label, value));
    }
}
