// Numbers, money and dates as the cities' articles write them: 5.53亿元, 860万元, 2022年10月31日, 157.8%.
// Money arrives as decimal strings in yuan ("553000000.00") and is scaled as an integer number of fen, so no
// floating-point rounding creeps into an amount.
import { lang } from "./i18n";

const FEN_PER_WAN = 1_000_000n; // 1万元 = 10,000 yuan = 1,000,000 fen
const FEN_PER_YI = 10_000_000_000n; // 1亿元 = 100,000,000 yuan

/** "553000000.00" → "5.53亿元" (zh) or "CNY 553 million" (en); null → "—". */
export function money(yuan: string | null | undefined): string {
  const fen = toFen(yuan);
  if (fen === null) {
    return "—";
  }
  if (lang() === "en") {
    const million = 100_000_000n;
    return fen >= million * 1000n
      ? `CNY ${scaled(fen, million * 1000n)} billion`
      : `CNY ${scaled(fen, million)} million`;
  }
  return fen >= FEN_PER_YI ? `${scaled(fen, FEN_PER_YI)}亿元` : `${scaled(fen, FEN_PER_WAN)}万元`;
}

function toFen(yuan: string | null | undefined): bigint | null {
  const match = yuan == null ? null : /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) {
    return null;
  }
  const fen = BigInt(match[2] ?? "0") * 100n + BigInt((match[3] ?? "").padEnd(2, "0"));
  return match[1] ? -fen : fen;
}

/** fen ÷ unit, rounded half up to two decimals, without trailing zeros. */
function scaled(fen: bigint, unit: bigint): string {
  const hundredths = (fen * 100n + unit / 2n) / unit;
  const whole = hundredths / 100n;
  const fraction = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return whole.toLocaleString("en-US") + (fraction ? "." + fraction : "");
}

/** "2022-10-31" → "2022年10月31日" or "31 October 2022". */
export function date(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) {
    return "—";
  }
  const [, y, m, d] = match;
  if (lang() === "zh") {
    return `${y}年${Number(m)}月${Number(d)}日`;
  }
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))),
  );
}

/** "2022-10-31" → "10月" or "Oct", for chart axes and the month slider. */
export function month(iso: string): string {
  const m = Number(iso.slice(5, 7));
  return lang() === "zh"
    ? `${m}月`
    : new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2000, m - 1, 1)));
}

/** 157.8 → "157.8%" (never capped: an over-achieved target reads as what it is). */
export function percent(value: number | null | undefined): string {
  return value == null ? "—" : `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;
}

export function number(value: number | null | undefined): string {
  return value == null ? "—" : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** The last day of each month of year, up to and including the one that holds limit (an ISO date). */
export function monthEnds(year: number, limit: string): string[] {
  const ends: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const end = isoDate(new Date(Date.UTC(year, m, 0)));
    if (end.slice(0, 7) > limit.slice(0, 7)) {
      break;
    }
    ends.push(end > limit ? limit : end);
  }
  return ends;
}

export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
