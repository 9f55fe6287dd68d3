package org.jinguo.web.idempotency;

import java.util.Map;

/** The first response to an idempotent request, replayed to its retries. */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {
}
