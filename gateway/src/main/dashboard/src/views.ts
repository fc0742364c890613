// What the page shows: a programme as of a date, and one project's overview. Each part of a view is drawn from
// what it got; a part that failed says so in words in its place (and the degraded notice names it), the rest stands.
import {
  ApiError,
  type Breakdown,
  type Dashboard,
  type Degraded,
  type IndicatorPoint,
  type Labels,
  type Milestone,
  type Overview,
  type ProgrammeSeries,
  type ProjectStatus,
  type Reason,
  type Report,
} from "./api";
import * as charts from "./charts";
import { h, table } from "./dom";
import { date, money, number, percent } from "./format";
import { known, label, marks, t, type Key } from "./i18n";

/** A part of a view: what it answered, or why it did not. */
export type Part<T> = { ok: true; value: T } | { ok: false; error: unknown };

export const PHASES = ["NOT_STARTED", "APPROVED", "STARTED", "STRUCTURE_DONE", "BASICALLY_COMPLETED", "COMPLETED", "ACCEPTED", "IN_OPERATION"];
const DELIVERED = ["COMPLETED", "ACCEPTED", "IN_OPERATION"];
const HEALTH = ["ON_TRACK", "AT_RISK", "DELAYED"];

/** An error in words, whatever failed. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return t("error.0");
  }
  // the problem's detail is a sentence of its own; the page's sentence brings the full stop
  const values = { status: error.status, detail: error.detail.replace(/[.。]\s*$/, "") };
  if (error.status >= 500) {
    return t("error.5xx", values);
  }
  const key = `error.${error.status}`;
  return known(key) ? t(key, values) : t("error.400", values);
}

export function errorBox(what: string, error: unknown): HTMLElement {
  return h("p", { class: "error", role: "alert" }, t("errorIn", { what, message: errorText(error) }));
}

/** The notice naming each missing part, or nothing when all came. */
export function degradedNotice(degraded: Degraded[], failedParts: Key[] = []): HTMLElement | null {
  const parts = [
    ...degraded.map((d) => {
      const part = `part.${d.part}`;
      const reason = `reason.${d.reason}`;
      return `${known(part) ? t(part) : d.part}${marks().open}${known(reason) ? t(reason) : d.reason}${marks().close}`;
    }),
    ...failedParts.map((key) => t(key)),
  ];
  if (parts.length === 0) {
    return null;
  }
  return h("div", { class: "degraded", role: "status", "data-testid": "degraded" }, t("degraded", { parts: parts.join(marks().semicolon) }));
}

function section(title: string, id: string, ...content: (Node | null)[]): HTMLElement {
  return h("section", { class: "card", "aria-labelledby": id }, h("h3", { id }, title), ...content);
}

/** A chart with its words: the figure's caption, a description for screen readers and the data as a table. */
function chartFigure(id: string, caption: string, draw: (element: HTMLElement) => void, data: HTMLTableElement,
  tall = false): HTMLElement {
  const canvas = h("div", { class: tall ? "chart tall" : "chart", id: `${id}-chart` });
  // drawn once the element is in the document, so ECharts knows its size
  queueMicrotask(() => requestAnimationFrame(() => canvas.isConnected && draw(canvas)));
  return h("figure", { class: "figure" },
    h("figcaption", {}, caption),
    canvas,
    h("details", {}, h("summary", {}, t("dataTable")), data));
}

function phaseName(labels: Labels, code: string): string {
  return label(labels.phases[code], code);
}

function healthName(labels: Labels, code: string | null): string {
  return code ? label(labels.health[code], code) : "—";
}

function reasonsText(labels: Labels, reasons: Reason[]): string {
  return reasons.map((r) => label(labels.reasons[r.code], r.code) + (r.detail ? `${marks().colon}${r.detail}` : "")).join(marks().semicolon);
}

function delivered(byPhase: Record<string, number>): number {
  return DELIVERED.reduce((sum, code) => sum + (byPhase[code] ?? 0), 0);
}

function kpi(name: string, value: string, testId: string, note?: string): HTMLElement {
  return h("div", { class: "kpi" },
    h("span", { class: "kpi-name" }, name),
    h("span", { class: "kpi-value", "data-kpi": testId }, value),
    note ? h("span", { class: "kpi-note" }, note) : null);
}

/** The programme as of its date: figures, breakdowns, lists and indicators, and the year's trend. */
export function programmeView(dashboard: Dashboard, statuses: Part<ProjectStatus[]>, series: Part<ProgrammeSeries>,
  onProject: (id: string) => void, onMonth: (asOf: string) => void): HTMLElement {
  const f = dashboard.figures;
  const failed: Key[] = [];
  if (!statuses.ok) failed.push("part.statuses");
  if (!series.ok) failed.push("part.series");
  const root = h("div", { class: "view" },
    h("h2", { id: "view-title", tabindex: "-1" }, `${dashboard.programme.title} · ${t("asOfHeading", { date: date(dashboard.asOf) })}`),
    degradedNotice(dashboard.degraded, failed));

  const kpis = h("div", { class: "kpis" },
    kpi(t("projects"), f ? number(f.projects) : number(dashboard.programme.projectCount), "projects",
      f?.announcedProjects ? t("announced", { n: f.announcedProjects, m: f.projects }) : undefined),
    kpi(t("plannedInvestment"), money(dashboard.investment.plannedTotal), "investment",
      dashboard.investment.plannedInProjects ? `${t("plannedInProjects")} ${money(dashboard.investment.plannedInProjects)}` : undefined));
  if (f) {
    kpis.append(
      kpi(phaseName(f.labels, "COMPLETED"), number(delivered(f.byPhase)), "completed"),
      kpi(phaseName(f.labels, "BASICALLY_COMPLETED"), number(f.byPhase["BASICALLY_COMPLETED"] ?? 0), "basically-completed"),
      kpi(t("averageCompletion"), percent(f.averageCompletionPercent), "average-completion"),
      kpi(t("indicatorsMet"), t("indicatorsMetValue", { met: f.indicatorsMet, all: f.indicators }), "indicators-met"));
  }
  root.append(kpis);

  if (f) {
    root.append(h("div", { class: "grid" },
      section(t("byPhase"), "by-phase", phaseFigure(f.byPhase, f.labels)),
      section(t("byHealth"), "by-health", healthFigure(f.byHealth, f.labels)),
      trendSection(series, dashboard.asOf, onMonth)));
    root.append(h("div", { class: "grid" },
      section(t("byDomain"), "by-domain", domainFigure(f.byDomain)),
      section(t("byDepartment"), "by-department", breakdownTable(t("byDepartment"), f.byDepartment)),
      section(t("byDistrict"), "by-district", breakdownTable(t("byDistrict"), f.byDistrict))));
  } else {
    root.append(h("div", { class: "grid" }, trendSection(series, dashboard.asOf, onMonth)));
  }
  root.append(listsSection(f?.labels, statuses, dashboard), indicatorsSection(f?.labels, statuses, onProject));
  return root;
}

function phaseFigure(byPhase: Record<string, number>, labels: Labels): HTMLElement {
  const names = PHASES.map((code) => phaseName(labels, code));
  const values = PHASES.map((code) => byPhase[code] ?? 0);
  const description = names.map((name, i) => `${name} ${values[i]}`).join(marks().comma);
  return chartFigure("phase", t("byPhase"),
    (el) => charts.mount(el, charts.barOption(names, values), `${t("byPhase")}${marks().colon}${description}`),
    table(t("byPhase"), [t("phase"), t("count")], names.map((name, i) => [name, values[i]])));
}

function healthFigure(byHealth: Record<string, number>, labels: Labels): HTMLElement {
  const entries = HEALTH.map((code) => ({ code, name: healthName(labels, code), value: byHealth[code] ?? 0 }));
  const description = entries.map((e) => `${e.name} ${e.value}`).join(marks().comma);
  return chartFigure("health", t("byHealth"),
    (el) => charts.mount(el, charts.healthOption(entries), `${t("byHealth")}${marks().colon}${description}`),
    table(t("byHealth"), [t("health"), t("count")], entries.map((e) => [e.name, e.value])));
}

function domainFigure(byDomain: Breakdown[]): HTMLElement {
  const names = byDomain.map((b) => label(b.name, b.key));
  const description = byDomain.map((b, i) => `${names[i]} ${b.delivered}/${b.projects}`).join(marks().comma);
  return chartFigure("domain", t("byDomain"),
    (el) => charts.mount(el, charts.domainOption(names, byDomain.map((b) => b.projects), byDomain.map((b) => b.delivered),
      [t("projects"), t("delivered")]), `${t("byDomain")}${marks().colon}${description}`),
    breakdownTable(t("byDomain"), byDomain), true);
}

function breakdownTable(caption: string, rows: Breakdown[]): HTMLTableElement {
  return table(caption, [t("name"), t("projects"), t("delivered"), t("delayedCount"), t("completion"), t("investment")],
    rows.map((b) => [label(b.name, b.key), b.projects, b.delivered, b.delayed, percent(b.averageCompletionPercent), money(b.plannedInvestment)]));
}

function trendSection(series: Part<ProgrammeSeries>, asOf: string, onMonth: (asOf: string) => void): HTMLElement {
  if (!series.ok) {
    return section(t("trend"), "trend", errorBox(t("trend"), series.error));
  }
  const points = series.value.points;
  const dates = points.map((p) => p.asOf);
  const average = points.map((p) => p.averageCompletionPercent);
  const met = points.map((p) => (p.indicators ? Math.round((p.indicatorsMet / p.indicators) * 1000) / 10 : null));
  const completed = points.map((p) => delivered(p.byPhase));
  const lines = [{ name: t("averageCompletion"), values: average }, { name: t("indicatorsMetShare"), values: met }];
  const bars = { name: t("completedProjects"), values: completed };
  const description = `${t("trendDescription")}${marks().colon}` + dates.map((d, i) =>
    `${date(d)} ${percent(average[i])}${marks().enumeration}${percent(met[i])}${marks().enumeration}${completed[i]}`).join(marks().semicolon);
  return section(t("trend"), "trend", chartFigure("trend", t("trendDescription"), (el) => {
    const chart = charts.mount(el, charts.trendOption(dates, lines, bars, asOf), description);
    charts.onCategoryClick(chart, (i) => dates[i] && onMonth(dates[i]));
  }, table(t("trend"), [t("asOf"), t("averageCompletion"), t("indicatorsMetShare"), t("completedProjects")],
    dates.map((d, i) => [date(d), percent(average[i]), percent(met[i]), completed[i]]))));
}

function listsSection(labels: Labels | undefined, statuses: Part<ProjectStatus[]>, dashboard: Dashboard): HTMLElement {
  if (!statuses.ok || !labels) {
    // the summary's own list of delayed projects still says which and why
    const f = dashboard.figures;
    const total = f?.byHealth["DELAYED"] ?? 0;
    return section(t("delayedList"), "lists", f
      ? projectList(f.labels, f.delayed.map((d) => ({ code: d.code, title: d.title, reasons: d.reasons })), t("noneDelayed"))
      : null, f && f.delayed.length < total ? h("p", { class: "note" }, t("listCut", { shown: f.delayed.length, total })) : null,
      statuses.ok ? null : errorBox(t("atRiskList"), statuses.error));
  }
  const of = (health: string) => statuses.value.filter((s) => s.health === health);
  return h("section", { class: "card lists", "aria-labelledby": "lists" },
    h("h3", { id: "lists" }, `${t("delayedList")} · ${t("atRiskList")}`),
    h("h4", {}, t("delayedList")), projectList(labels, of("DELAYED"), t("noneDelayed"), "delayed"),
    h("h4", {}, t("atRiskList")), projectList(labels, of("AT_RISK"), t("noneAtRisk"), "at-risk"));
}

function projectList(labels: Labels, projects: { code: string; title: string; reasons: Reason[] }[], none: string, testId = "delayed"): HTMLElement {
  if (projects.length === 0) {
    return h("p", { class: "none", "data-list": testId }, none);
  }
  return h("ul", { class: "reasons", "data-list": testId }, projects.map((p) =>
    h("li", {}, h("strong", {}, `${p.code} ${p.title}`), h("br"), `${t("reasons")}${marks().colon}${reasonsText(labels, p.reasons)}`)));
}

function achievementBadge(rate: number | null): HTMLElement {
  if (rate == null) {
    return h("span", { class: "badge none" }, t("noActual"));
  }
  const [cls, word] = rate > 100 ? ["over", t("overAchieved")] : rate >= 100 ? ["met", t("met")] : ["under", t("notMet")];
  return h("span", { class: `badge ${cls}` }, h("span", { class: "rate", "data-rate": rate }, percent(rate)), ` ${word}`);
}

function indicatorsSection(labels: Labels | undefined, statuses: Part<ProjectStatus[]>, onProject: (id: string) => void): HTMLElement {
  if (!statuses.ok) {
    return section(t("indicatorsHeading"), "indicators", errorBox(t("indicatorsHeading"), statuses.error));
  }
  const rows = statuses.value.flatMap((s) => {
    const open = h("button", { type: "button", class: "link", "data-project": s.code, onclick: () => onProject(s.projectId) },
      `${s.code} ${s.title}`);
    const first = [open, labels ? phaseName(labels, s.phase) : s.phaseName, labels ? healthName(labels, s.health) : (s.health ?? "—"),
      percent(s.completionPercent)];
    if (s.indicators.length === 0) {
      return [[...first, "—", "—", "—", "—"]];
    }
    return s.indicators.map((i, n) => [...(n === 0 ? first : ["", "", "", ""]),
      i.name, `${number(i.target)} ${i.unit}`, i.actual == null ? "—" : `${number(i.actual)} ${i.unit}`, achievementBadge(i.achievementRate)]);
  });
  return section(t("indicatorsHeading"), "indicators", h("div", { class: "scroll" },
    table(t("indicatorsHeading"), [t("project"), t("phase"), t("health"), t("completion"), t("indicator"), t("target"), t("actual"), t("achievement")],
      rows, "data indicators")));
}

const LADDER = ["APPROVED", "STARTED", "STRUCTURE_DONE", "COMPLETED", "ACCEPTED", "IN_OPERATION"];

function byLadder(a: Milestone, b: Milestone): number {
  const rank = (m: Milestone) => (LADDER.includes(m.code) ? LADDER.indexOf(m.code) : LADDER.length);
  return rank(a) - rank(b) || (a.plannedDate ?? a.actualDate ?? "").localeCompare(b.plannedDate ?? b.actualDate ?? "");
}

/** One project as of the date: facts, milestones on a timeline, approved reports, each indicator over time. */
export function overviewView(overview: Overview, labels: Labels | undefined, reports: Part<{ items: Report[] }>,
  series: Map<string, Part<IndicatorPoint[]>>, onBack: () => void): HTMLElement {
  const p = overview.project;
  const s = overview.status;
  const root = h("div", { class: "view" },
    h("button", { type: "button", class: "back", onclick: onBack }, `← ${t("back")}`),
    h("h2", { id: "view-title", tabindex: "-1" }, `${p.code} ${p.title} · ${t("asOfHeading", { date: date(overview.asOf) })}`),
    degradedNotice(overview.degraded));
  if (p.description) {
    root.append(h("p", { class: "description" }, p.description));
  }
  root.append(h("div", { class: "kpis" },
    kpi(t("planned"), `${date(p.plannedStart)} – ${date(p.plannedEnd)}`, "planned"),
    kpi(t("investment"), money(p.plannedInvestment), "project-investment"),
    s ? kpi(t("phase"), labels ? phaseName(labels, s.phase) : s.phaseName, "phase") : null,
    s ? kpi(t("health"), labels ? healthName(labels, s.health) : (s.health ?? "—"), "health",
      s.reasons.length && labels ? reasonsText(labels, s.reasons) : undefined) : null,
    s ? kpi(t("completion"), percent(s.completionPercent), "completion") : null));

  const period = { from: p.plannedStart, to: p.plannedEnd };
  root.append(h("div", { class: "grid" }, milestonesSection(overview.milestones, period), reportsSection(reports)));
  root.append(h("div", { class: "grid" }, ...p.indicators.map((indicator) => {
    const figure = s?.indicators.find((i) => i.key === indicator.key);
    const points = series.get(indicator.key);
    const heading = `${t("indicatorSeries")}${marks().colon}${indicator.name}`;
    const id = `indicator-${indicator.key}`;
    if (!points || !points.ok) {
      return section(heading, id, errorBox(heading, points?.ok === false ? points.error : undefined));
    }
    const description = `${indicator.name}${marks().open}${t("target")} ${number(indicator.target)} ${indicator.unit}${marks().close}${marks().colon}` +
      points.value.map((pt) => `${date(pt.asOf)} ${number(pt.value)}`).join(marks().comma);
    return section(heading, id,
      h("p", {}, `${t("target")} ${number(indicator.target)} ${indicator.unit} · ${t("actual")} `,
        figure?.actual == null ? "—" : `${number(figure.actual)} ${indicator.unit} `, achievementBadge(figure?.achievementRate ?? null)),
      chartFigure(id, heading,
        (el) => charts.mount(el, charts.indicatorOption(points.value, indicator.target, t("target"), period), description),
        table(heading, [t("asOf"), t("actual")], points.value.map((pt) => [date(pt.asOf), `${number(pt.value)} ${indicator.unit}`]))));
  })));
  return root;
}

function milestonesSection(milestones: Milestone[] | null, period: charts.Period): HTMLElement {
  if (milestones == null) {
    return section(t("milestones"), "milestones", h("p", { class: "none" }, "—"));
  }
  const sorted = [...milestones].sort(byLadder);
  const statusWord = (m: Milestone) => {
    const key = `milestone${m.status}`;
    return known(key) ? t(key) : m.status;
  };
  const rows = sorted.map((m) => ({ name: m.name, planned: m.plannedDate, actual: m.actualDate }));
  const description = sorted.map((m) => `${m.name}${marks().colon}${t("planned")} ${date(m.plannedDate)}${marks().comma}${t("actualDate")} ${date(m.actualDate)}${marks().comma}${statusWord(m)}`).join(marks().semicolon);
  return section(t("milestones"), "milestones", chartFigure("milestones", t("milestones"),
    (el) => charts.mount(el, charts.milestoneOption(rows, [t("planned"), t("actualDate")], period), description),
    table(t("milestones"), [t("milestone"), t("planned"), t("actualDate"), t("status")],
      sorted.map((m) => [m.name, date(m.plannedDate), date(m.actualDate), statusWord(m)]))));
}

function reportsSection(reports: Part<{ items: Report[] }>): HTMLElement {
  if (!reports.ok) {
    return section(t("reports"), "reports", errorBox(t("reports"), reports.error));
  }
  const items = reports.value.items;
  return section(t("reports"), "reports", items.length === 0 ? h("p", { class: "none" }, t("noReports")) :
    h("ol", { class: "reports" }, items.map((r) => h("li", {},
      h("strong", {}, `${date(r.asOf)} · ${t("percentComplete")} ${percent(r.percentComplete)}`),
      r.narrative ? h("p", {}, r.narrative) : null))));
}
