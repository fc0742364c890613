// The public /api/v1 JSON this page reads, and only that: the types name the fields the page uses (the full
// contract is docs/openapi/civic-api.json). Every call sends the signed-in credential and turns a failure into an
// ApiError that says what went wrong in words (its problem+json detail when the gateway sent one).

export type Credential = { kind: "token" | "apiKey"; value: string };

export type Label = { zh: string; en: string | null };
export type Labels = {
  phases: Record<string, Label>;
  health: Record<string, Label>;
  reasons: Record<string, Label>;
};
export type Reason = { code: string; detail?: string };

export type Programme = {
  id: string;
  regionCode: string;
  year: number;
  title: string;
  state: string;
  plannedTotalInvestment: string | null;
  plannedProjectCount: number | null;
  projectCount: number;
  domains: { code: string; name: string }[];
};

export type Breakdown = {
  key: string;
  name: Label | null;
  projects: number;
  delivered: number;
  delayed: number;
  averageCompletionPercent: number | null;
  plannedInvestment: string | null;
};

export type Listed = { projectId: string; code: string; title: string; phase: string; reasons: Reason[] };

export type Summary = {
  asOf: string;
  projects: number;
  cancelled: number;
  announcedProjects: number | null;
  byPhase: Record<string, number>;
  byHealth: Record<string, number>;
  byDomain: Breakdown[];
  byDepartment: Breakdown[];
  byDistrict: Breakdown[];
  averageCompletionPercent: number | null;
  indicators: number;
  indicatorsMet: number;
  plannedInvestment: string | null;
  delayed: Listed[];
  overdue: Listed[];
  overdueProjects: number;
  listedAtMost: number;
  labels: Labels;
};

export type Degraded = { part: string; reason: string };

export type Dashboard = {
  programme: Programme;
  asOf: string;
  figures: Summary | null;
  investment: { plannedTotal: string | null; plannedInProjects: string | null };
  degraded: Degraded[];
};

export type IndicatorFigure = {
  key: string;
  name: string;
  unit: string;
  target: number;
  actual: number | null;
  actualAsOf: string | null;
  achievementRate: number | null;
};

export type ProjectStatus = {
  projectId: string;
  code: string;
  title: string;
  domainCode: string;
  leadDepartmentId: string;
  cancelled: boolean;
  phase: string;
  phaseName: string;
  completionPercent: number;
  health: string | null;
  reasons: Reason[];
  indicators: IndicatorFigure[];
  overdue: boolean;
};

export type SeriesPoint = {
  asOf: string;
  projects: number;
  averageCompletionPercent: number | null;
  byPhase: Record<string, number>;
  byHealth: Record<string, number>;
  indicators: number;
  indicatorsMet: number;
};
export type ProgrammeSeries = { points: SeriesPoint[]; labels: Labels };

export type Milestone = {
  code: string;
  name: string;
  plannedDate: string | null;
  actualDate: string | null;
  status: string;
};

export type Report = {
  id: string;
  asOf: string;
  percentComplete: number | null;
  narrative: string | null;
  actuals: { key: string; value: number }[];
};

export type Project = {
  id: string;
  code: string;
  title: string;
  titleEn: string | null;
  description: string | null;
  plannedInvestment: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  indicators: { key: string; name: string; unit: string; target: number }[];
};

export type Overview = {
  project: Project;
  asOf: string;
  milestones: Milestone[] | null;
  latestApprovedReport: Report | null;
  status: ProjectStatus | null;
  degraded: Degraded[];
};

export type IndicatorPoint = { asOf: string; value: number };

/** A failed call: the HTTP status (0 when the gateway could not be reached) and the problem's words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`${status} ${detail}`);
  }
}

const ROOT = "/api/v1/";

export class Api {
  constructor(private readonly credential: Credential) {}

  programmes(): Promise<{ items: Programme[] }> {
    return this.get("programmes", { size: "100" });
  }

  regionName(code: string): Promise<{ code: string; name: Label }> {
    return this.get(`regions/${encodeURIComponent(code)}`);
  }

  dashboard(programmeId: string, asOf: string): Promise<Dashboard> {
    return this.get(`programmes/${programmeId}/dashboard`, { asOf });
  }

  statuses(programmeId: string, asOf: string): Promise<ProjectStatus[]> {
    return this.get("status", { programmeId, asOf });
  }

  series(programmeId: string, from: string, to: string): Promise<ProgrammeSeries> {
    return this.get(`programmes/${programmeId}/series`, { from, to, step: "month" });
  }

  overview(projectId: string, asOf: string): Promise<Overview> {
    return this.get(`projects/${projectId}/overview`, { asOf });
  }

  approvedReports(projectId: string, asOf: string): Promise<{ items: Report[] }> {
    return this.get(`projects/${projectId}/reports`, { asOf, state: "APPROVED", size: "50" });
  }

  indicatorSeries(projectId: string, key: string): Promise<IndicatorPoint[]> {
    return this.get(`projects/${projectId}/indicators/${encodeURIComponent(key)}/series`);
  }

  private async get<T>(path: string, query: Record<string, string> = {}): Promise<T> {
    const url = ROOT + path + (Object.keys(query).length ? "?" + new URLSearchParams(query).toString() : "");
    const headers: Record<string, string> = { Accept: "application/json" };
    if (this.credential.kind === "token") {
      headers["Authorization"] = `Bearer ${this.credential.value}`;
    } else {
      headers["X-API-Key"] = this.credential.value;
    }
    let response: Response;
    try {
      response = await fetch(url, { headers, cache: "no-cache" });
    } catch {
      throw new ApiError(0, "");
    }
    if (!response.ok) {
      throw new ApiError(response.status, await problemDetail(response));
    }
    return (await response.json()) as T;
  }
}

async function problemDetail(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as { title?: string; detail?: string };
    return problem.detail ?? problem.title ?? response.statusText;
  } catch {
    return response.statusText;
  }
}
