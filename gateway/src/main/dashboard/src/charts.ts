// The page's charts, with Apache ECharts (only the parts used, canvas renderer). Tooltips are drawn on the canvas
// (renderMode richText): ECharts' HTML tooltips carry inline style attributes, which the page's
// Content-Security-Policy refuses. Every chart is a role="img" with a description in words, and views.ts puts its
// figures in a data table beside it, so nothing is known only from a picture.
import { BarChart, LineChart, PieChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { month } from "./format";

echarts.use([BarChart, LineChart, PieChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent,
  TooltipComponent, CanvasRenderer]);

type Option = echarts.EChartsCoreOption;

/** Colours with at least 4.5:1 contrast on white, also told apart by their labels. */
export const COLOURS = {
  blue: "#1f5fa8",
  green: "#1a7f37",
  amber: "#9a6700",
  red: "#c62828",
  grey: "#57606a",
  teal: "#0b6e69",
};
const HEALTH_COLOUR: Record<string, string> = { ON_TRACK: COLOURS.green, AT_RISK: COLOURS.amber, DELAYED: COLOURS.red };

/** The page's font stack (style.css): a canvas cannot inherit it. */
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", system-ui, sans-serif';

const live = new Set<echarts.ECharts>();
const resizer = new ResizeObserver(() => live.forEach((chart) => chart.resize()));

/** Draws option into element, which becomes an image described by description. */
export function mount(element: HTMLElement, option: Option, description: string): echarts.ECharts {
  element.setAttribute("role", "img");
  element.setAttribute("aria-label", description);
  const chart = echarts.init(element, null, { renderer: "canvas" });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT, fontSize: 12, color: "#1f2328" },
    tooltip: { renderMode: "richText", confine: true },
    ...option,
  });
  live.add(chart);
  resizer.observe(element);
  return chart;
}

/** Charts of a view that is being replaced. */
export function disposeAll(): void {
  live.forEach((chart) => chart.dispose());
  live.clear();
  resizer.disconnect();
}

export function barOption(names: string[], values: number[], colour = COLOURS.blue): Option {
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: names, axisLabel: { interval: 0, rotate: names.length > 5 ? 30 : 0 } },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "bar", data: values, itemStyle: { color: colour }, label: { show: true, position: "top" } }],
  };
}

export function healthOption(entries: { code: string; name: string; value: number }[]): Option {
  return {
    legend: { bottom: 0 },
    series: [
      {
        type: "pie",
        radius: ["40%", "68%"],
        center: ["50%", "44%"],
        label: { formatter: "{b}\n{c}" },
        // a zero has no slice (its label would sit on another's); the legend and the data table still name it
        data: entries.filter((e) => e.value > 0).map((e) => ({ name: e.name, value: e.value, itemStyle: { color: HEALTH_COLOUR[e.code] } })),
      },
    ],
  };
}

export function domainOption(names: string[], projects: number[], delivered: number[], legend: [string, string]): Option {
  return {
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: names, inverse: true },
    series: [
      { name: legend[0], type: "bar", data: projects, itemStyle: { color: COLOURS.blue }, label: { show: true, position: "right" } },
      { name: legend[1], type: "bar", data: delivered, itemStyle: { color: COLOURS.green }, label: { show: true, position: "right" } },
    ],
  };
}

export type TrendLine = { name: string; values: (number | null)[] };

/** Percent lines on the left axis, a count as bars on the right, and a line marking the chosen date. */
export function trendOption(dates: string[], lines: TrendLine[], bars: TrendLine, chosen: string): Option {
  const palette = [COLOURS.blue, COLOURS.teal];
  return {
    legend: { top: 0 },
    tooltip: { renderMode: "richText", trigger: "axis", confine: true },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: dates.map(month) },
    yAxis: [
      { type: "value", min: 0, axisLabel: { formatter: "{value}%" } },
      { type: "value", min: 0, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        name: bars.name,
        type: "bar",
        yAxisIndex: 1,
        data: bars.values,
        itemStyle: { color: "#b6d4b9" },
        markLine: dates.includes(chosen)
          ? { symbol: "none", silent: true, label: { show: false }, lineStyle: { color: COLOURS.grey }, data: [{ xAxis: month(chosen) }] }
          : undefined,
      },
      ...lines.map((line, i) => ({
        name: line.name,
        type: "line",
        data: line.values,
        symbolSize: 7,
        itemStyle: { color: palette[i % palette.length] },
      })),
    ],
  };
}

export type TimelineRow = { name: string; planned: string | null; actual: string | null };

/** Milestones on a time axis: planned as hollow circles, actual as filled diamonds. */
export function milestoneOption(rows: TimelineRow[], legend: [string, string], period: Period): Option {
  const names = rows.map((r) => r.name);
  const dates = rows.flatMap((r) => [r.planned, r.actual]).filter((d): d is string => d !== null).sort();
  return {
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    // the planned period, widened to any milestone outside it
    xAxis: timeAxis({
      from: [period.from, dates[0]].filter((d) => d).sort()[0] ?? null,
      to: [period.to, dates[dates.length - 1]].filter((d) => d).sort().pop() ?? null,
    }),
    yAxis: { type: "category", data: names, inverse: true },
    series: [
      {
        name: legend[0],
        type: "scatter",
        symbol: "emptyCircle",
        symbolSize: 14,
        itemStyle: { color: COLOURS.grey },
        data: rows.filter((r) => r.planned).map((r) => [r.planned, r.name]),
      },
      {
        name: legend[1],
        type: "scatter",
        symbol: "diamond",
        symbolSize: 14,
        itemStyle: { color: COLOURS.blue },
        data: rows.filter((r) => r.actual).map((r) => [r.actual, r.name]),
      },
    ],
  };
}

/** The project's planned period, so that one report is a point in its year rather than the whole axis. */
export type Period = { from: string | null; to: string | null };

function timeAxis(period: Period): Record<string, unknown> {
  return { type: "time", min: period.from ?? undefined, max: period.to ?? undefined };
}

export function indicatorOption(points: { asOf: string; value: number }[], target: number, targetName: string,
  period: Period): Option {
  return {
    tooltip: { renderMode: "richText", trigger: "axis", confine: true },
    grid: { left: 8, right: 48, top: 24, bottom: 8, containLabel: true },
    xAxis: timeAxis(period),
    yAxis: { type: "value", min: 0 },
    series: [
      {
        type: "line",
        data: points.map((p) => [p.asOf, p.value]),
        symbolSize: 8,
        itemStyle: { color: COLOURS.blue },
        markLine: {
          symbol: "none",
          lineStyle: { color: COLOURS.amber, type: "dashed" },
          label: { formatter: `${targetName} ${target}` },
          data: [{ yAxis: target }],
        },
      },
    ],
  };
}

/** Calls onPick with the index of the category clicked on the chart (a month of the trend). */
export function onCategoryClick(chart: echarts.ECharts, onPick: (index: number) => void): void {
  chart.on("click", (params) => {
    if (typeof params.dataIndex === "number") {
      onPick(params.dataIndex);
    }
  });
}
