package org.jinguo.web.idempotency;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keys and first responses in the service's own database, so they survive a restart and are
 * shared by every instance. Each statement commits on its own: a claim must be visible to the
 * other instances before the request is processed.
 */
@RequiredArgsConstructor
class IdempotencyStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final IdempotencyProperties properties;

    /** @return true when {@code owner}, this request, now holds the key */
    boolean claim(String client, String key, String requestHash, UUID owner) {
        jdbc.sql("""
                delete from idempotency_record
                where client_id = :client and idempotency_key = :key
                  and (expires_at < now()
                       or (state = 'IN_PROGRESS' and created_at < now() - cast(:abandoned as interval)))
                """)
                .param("client", client).param("key", key)
                .param("abandoned", properties.abandonedAfter().toMillis() + " milliseconds")
                .update();
        return jdbc.sql("""
                insert into idempotency_record (client_id, idempotency_key, request_hash, owner, state, expires_at)
                values (:client, :key, :hash, :owner, 'IN_PROGRESS', now() + cast(:retention as interval))
                on conflict do nothing
                """)
                .param("client", client).param("key", key).param("hash", requestHash).param("owner", owner)
                .param("retention", properties.retention().toMillis() + " milliseconds")
                .update() == 1;
    }

    Optional<Existing> find(String client, String key) {
        return jdbc.sql("""
                select request_hash, state, response_status, response_headers::text as headers, response_body
                from idempotency_record where client_id = :client and idempotency_key = :key
                """)
                .param("client", client).param("key", key)
                .query((rs, row) -> new Existing(rs.getString("request_hash"),
                        "COMPLETED".equals(rs.getString("state"))
                                ? new StoredResponse(rs.getInt("response_status"), headers(rs.getString("headers")), rs.getBytes("response_body"))
                                : null))
                .optional();
    }

    void complete(String client, String key, UUID owner, StoredResponse response) {
        jdbc.sql("""
                update idempotency_record
                set state = 'COMPLETED', response_status = :status, response_headers = cast(:headers as jsonb), response_body = :body
                where client_id = :client and idempotency_key = :key and owner = :owner
                """)
                .param("status", response.status())
                .param("headers", json.writeValueAsString(response.headers()))
                .param("body", response.body())
                .param("client", client).param("key", key).param("owner", owner)
                .update();
    }

    /** Frees the key after a failure that changed nothing, so the client may retry with it. */
    void release(String client, String key, UUID owner) {
        jdbc.sql("""
                delete from idempotency_record
                where client_id = :client and idempotency_key = :key and owner = :owner and state = 'IN_PROGRESS'
                """)
                .param("client", client).param("key", key).param("owner", owner).update();
    }

    int purgeExpired() {
        return jdbc.sql("delete from idempotency_record where expires_at < now()").update();
    }

    private Map<String, String> headers(String text) {
        return text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, String>>() { });
    }

    /** @param response null while the first request is still in progress */
    record Existing(String requestHash, StoredResponse response) {
    }
}
