// The page: sign-in, the programme and date controls (a date, month steps and a slider that replays the year),
// and the view they choose. The choice lives in the address (?programme=…&asOf=…&project=…), so a view can be
// bookmarked and shared without any credential in it.
import "./style.css";
import { Api, ApiError, type Credential, type Labels, type ProgrammeSeries, type Programme } from "./api";
import { disposeAll } from "./charts";
import { h } from "./dom";
import { date, isoDate, monthEnds } from "./format";
import { label, lang, marks, setLang, t } from "./i18n";
import { forgetCredential, saveCredential, savedCredential, takeCredentialFromFragment } from "./session";
import { errorBox, overviewView, programmeView, type Part } from "./views";

type State = { programme: Programme; asOf: string; project: string | null };

const app = document.getElementById("app") as HTMLElement;
const today = isoDate(new Date());
let api: Api;
let programmes: Programme[] = [];
let regionNames = new Map<string, { zh: string; en: string | null }>();
let state: State;
let labels: Labels | undefined;
let seriesCache = new Map<string, Promise<Part<ProgrammeSeries>>>();
let replay: number | undefined;
let rendering = 0;

function settle<T>(promise: Promise<T>): Promise<Part<T>> {
  return promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
}

function lastDayOf(programme: Programme): string {
  const end = `${programme.year}-12-31`;
  return end < today ? end : today;
}

function header(): HTMLElement {
  const credential = savedCredential();
  return h("header", { class: "top" },
    h("a", { class: "skip", href: "#main" }, t("skip")),
    h("h1", {}, t("title")),
    h("div", { class: "top-actions" },
      h("button", { type: "button", lang: lang() === "zh" ? "en" : "zh-CN", "aria-label": t("switchLangName"),
        onclick: () => { setLang(lang() === "zh" ? "en" : "zh"); start(); } }, t("switchLang")),
      credential ? h("button", { type: "button", onclick: () => { forgetCredential(); start(); } }, t("signOut")) : null));
}

function signIn(message?: string): void {
  stopReplay();
  disposeAll();
  const kind = h("select", { id: "credential-kind", name: "kind" },
    h("option", { value: "token" }, t("staffToken")), h("option", { value: "apiKey" }, t("apiKey")));
  const value = h("input", { id: "credential", name: "credential", type: "password", autocomplete: "off", required: true, spellcheck: "false" });
  const form = h("form", { class: "card sign-in", "aria-labelledby": "sign-in-title" },
    h("h2", { id: "sign-in-title" }, t("signInTitle")),
    message ? h("p", { class: "error", role: "alert" }, message) : null,
    h("p", {}, t("signInHelp")),
    h("label", { for: "credential-kind" }, t("credentialKind")), kind,
    h("label", { for: "credential" }, t("credential")), value,
    h("button", { type: "submit" }, t("signIn")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    saveCredential({ kind: kind.value as Credential["kind"], value: value.value });
    start();
  });
  app.replaceChildren(header(), h("main", { id: "main" }, form));
  value.focus();
}

/** Reads the programmes (and their regions' names), then shows the chosen view. */
async function start(): Promise<void> {
  document.title = t("title");
  const credential = savedCredential();
  if (!credential) {
    signIn();
    return;
  }
  api = new Api(credential);
  app.replaceChildren(header(), h("main", { id: "main" }, h("p", { role: "status" }, t("loading"))));
  try {
    programmes = (await api.programmes()).items.sort((a, b) => b.year - a.year || a.regionCode.localeCompare(b.regionCode));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      forgetCredential();
      signIn(t("error.401", { detail: error.detail }));
    } else {
      app.replaceChildren(header(), h("main", { id: "main" }, errorBox(t("programme"), error)));
    }
    return;
  }
  if (programmes.length === 0) {
    app.replaceChildren(header(), h("main", { id: "main" }, h("p", {}, t("noProgrammes"))));
    return;
  }
  const regions = [...new Set(programmes.map((p) => p.regionCode))];
  const named = await Promise.all(regions.map((code) => settle(api.regionName(code))));
  regionNames = new Map(named.flatMap((r) => (r.ok ? [[r.value.code, r.value.name] as const] : [])));
  seriesCache = new Map();
  const params = new URLSearchParams(location.search);
  const programme = programmes.find((p) => p.id === params.get("programme")) ?? programmes[0]!;
  const asOf = params.get("asOf") ?? "";
  state = {
    programme,
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) && asOf <= today ? asOf : lastDayOf(programme),
    project: params.get("project"),
  };
  show();
}

function remember(): void {
  const params = new URLSearchParams({ programme: state.programme.id, asOf: state.asOf });
  if (state.project) {
    params.set("project", state.project);
  }
  history.replaceState(null, "", `${location.pathname}?${params.toString()}`);
}

function choose(change: Partial<State>): void {
  state = { ...state, ...change };
  show();
}

/** A choice made by hand ends a replay. */
function pick(change: Partial<State>): void {
  stopReplay();
  choose(change);
}

function controls(): HTMLElement {
  const ends = monthEnds(state.programme.year, lastDayOf(state.programme));
  const monthIndex = Math.max(0, ends.findIndex((end) => end.slice(0, 7) === state.asOf.slice(0, 7)));
  const programmeSelect = h("select", { id: "programme", onchange: (e) => {
    const next = programmes.find((p) => p.id === (e.target as HTMLSelectElement).value);
    if (next) pick({ programme: next, asOf: lastDayOf(next), project: null });
  } }, [...new Set(programmes.map((p) => p.regionCode))].map((code) =>
    h("optgroup", { label: label(regionNames.get(code), code) }, programmes.filter((p) => p.regionCode === code).map((p) =>
      h("option", { value: p.id, selected: p.id === state.programme.id }, `${p.year} · ${p.title}`)))));
  const dateInput = h("input", { id: "as-of", type: "date", value: state.asOf, min: `${state.programme.year - 1}-01-01`, max: today,
    onchange: (e) => {
      const value = (e.target as HTMLInputElement).value;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value) && value <= today) pick({ asOf: value });
    } });
  const slider = h("input", { id: "month", type: "range", min: 0, max: ends.length - 1, step: 1, value: monthIndex,
    "aria-valuetext": date(state.asOf),
    onchange: (e) => pick({ asOf: ends[Number((e.target as HTMLInputElement).value)] ?? state.asOf }) });
  // month steps go to the month end before or after the chosen day, whatever day that is
  const previous = ends.filter((end) => end < state.asOf).pop();
  const next = ends.find((end) => end > state.asOf);
  return h("form", { class: "controls", role: "search", onsubmit: (e) => e.preventDefault() },
    h("div", { class: "control" }, h("label", { for: "programme" }, t("programme")), programmeSelect),
    h("div", { class: "control" }, h("label", { for: "as-of" }, t("asOf")), dateInput),
    h("div", { class: "control months" },
      h("label", { for: "month" }, `${t("month")}${marks().colon}${date(state.asOf)}`),
      h("div", { class: "month-row" },
        h("button", { type: "button", id: "previous-month", "aria-label": t("previousMonth"), disabled: !previous,
          onclick: () => previous && pick({ asOf: previous }) }, "◀"),
        slider,
        h("button", { type: "button", id: "next-month", "aria-label": t("nextMonth"), disabled: !next,
          onclick: () => next && pick({ asOf: next }) }, "▶"),
        h("button", { type: "button", id: "replay", "aria-pressed": replay !== undefined ? "true" : "false",
          onclick: () => (replay === undefined ? startReplay(ends) : pick({})) }, replay === undefined ? t("play") : t("stop")))));
}

function startReplay(ends: string[]): void {
  let i = 0;
  const next = () => {
    const asOf = ends[i++];
    if (!asOf) {
      stopReplay();
      show();
      return;
    }
    choose({ asOf, project: null });
  };
  replay = window.setInterval(next, 1500);
  next();
}

function stopReplay(): void {
  if (replay !== undefined) {
    window.clearInterval(replay);
    replay = undefined;
  }
}

function series(programme: Programme): Promise<Part<ProgrammeSeries>> {
  let cached = seriesCache.get(programme.id);
  if (!cached) {
    cached = settle(api.series(programme.id, `${programme.year}-01-01`, lastDayOf(programme)));
    seriesCache.set(programme.id, cached);
  }
  return cached;
}

/** Draws the chosen view; a newer choice made while this one loads wins. */
async function show(): Promise<void> {
  remember();
  const ticket = ++rendering;
  const focused = document.activeElement?.id;
  const body = h("div", { class: "body", "aria-busy": "true" }, h("p", {}, t("loading")));
  // what a screen reader hears when a view has loaded: its heading, not the whole view again
  const announcement = h("p", { class: "visually-hidden", role: "status" });
  const main = h("main", { id: "main" }, controls(), announcement, body);
  disposeAll();
  app.replaceChildren(header(), main);
  if (focused) document.getElementById(focused)?.focus();
  const view = state.project ? await projectPage(state.project) : await programmePage();
  if (ticket !== rendering || !view) {
    return;
  }
  body.replaceChildren(view);
  body.setAttribute("aria-busy", "false");
  announcement.textContent = view.querySelector("h2")?.textContent ?? "";
}

async function programmePage(): Promise<HTMLElement | null> {
  const { programme, asOf } = state;
  const [dashboard, statuses, trend] = await Promise.all([
    settle(api.dashboard(programme.id, asOf)), settle(api.statuses(programme.id, asOf)), series(programme)]);
  if (!dashboard.ok) {
    return failed(t("programme"), dashboard.error);
  }
  labels = dashboard.value.figures?.labels ?? (trend.ok ? trend.value.labels : labels);
  return programmeView(dashboard.value, statuses, trend,
    (project) => pick({ project }),
    (month) => pick({ asOf: month }));
}

async function projectPage(projectId: string): Promise<HTMLElement | null> {
  const { asOf } = state;
  const [overview, reports] = await Promise.all([
    settle(api.overview(projectId, asOf)), settle(api.approvedReports(projectId, asOf))]);
  if (!overview.ok) {
    return failed(t("overviewOf"), overview.error);
  }
  const keys = overview.value.project.indicators.map((i) => i.key);
  const points = await Promise.all(keys.map((key) => settle(api.indicatorSeries(projectId, key))));
  const upToDate = new Map(keys.map((key, i) => {
    const part = points[i]!;
    return [key, part.ok ? { ok: true as const, value: part.value.filter((p) => p.asOf <= asOf) } : part];
  }));
  const view = overviewView(overview.value, labels, reports, upToDate, () => choose({ project: null }));
  requestAnimationFrame(() => document.getElementById("view-title")?.focus());
  return view;
}

function failed(what: string, error: unknown): HTMLElement | null {
  if (error instanceof ApiError && error.status === 401) {
    forgetCredential();
    signIn(t("error.401", { detail: error.detail }));
    return null;
  }
  return errorBox(what, error);
}

setLang(lang());
takeCredentialFromFragment();
start();
