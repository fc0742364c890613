// What an app maker writes with the generated types and openapi-fetch: the published programmes, one
// programme's dashboard as of 2022-10-31 and the overview of one of its projects, read with an API key.
//   CIVIC_BASE_URL=http://localhost:8080 CIVIC_API_KEY=... npm run example
import createClient from "openapi-fetch";
import type { paths } from "./civic-api.js";

const AS_OF = "2022-10-31";

const apiKey = process.env["CIVIC_API_KEY"];
if (!apiKey) {
  console.error("Set CIVIC_API_KEY to an API client's key (scope public:read), and CIVIC_BASE_URL if not localhost:8080.");
  process.exit(2);
}
const civic = createClient<paths>({
  baseUrl: process.env["CIVIC_BASE_URL"] ?? "http://localhost:8080",
  headers: { "X-API-Key": apiKey },
});

/** The body of a 2xx answer; any other answer stops the example with its status and problem. */
async function ok<T>(what: string, answer: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await answer;
  if (!response.ok || data === undefined) {
    throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(error)}`);
  }
  return data;
}

const page = await ok("list programmes",
  civic.GET("/api/v1/programmes", { params: { query: { state: "PUBLISHED", size: 50 } } }));
console.log(`${page.total} published programmes:`);
for (const programme of page.items) {
  console.log(`  ${programme.year} ${programme.regionCode} ${programme.title}`);
}
const programme = page.items.find((p) => p.year === 2022) ?? page.items[0];
if (!programme) {
  throw new Error("no published programme to show");
}

const dashboard = await ok("dashboard", civic.GET("/api/v1/programmes/{id}/dashboard",
  { params: { path: { id: programme.id }, query: { asOf: AS_OF } } }));
// A view answers what it could; a part a service could not give is null and named in degraded.
const degraded = [...(dashboard.degraded ?? [])];
const figures = dashboard.figures;
if (figures) {
  console.log(`\n${programme.title} as of ${dashboard.asOf}: ${figures.projects ?? 0} projects`
    + ` (${figures.announcedProjects ?? 0} announced), average completion ${figures.averageCompletionPercent ?? 0} %`);
  for (const [phase, count] of Object.entries(figures.byPhase ?? {})) {
    if (count > 0) console.log(`  ${phase}: ${count}`);
  }
  for (const [health, count] of Object.entries(figures.byHealth ?? {})) {
    console.log(`  ${health}: ${count}`);
  }
}

const projects = await ok("projects", civic.GET("/api/v1/programmes/{id}/projects",
  { params: { path: { id: programme.id } } }));
const first = projects[0];
if (!first) {
  throw new Error(`${programme.title} has no projects`);
}
const overview = await ok("overview", civic.GET("/api/v1/projects/{id}/overview",
  { params: { path: { id: first.id }, query: { asOf: AS_OF } } }));
degraded.push(...(overview.degraded ?? []));
const status = overview.status;
console.log(`\n${overview.project?.code} ${overview.project?.title}: ${status?.phaseName ?? status?.phase ?? "no status"}, `
  + `${status?.completionPercent ?? 0} % complete, ${status?.health ?? "no health"}`);
for (const milestone of overview.milestones ?? []) {
  const date = milestone.actualDate ?? milestone.plannedDate;
  console.log(`  ${milestone.code} ${milestone.status}${date ? ` ${date}` : ""}`);
}
if (degraded.length) {
  throw new Error(`degraded answers: ${degraded.map((part) => `${part.part} (${part.reason})`).join(", ")}`);
}
