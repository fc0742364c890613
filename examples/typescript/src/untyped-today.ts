// The bodies that docs/openapi/civic-api.json still documents as `schema: {}` (issue #12), which the generated
// types can only call `unknown`. Each bridge states what the example reads and reuses the generated schemas
// wherever the contract has them. Delete this file when the contract types these operations: the example then
// takes the generated types as they are (npm run check:responses lists every untyped body).
import type { components } from "./civic-api.js";

type Schemas = components["schemas"];

/** GET /api/v1/programmes: one page of programmes. */
export interface ProgrammePage {
  items: { id: string; regionCode: string; year: number; title: string; state: string }[];
  total: number;
}

/** GET /api/v1/programmes/{id}/projects: the programme's projects. */
export type ProjectList = { id: string; code: string; title: string }[];

/** GET /api/v1/programmes/{id}/dashboard: the figures are the progress service's programme summary. */
export interface Dashboard {
  asOf: string;
  figures: Schemas["ProgressProgrammeSummary"];
  degraded: string[];
}

/** GET /api/v1/projects/{id}/overview: project, milestones and status as the services give them. */
export interface Overview {
  project: { code: string; title: string; titleEn: string | null };
  milestones: Schemas["ProgressMilestoneView"][];
  status: Schemas["ProgressProjectStatus"];
  degraded: string[];
}

export const untypedToday = <T>(body: unknown): T => body as T;
