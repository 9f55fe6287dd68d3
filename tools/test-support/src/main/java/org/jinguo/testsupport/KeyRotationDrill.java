package org.jinguo.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jinguo.protection.AesGcm;
import org.jinguo.protection.LookupHash;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A master-key rotation as ops run it, on a database of the drill's own: a service application
 * started, stopped and started again with the master keys a step of the rotation gives it, and
 * followed through the re-wrap gauge it publishes.
 */
public final class KeyRotationDrill implements AutoCloseable {

    private static final Pattern PENDING = Pattern.compile("(?m)^jinguo_protection_keys_pending(?:\\{[^}]*})? (\\S+)$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Class<?> application;
    private final String name;
    private final List<String> extraArguments;
    private final TestPostgres.Database database = TestPostgres.get().newDatabase();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * @param name a name of its own for the application (its consumer groups), so events reach
     *             this instance and not the other tests' context
     */
    public KeyRotationDrill(Class<?> application, String name, String... extraArguments) {
        this.application = application;
        this.name = name;
        this.extraArguments = List.of(extraArguments);
    }

    /** A new master key: 32 random bytes in Base64. */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** A value as services encrypted personal data before data keys: directly under the master key. */
    public static byte[] encryptedBeforeDataKeys(String masterKey, String value) {
        return AesGcm.seal(new SecretKeySpec(Base64.getDecoder().decode(masterKey), "AES"), value.getBytes(StandardCharsets.UTF_8),
                new byte[0]);
    }

    /** An identifier's lookup hash as services made it before data keys: under a key derived from the master key. */
    public static String hashedBeforeDataKeys(String masterKey, String value) {
        try {
            Mac derivation = Mac.getInstance("HmacSHA256");
            derivation.init(new SecretKeySpec(Base64.getDecoder().decode(masterKey), "HmacSHA256"));
            byte[] lookupKey = derivation.doFinal("jinguo lookup hash v1".getBytes(StandardCharsets.US_ASCII));
            return LookupHash.of(new SecretKeySpec(lookupKey, "HmacSHA256"), value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts an instance with {@code active} as its master key and {@code retired} (comma-separated,
     * or {@code null}) as retired ones, and re-wraps at once and every second.
     *
     * @param arguments more of this start's own, e.g. {@code --jinguo.identity.operations-client-secret=…}
     * @return the instance's API as CITY_ADMIN
     */
    public HttpApi start(String active, String retired, String... arguments) {
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.application.name=" + name,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--spring.kafka.consumer.auto-offset-reset=earliest",
                "--jinguo.security.issuer=" + TestIssuer.get().url(),
                "--jinguo.protection.rewrap-interval=1s",
                "--jinguo.master-key=" + active));
        if (retired != null) {
            settings.add("--jinguo.retired-master-keys=" + retired);
        }
        settings.addAll(extraArguments);
        settings.addAll(List.of(arguments));
        instances.add(new SpringApplicationBuilder(application).run(settings.toArray(String[]::new)));
        return HttpApi.onLocalPort(port()).as(TestTokens.cityAdmin());
    }

    /** The port of the instance started last. */
    public int port() {
        return instances.get(instances.size() - 1).getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public JdbcClient database() {
        return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
    }

    /**
     * Keys not yet under the active master key, as the instance started last publishes them
     * ({@code jinguo.protection.keys.pending}); -1 before its first pass.
     */
    public long pendingKeys() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/actuator/prometheus")).build();
        try {
            String metrics = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher pending = PENDING.matcher(metrics);
            if (!pending.find()) {
                throw new IllegalStateException("No jinguo_protection_keys_pending in the metrics");
            }
            return (long) Double.parseDouble(pending.group(1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until every key is under the active master key, running {@code meanwhile} (requests,
     * say) at least once while it waits, so the service is seen serving during the re-wrap.
     */
    public void awaitRewrapped(Runnable meanwhile) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            meanwhile.run();
            if (pendingKeys() == 0) {
                return;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Keys still pending after 60 s: " + pendingKeys());
    }

    public void stopAll() {
        instances.forEach(ConfigurableApplicationContext::close);
        instances.clear();
    }

    @Override
    public void close() {
        stopAll();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
