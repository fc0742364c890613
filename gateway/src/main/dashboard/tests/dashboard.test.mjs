// The dashboard page in headless Chromium (Debian's chromium, driven by playwright-core) against the real suite with
// its demo data, as a department head would use it. Run by scripts/check-dashboard.sh while ./suite up runs:
//   CIVIC_BASE_URL=http://localhost:8080 DASHBOARD_TOKEN=… PUBLIC_API_KEY=… node tests/dashboard.test.mjs
// Every step saves a screenshot under $SCREENSHOTS (default gateway/target/dashboard-screenshots). The last step
// stops the progress service with ./suite stop and starts it again with ./suite start.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, "../../../../..");
const base = process.env.CIVIC_BASE_URL ?? "http://localhost:8080";
const token = process.env.DASHBOARD_TOKEN;
const apiKey = process.env.PUBLIC_API_KEY;
const shots = process.env.SCREENSHOTS ?? join(repository, "gateway/target/dashboard-screenshots");
assert.ok(token && apiKey, "set DASHBOARD_TOKEN and PUBLIC_API_KEY (./suite up writes them to .suite/credentials.env)");
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--lang=zh-CN"],
});
const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
const page = await context.newPage();

// Console errors (a CSP violation is one) and uncaught exceptions fail the run. Only where a step provokes a refusal
// on purpose (a bad token: 401; the progress service stopped: 503) is the browser's own note of that status expected.
const problems = [];
let expectedStatus = null;
let progressStopped = false;
page.on("console", (message) => {
  if (message.type() !== "error") return;
  if (expectedStatus && expectedStatus.test(message.text())) return;
  problems.push(`console: ${message.text()} (${message.location().url})`);
});
page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));

let step = 0;
const passed = [];
async function check(name, run) {
  step += 1;
  const file = join(shots, `${String(step).padStart(2, "0")}-${name}.png`);
  try {
    await run();
  } finally {
    await page.screenshot({ path: file, fullPage: true });
  }
  passed.push(`${name} (${file})`);
  console.log(`ok ${step} - ${name}`);
}

const kpi = (name) => page.locator(`[data-kpi="${name}"]`);
const heading = page.locator("#view-title");
async function pickProgramme(titlePart) {
  const option = page.locator("#programme option", { hasText: titlePart });
  await page.selectOption("#programme", await option.getAttribute("value"));
}
async function pickDate(iso) {
  await page.fill("#as-of", iso);
  await page.locator("#as-of").dispatchEvent("change");
}

try {
  await check("sign-in-refuses-a-bad-token-in-words-then-takes-an-api-key", async () => {
    expectedStatus = /status of 401/;
    await page.goto(`${base}/dashboard/`);
    await page.locator("#credential").waitFor();
    await page.fill("#credential", "not-a-token");
    await page.getByRole("button", { name: "登录" }).click();
    const refusal = page.locator(".sign-in [role=alert]");
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /登录已失效或凭据无效/);
    expectedStatus = null;
    await page.selectOption("#credential-kind", "apiKey");
    await page.fill("#credential", apiKey);
    await page.getByRole("button", { name: "登录" }).click();
    await heading.waitFor();
    await page.getByRole("button", { name: "退出" }).click();
    await page.locator("#credential").waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem("civic.dashboard.credential")), null, "signed out");
  });

  await check("signed-in-from-the-demo-link", async () => {
    await page.goto(`${base}/dashboard/#token=${encodeURIComponent(token)}`);
    await heading.waitFor();
    assert.equal(new URL(page.url()).hash, "", "the token left the address bar");
    assert.ok(await page.evaluate(() => sessionStorage.getItem("civic.dashboard.credential")), "kept for the session");
    assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing in localStorage");
  });

  await check("jinjiang-2022-as-of-2022-10-31", async () => {
    await pickProgramme("晋江市2022");
    await pickDate("2022-10-31");
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("截至2022年10月31日"));
    assert.match(await heading.textContent(), /晋江市2022年为民办实事项目 · 截至2022年10月31日/);
    assert.equal(await kpi("completed").textContent(), "6");
    assert.equal(await kpi("basically-completed").textContent(), "2");
    assert.equal(await kpi("investment").textContent(), "5.53亿元");
    assert.equal(await page.locator("[data-testid=degraded]").count(), 0);
    assert.ok(await page.locator("#phase-chart canvas").count(), "the phase chart is drawn");
    assert.match(await page.locator("#phase-chart").getAttribute("aria-label"), /竣工\/已完成 6/);
  });

  await check("month-steps-change-the-figures", async () => {
    await page.getByRole("button", { name: "上个月" }).click();
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("2022年9月30日"));
    assert.equal(await kpi("completed").textContent(), "0", "none completed by the end of September");
    // the slider answers the keyboard: two months on is the end of November
    await page.focus("#month");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("2022年10月31日"));
    assert.equal(await kpi("completed").textContent(), "6");
    await page.focus("#month");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("2022年11月30日"));
    assert.notEqual(await kpi("average-completion").textContent(), "92.5%", "the figures moved on");
    // the replay starts the year from its first month end; stopping it leaves the page at that month
    await page.getByRole("button", { name: "按月回放" }).click();
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("2022年1月31日"));
    await page.getByRole("button", { name: "停止回放" }).click();
    assert.equal(await page.locator("#replay").getAttribute("aria-pressed"), "false");
    await pickDate("2022-10-31");
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("2022年10月31日"));
  });

  await check("xinxiang-2024-over-achieved-parking", async () => {
    await pickProgramme("新乡市2024");
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("新乡市2024年重点民生实事"));
    const parking = page.locator("tr", { hasText: "新增停车泊位" });
    assert.equal(await parking.locator(".rate").textContent(), "157.8%");
    assert.match(await parking.locator(".badge").textContent(), /超额完成/);
    assert.ok((await page.locator("[data-list=at-risk] li").count()) >= 1, "the at-risk list names its projects");
    assert.match(await page.locator("[data-list=at-risk]").textContent(), /原因：进度落后于时序/);
  });

  await check("project-overview", async () => {
    // by keyboard: the project is a button in the indicators table
    await page.locator("button[data-project='XX2024-08']").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("停车泊位增建扩能"));
    assert.match(await page.locator("section[aria-labelledby=milestones] table").textContent(), /竣工\/已完成/);
    assert.match(await page.locator("section[aria-labelledby=reports]").textContent(), /4734/);
    assert.match(await page.locator("section[aria-labelledby='indicator-parking_spaces']").textContent(), /157\.8%/);
    assert.ok(await page.locator("#milestones-chart canvas").count(), "the milestone timeline is drawn");
  });

  await check("english", async () => {
    await page.getByRole("button", { name: /返回看板/ }).click();
    await page.waitForFunction(() => !document.querySelector("#view-title")?.textContent?.includes("停车泊位"));
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("As of 31 December 2024"));
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    const parking = page.locator("tr", { hasText: "新增停车泊位" });
    assert.match(await parking.locator(".badge").textContent(), /157\.8% Over-achieved/);
    assert.match(await page.locator("[data-list=at-risk]").textContent(), /Reasons: Behind schedule/);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "longer English words fit");
  });

  await check("phone", async () => {
    await page.getByRole("button", { name: "切换到中文" }).click();
    await page.waitForFunction(() => document.querySelector("#view-title")?.textContent?.includes("截至2024年12月31日"));
    await page.setViewportSize({ width: 390, height: 844 });
    await heading.waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling on a phone (${overflow}px too wide)`);
  });

  await check("progress-stopped-degraded-notice", async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    expectedStatus = /status of 50[234]/;
    progressStopped = true;
    execFileSync(join(repository, "suite"), ["stop", "progress-tracking-service"], { stdio: "inherit" });
    await page.reload();
    const notice = page.locator("[data-testid=degraded]");
    await notice.waitFor();
    assert.match(await notice.textContent(), /进度汇总/);
    assert.match(await heading.textContent(), /新乡市2024年重点民生实事/, "the rest is shown");
    assert.equal(await kpi("investment").count(), 1);
    assert.ok((await page.locator(".error").count()) >= 1, "the parts that failed say so in words");
  });
} finally {
  if (progressStopped) {
    execFileSync(join(repository, "suite"), ["start", "progress-tracking-service"], { stdio: "inherit" });
  }
  await browser.close();
}

assert.deepEqual(problems, [], "no console errors");
console.log(`All ${passed.length} steps passed; screenshots in ${shots}`);
