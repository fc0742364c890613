// The page's own words, Chinese first; English is a switch kept for the browser session. Names that come with the
// data (phases, health, reasons, domains, departments) use the API's zh/en labels (see label()).
import type { Label } from "./api";

export type Lang = "zh" | "en";

const zh = {
  title: "为民办实事项目看板",
  skip: "跳到主要内容",
  switchLang: "English",
  switchLangName: "Switch to English",
  signIn: "登录",
  signOut: "退出",
  signInTitle: "登录看板",
  signInHelp: "请输入工作人员令牌（看板角色）或 API 密钥。凭据只保存在本浏览器标签页的会话中，关闭后即失效。",
  credentialKind: "凭据类型",
  staffToken: "工作人员令牌",
  apiKey: "API 密钥",
  credential: "凭据",
  programme: "项目清单",
  asOf: "截至日期",
  month: "月份",
  previousMonth: "上个月",
  nextMonth: "下个月",
  play: "按月回放",
  stop: "停止回放",
  asOfHeading: "截至{date}",
  projects: "项目数",
  announced: "公布项目 {n} 个，登记 {m} 个",
  plannedInvestment: "计划投资",
  plannedInProjects: "其中已登记项目",
  averageCompletion: "平均完成进度",
  indicatorsMet: "指标达成",
  indicatorsMetValue: "{met} / {all} 项",
  byPhase: "按阶段",
  byHealth: "按进度状态",
  byDomain: "按领域",
  byDepartment: "按牵头单位",
  byDistrict: "按县（市、区）",
  trend: "全年走势",
  trendDescription: "每月末的平均完成进度、指标达成比例和已完成项目数",
  completedProjects: "已完成项目",
  indicatorsMetShare: "指标达成比例",
  dataTable: "数据表",
  name: "名称",
  count: "数量",
  delivered: "已完成",
  delayedCount: "滞后",
  completion: "完成进度",
  investment: "计划投资",
  delayedList: "滞后项目",
  atRiskList: "存在风险的项目",
  noneDelayed: "没有滞后项目。",
  listCut: "仅列出前 {shown} 个，共 {total} 个。",
  noneAtRisk: "没有存在风险的项目。",
  reasons: "原因",
  indicatorsHeading: "各项目指标",
  project: "项目",
  phase: "阶段",
  health: "状态",
  indicator: "指标",
  target: "目标",
  actual: "实际",
  achievement: "完成率",
  overAchieved: "超额完成",
  met: "已达成",
  notMet: "未达成",
  noActual: "暂无数据",
  open: "查看详情",
  back: "返回看板",
  overviewOf: "项目详情",
  milestones: "节点计划与实际",
  milestone: "节点",
  planned: "计划",
  actualDate: "实际",
  status: "状态",
  reports: "已审核的进度报告",
  noReports: "截至该日没有已审核的报告。",
  percentComplete: "完成进度",
  narrative: "进展情况",
  indicatorSeries: "指标变化",
  degraded: "部分数据暂时缺失：{parts}。其余内容照常显示。",
  loading: "正在读取…",
  noProgrammes: "没有可查看的项目清单。",
  unknown: "未知",
  milestoneMET: "已达成",
  milestoneMISSED: "逾期",
  milestoneSCHEDULED: "计划中",
  "part.progress.summary": "进度汇总（阶段、状态、领域等数字）",
  "part.progress.milestones": "节点",
  "part.progress.reports": "最新进度报告",
  "part.progress.status": "项目进度状态",
  "part.statuses": "各项目进度与指标",
  "part.series": "全年走势",
  "reason.timeout": "服务超时",
  "reason.circuit-open": "服务暂停调用",
  "reason.overloaded": "服务繁忙",
  "reason.unavailable": "服务不可用",
  "reason.error": "服务出错",
  "error.0": "无法连接网关，请检查网络后重试。",
  "error.400": "请求有误：{detail}",
  "error.401": "登录已失效或凭据无效，请重新登录。（{detail}）",
  "error.403": "当前凭据无权查看：{detail}",
  "error.404": "没有找到：{detail}",
  "error.429": "请求过于频繁，请稍后再试。",
  "error.5xx": "服务暂时不可用（{status}）：{detail}。请稍后再试。",
  errorIn: "{what}读取失败：{message}",
};

export type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: "People's practical projects dashboard",
  skip: "Skip to main content",
  switchLang: "中文",
  switchLangName: "切换到中文",
  signIn: "Sign in",
  signOut: "Sign out",
  signInTitle: "Sign in to the dashboard",
  signInHelp:
    "Enter a staff token (dashboard role) or an API key. It is kept for this browser tab's session only and ends when you close it.",
  credentialKind: "Credential type",
  staffToken: "Staff token",
  apiKey: "API key",
  credential: "Credential",
  programme: "Programme",
  asOf: "As of",
  month: "Month",
  previousMonth: "Previous month",
  nextMonth: "Next month",
  play: "Replay by month",
  stop: "Stop replay",
  asOfHeading: "As of {date}",
  projects: "Projects",
  announced: "{n} announced, {m} registered",
  plannedInvestment: "Planned investment",
  plannedInProjects: "in registered projects",
  averageCompletion: "Average completion",
  indicatorsMet: "Indicators met",
  indicatorsMetValue: "{met} of {all}",
  byPhase: "By phase",
  byHealth: "By schedule health",
  byDomain: "By domain",
  byDepartment: "By lead department",
  byDistrict: "By district",
  trend: "The year so far",
  trendDescription: "Average completion, share of indicators met and completed projects at each month's end",
  completedProjects: "Completed projects",
  indicatorsMetShare: "Indicators met",
  dataTable: "Data table",
  name: "Name",
  count: "Count",
  delivered: "Completed",
  delayedCount: "Delayed",
  completion: "Completion",
  investment: "Planned investment",
  delayedList: "Delayed projects",
  atRiskList: "Projects at risk",
  noneDelayed: "No project is delayed.",
  listCut: "Showing the first {shown} of {total}.",
  noneAtRisk: "No project is at risk.",
  reasons: "Reasons",
  indicatorsHeading: "Indicators by project",
  project: "Project",
  phase: "Phase",
  health: "Health",
  indicator: "Indicator",
  target: "Target",
  actual: "Actual",
  achievement: "Achievement",
  overAchieved: "Over-achieved",
  met: "Met",
  notMet: "Not yet met",
  noActual: "No figure yet",
  open: "Details",
  back: "Back to the dashboard",
  overviewOf: "Project overview",
  milestones: "Milestones, planned and actual",
  milestone: "Milestone",
  planned: "Planned",
  actualDate: "Actual",
  status: "Status",
  reports: "Approved progress reports",
  noReports: "No approved report as of this date.",
  percentComplete: "Completion",
  narrative: "Progress",
  indicatorSeries: "Indicator over time",
  degraded: "Part of the data is missing for now: {parts}. The rest is shown.",
  loading: "Loading…",
  noProgrammes: "There is no programme you may read.",
  unknown: "unknown",
  milestoneMET: "Met",
  milestoneMISSED: "Missed",
  milestoneSCHEDULED: "Scheduled",
  "part.progress.summary": "the progress summary (phases, health, domains and other figures)",
  "part.progress.milestones": "milestones",
  "part.progress.reports": "the latest progress report",
  "part.progress.status": "the project's progress status",
  "part.statuses": "each project's progress and indicators",
  "part.series": "the year's trend",
  "reason.timeout": "the service timed out",
  "reason.circuit-open": "calls to the service are paused",
  "reason.overloaded": "the service is busy",
  "reason.unavailable": "the service is unavailable",
  "reason.error": "the service failed",
  "error.0": "The gateway cannot be reached; check the connection and try again.",
  "error.400": "The request was refused: {detail}",
  "error.401": "The sign-in has expired or the credential is not valid; please sign in again. ({detail})",
  "error.403": "This credential may not read this: {detail}",
  "error.404": "Not found: {detail}",
  "error.429": "Too many requests; please try again shortly.",
  "error.5xx": "The service is unavailable for now ({status}): {detail}. Please try again later.",
  errorIn: "{what} could not be read: {message}",
};

const STORE = "civic.dashboard.lang";
let current: Lang = sessionStorage.getItem(STORE) === "en" ? "en" : "zh";

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  sessionStorage.setItem(STORE, next);
  document.documentElement.lang = next === "zh" ? "zh-CN" : "en";
}

/** The page's word for key, with {name} placeholders filled. */
export function t(key: Key, values: Record<string, string | number> = {}): string {
  const text = (current === "zh" ? zh : en)[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** Punctuation between the page's words and the data's: Chinese full-width marks, or English ones. */
export function marks(): { colon: string; comma: string; semicolon: string; enumeration: string; open: string; close: string } {
  return current === "zh"
    ? { colon: "：", comma: "，", semicolon: "；", enumeration: "、", open: "（", close: "）" }
    : { colon: ": ", comma: ", ", semicolon: "; ", enumeration: ", ", open: " (", close: ")" };
}

/** Whether key is one of the page's words (for keys built from API codes, such as a degraded part). */
export function known(key: string): key is Key {
  return key in zh;
}

/** A name the API sends in both languages; Chinese when there is no English. */
export function label(value: Label | null | undefined, fallback = ""): string {
  if (!value) {
    return fallback;
  }
  return current === "en" && value.en ? value.en : value.zh;
}
