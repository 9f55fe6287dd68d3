package org.jinguo.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * Where tests get Redis from: {@code JINGUO_TEST_REDIS_URL} (e.g. {@code redis://127.0.0.1:6379}),
 * else a Testcontainers Redis when Docker answers, else a server on 127.0.0.1:6379 (CI starts
 * one). Empty when none answers: the tests that need Redis then skip with that reason.
 */
public final class TestRedis {

    public static final String NONE_REASON = "No Redis: set JINGUO_TEST_REDIS_URL, run Docker, or start redis-server on 127.0.0.1:6379";
    private static volatile Optional<URI> url;

    private TestRedis() {
    }

    public static Optional<URI> url() {
        if (url == null) {
            synchronized (TestRedis.class) {
                if (url == null) {
                    url = find();
                }
            }
        }
        return url;
    }

    private static Optional<URI> find() {
        String explicit = System.getenv("JINGUO_TEST_REDIS_URL");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(URI.create(explicit));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            GenericContainer<?> redis = new GenericContainer<>("redis:7.4").withExposedPorts(6379);
            redis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(redis::stop));
            return Optional.of(URI.create("redis://" + redis.getHost() + ":" + redis.getMappedPort(6379)));
        }
        URI local = URI.create("redis://127.0.0.1:6379");
        return answersPing(local) ? Optional.of(local) : Optional.empty();
    }

    static boolean answersPing(URI redis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(redis.getHost(), redis.getPort()), 500);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }
}
