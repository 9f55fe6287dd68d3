// The Jinguo platform's client for front ends: openapi-fetch over the types generated from the
// platform's OpenAPI document, with the caller's access token on every request.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/platform.js";

export type { paths, components, operations } from "./generated/platform.js";

/** Answers read as JSON: a page's items, not its CSV; errors as the platform's Problem. */
type JsonMedia = "application/json" | "application/problem+json";

/** A client of the platform at `baseUrl` (the gateway), sending `accessToken()` as the bearer token. */
export function jinguoClient(baseUrl: string, accessToken: () => string, language: "zh-CN" | "en" = "zh-CN"): Client<paths, JsonMedia> {
  const client = createClient<paths, JsonMedia>({ baseUrl });
  client.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${accessToken()}`);
      request.headers.set("Accept-Language", language);
      return request;
    },
  });
  return client;
}
