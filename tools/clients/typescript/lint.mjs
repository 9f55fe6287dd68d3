// Lints every committed OpenAPI document with Redocly's recommended rules; any error fails.
// Warnings that are kept, and why, are listed in docs/api/openapi/README.md.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const documents = fileURLToPath(new URL("../../../docs/api/openapi/", import.meta.url));
const files = readdirSync(documents).filter((name) => name.endsWith(".json")).sort().map((name) => documents + name);
execFileSync("npx", ["redocly", "lint", "--extends=recommended", "--format=summary", ...files], { stdio: "inherit" });
