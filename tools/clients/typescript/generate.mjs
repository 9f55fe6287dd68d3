// Writes src/generated/<document>.ts, the types of every operation and schema, for each
// committed OpenAPI document (the platform's merged one and each service's).
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

const documents = new URL("../../../docs/api/openapi/", import.meta.url);
const generated = new URL("./src/generated/", import.meta.url);
mkdirSync(generated, { recursive: true });

for (const file of readdirSync(documents).filter((name) => name.endsWith(".json")).sort()) {
  const ast = await openapiTS(new URL(file, documents));
  writeFileSync(new URL(file.replace(/\.json$/, ".ts"), generated), astToString(ast));
  console.log(`generated src/generated/${file.replace(/\.json$/, ".ts")}`);
}
