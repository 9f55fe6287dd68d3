package org.jinguo.dataset;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code java -jar tools/dataset/target/dataset-0.1.0-SNAPSHOT-exec.jar [--reduced]}: loads the year's data
 * set into a running platform through its gateway with the operations client's token, then asks
 * the gateway for the impact report of 2022-01-01 to 2025-03-05 and compares every figure with
 * what the set implies. Exits 1 when one differs. Settings from the environment:
 * {@code JINGUO_GATEWAY_URL} (http://127.0.0.1:8080), {@code JINGUO_ISSUER_URL}
 * (http://127.0.0.1:9000) and {@code JINGUO_OPERATIONS_CLIENT_SECRET}, read from the local run's
 * {@code $JINGUO_HOME/secrets.properties} (JINGUO_HOME: .jinguo) when not set.
 */
public final class DataSetCommand {

    static final String OPERATIONS_CLIENT = "jinguo-operations";
    static final String SECRET = "JINGUO_OPERATIONS_CLIENT_SECRET";

    private DataSetCommand() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        boolean reduced = List.of(args).contains("--reduced");
        try {
            Api api = new Api(URI.create(env.getOrDefault("JINGUO_GATEWAY_URL", "http://127.0.0.1:8080")),
                    URI.create(env.getOrDefault("JINGUO_ISSUER_URL", "http://127.0.0.1:9000")), OPERATIONS_CLIENT, secret(env));
            DataSet data = reduced ? YearDataSet.reduced() : YearDataSet.full();
            System.out.printf("Loading the %s data set through the gateway...%n", data.name());
            Duration took = new Loader(api, 8).load(data);
            System.out.printf("Loaded in %d s.%n", took.toSeconds());
            List<String> differences = ReportCheck.differences(api, data, YearDataSet.FIRST_DAY, YearDataSet.LAST_DAY, null, System.out);
            if (!differences.isEmpty()) {
                System.err.println("The report differs from the data set: " + differences);
                System.exit(1);
            }
            System.out.println("The impact report matches the data set.");
        } catch (LoadException e) {
            System.err.println("Loading failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String secret(Map<String, String> env) {
        String secret = env.get(SECRET);
        if (secret != null && !secret.isBlank()) {
            return secret;
        }
        Path file = Path.of(env.getOrDefault("JINGUO_HOME", ".jinguo")).resolve("secrets.properties");
        Properties secrets = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            secrets.load(reader);
        } catch (IOException e) {
            throw new LoadException("no " + SECRET + " set and " + file.toAbsolutePath() + " cannot be read (" + e.getMessage()
                    + "): run it from where the platform was started, or set " + SECRET);
        }
        String stored = secrets.getProperty(SECRET);
        if (stored == null) {
            throw new LoadException(file.toAbsolutePath() + " holds no " + SECRET);
        }
        return stored;
    }
}
