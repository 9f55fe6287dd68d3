package org.jinguo.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests that call a service's REST API the way a front end would. Called
 * on the local port of the service under test, every exchange is also held against the service's
 * own OpenAPI document ({@link ApiContract}).
 */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String authorization;
    private final boolean contractChecked;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpApi(String baseUrl, String authorization, boolean contractChecked) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.contractChecked = contractChecked;
    }

    /** Some other address, e.g. a service started as a process beside the test: exchanges are not checked. */
    public static HttpApi at(String baseUrl) {
        return new HttpApi(baseUrl, null, false);
    }

    /** The service under test: every exchange is checked against its API document. */
    public static HttpApi onLocalPort(int port) {
        return new HttpApi("http://127.0.0.1:" + port, null, true);
    }

    /** The same API, called with this {@code Authorization} header (e.g. from {@link TestTokens}). */
    public HttpApi as(String authorization) {
        return new HttpApi(baseUrl, authorization, contractChecked);
    }

    public Call get(String path) {
        return new Call("GET", path, null);
    }

    public Call post(String path, String jsonBody) {
        return new Call("POST", path, jsonBody);
    }

    public Call put(String path, String jsonBody) {
        return new Call("PUT", path, jsonBody);
    }

    /** One request being prepared; {@link #send()} performs it. */
    public final class Call {

        private final String method;
        private final String path;
        private final String body;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private boolean requestOnContract = true;

        private Call(String method, String path, String body) {
            this.method = method;
            this.path = path;
            this.body = body;
            if (body != null) {
                headers.put("Content-Type", "application/json");
            }
            if (authorization != null) {
                headers.put("Authorization", authorization);
            }
        }

        /**
         * Sends, on purpose, a request the API document does not allow, which the service still
         * accepts in part (a batch whose malformed records are each refused): only the answer is
         * held against the document.
         */
        public Call offContract() {
            requestOnContract = false;
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
                if (contractChecked) {
                    ApiContract.of(baseUrl).check(new ApiContract.Exchange(method, path, headers, body, requestOnContract, reply));
                }
                return reply;
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response: status, headers and body, with the body readable as JSON. */
    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
