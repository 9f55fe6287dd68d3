// A front end's short journey through the gateway, as the platform's end-to-end test runs it:
// node journey.js <gateway> <access token>. Prints what it saw as one JSON line.
import { randomUUID } from "node:crypto";
import { jinguoClient } from "./index.js";

const [gateway, token] = process.argv.slice(2);
if (!gateway || !token) {
  throw new Error("usage: node journey.js <gateway URL> <access token>");
}
const jinguo = jinguoClient(gateway, () => token, "en");

const towns = await jinguo.GET("/api/v1/regions/towns", { params: { query: { size: 5 } } });
if (!towns.data) {
  throw new Error(`towns: ${towns.response.status}`);
}
const townCode = towns.data.items[0]?.code;
if (!townCode) {
  throw new Error("no town");
}

const registered = await jinguo.POST("/api/v1/people", {
  params: { header: { "Idempotency-Key": randomUUID() } },
  body: { nameZh: "陈晓燕", phone: "13900001234", townCode },
});
if (!registered.data) {
  throw new Error(`registration: ${registered.response.status} ${JSON.stringify(registered.error)}`);
}

const read = await jinguo.GET("/api/v1/people/{id}", { params: { path: { id: registered.data.id } } });
const missing = await jinguo.GET("/api/v1/children/{id}", { params: { path: { id: randomUUID() } } });

console.log(JSON.stringify({
  towns: towns.data.totalItems,
  registered: registered.response.status,
  location: registered.response.headers.get("Location"),
  town: townCode,
  registeredId: registered.data.id,
  readId: read.data?.id,
  readTown: read.data?.townCode,
  missingStatus: missing.response.status,
  missingCode: missing.error?.code,
}));
