package org.jinguo.web.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.web.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on creating POSTs: the first request with a key is processed and its
 * response kept; a retry with the same key and the same request gets that response again
 * ({@code Idempotent-Replayed: true}); the same key with another request gets a 422. Requests
 * with one key arriving at once, on any instance, wait for the first one and share its answer.
 * A 5xx response is not kept, so the client may retry with the same key; nor is a response
 * marked {@code Cache-Control: no-store}, which may hold a secret.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.ETAG);
    private static final long WAIT_STEP_MILLIS = 50;

    private final IdempotencyStore store;
    private final IdempotencyClientResolver clients;
    private final ProblemWriter problems;
    private final IdempotencyProperties properties;

    /** Form posts (e.g. OAuth token requests) are left alone: the container parses their body itself. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || MediaType.APPLICATION_FORM_URLENCODED_VALUE.equals(baseContentType(request));
    }

    private static String baseContentType(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null ? null : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(properties.maxBodySize() + 1);
        if (body.length > properties.maxBodySize()) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE");
            return;
        }
        String client = clients.clientOf(request);
        String hash = hash(request, body);
        UUID owner = UUID.randomUUID();
        if (store.claim(client, key, hash, owner)) {
            process(new BodyRequest(request, body), response, chain, client, key, owner);
            return;
        }
        Optional<IdempotencyStore.Existing> existing = awaitCompletion(client, key);
        if (existing.isEmpty()) {
            // The first request failed and freed the key meanwhile: this one may go ahead.
            if (store.claim(client, key, hash, owner)) {
                process(new BodyRequest(request, body), response, chain, client, key, owner);
            } else {
                problems.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_REQUEST_IN_PROGRESS");
            }
        } else if (!existing.get().requestHash().equals(hash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED");
        } else if (existing.get().response() == null) {
            problems.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_REQUEST_IN_PROGRESS");
        } else {
            replay(existing.get().response(), response);
        }
    }

    /**
     * Keeps the response unless it is a 5xx or the request failed, in which case the key is freed
     * for a retry. A failure to keep a successful response propagates and leaves the claim, which
     * is taken over once abandoned, rather than freeing the key of a request that took effect.
     */
    private void process(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String client, String key,
                         UUID owner) throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(client, key, owner);
            throw e;
        }
        if (recorded.getStatus() < 500 && !mustNotBeStored(recorded)) {
            store.complete(client, key, owner, new StoredResponse(recorded.getStatus(), keptHeaders(recorded), recorded.getContentAsByteArray()));
        } else {
            store.release(client, key, owner);
        }
        recorded.copyBodyToResponse();
    }

    /** A response marked no-store (e.g. one showing a new secret) is never kept; a retry runs again. */
    private static boolean mustNotBeStored(HttpServletResponse response) {
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.contains("no-store");
    }

    private Optional<IdempotencyStore.Existing> awaitCompletion(String client, String key) {
        long deadline = System.nanoTime() + properties.inProgressWait().toNanos();
        while (true) {
            Optional<IdempotencyStore.Existing> existing = store.find(client, key);
            if (existing.isEmpty() || existing.get().response() != null || System.nanoTime() > deadline) {
                return existing;
            }
            try {
                Thread.sleep(WAIT_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return existing;
            }
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.getOutputStream().write(stored.body());
    }

    private static Map<String, String> keptHeaders(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) ' ');
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            if (request.getQueryString() != null) {
                digest.update(("?" + request.getQueryString()).getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) '\n');
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once up front, so it can be both hashed and processed. */
    private static final class BodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
