import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  formatNumber
} from "./chunk-KHW7QP7J.js";

// src/report/render/escape.ts
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// src/report/render/svg-chart.ts
var WIDTH = 720;
var HEIGHT = 240;
var PAD = { left: 56, right: 12, top: 44, bottom: 34 };
var COLOURS = ["#1565c0", "#2e7d32", "#c62828", "#6a1b9a", "#ef6c00"];
function niceCeiling(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= value);
}
var r = (n) => Math.round(n * 10) / 10;
function frameOf(chart) {
  const points = Math.max(1, ...chart.series.map((s) => s.values.length));
  const highest = Math.max(0, ...chart.series.flatMap((s) => s.values.filter((v) => v !== null)));
  const limitShown = chart.limit !== void 0 && chart.limit.value <= Math.max(highest * 2, 1);
  const top = niceCeiling(Math.max(highest, limitShown ? chart.limit.value : 0));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  return {
    points,
    top,
    plotW,
    plotH,
    limitShown,
    x: (i) => PAD.left + (points <= 1 ? 0 : i / (points - 1) * plotW),
    y: (v) => PAD.top + plotH - v / top * plotH
  };
}
function renderSvgChart(chart) {
  const frame = frameOf(chart);
  const parts = [...bandAndAxes(chart, frame), ...markAndLimit(chart, frame), ...chart.series.flatMap((series, index) => seriesParts(series, index, frame))];
  return `<svg class="chart" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}
function bandAndAxes(chart, { points, top, plotW, plotH, x, y }) {
  const parts = [];
  if (chart.band) {
    const from = x(Math.max(0, chart.band.from));
    const to = x(Math.min(points - 1, chart.band.to - 1));
    parts.push(
      `<rect x="${r(from)}" y="${PAD.top}" width="${r(Math.max(1, to - from))}" height="${plotH}" fill="#e3f2fd"><title>${escapeHtml(chart.band.label)}</title></rect>`,
      `<text x="${r(from + 4)}" y="${PAD.top + 12}" font-size="11" fill="#1565c0">${escapeHtml(chart.band.label)}</text>`
    );
  }
  for (const fraction of [0, 0.5, 1]) {
    const value = top * fraction;
    parts.push(
      `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${r(y(value))}" y2="${r(y(value))}" stroke="#ddd"/>`,
      `<text x="${PAD.left - 6}" y="${r(y(value) + 4)}" font-size="11" text-anchor="end" fill="#555">${escapeHtml(formatNumber(value))}</text>`
    );
  }
  parts.push(
    `<text x="${PAD.left}" y="16" font-size="12" font-weight="600">${escapeHtml(`${chart.title} (${chart.unit})`)}</text>`,
    `<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 4}" font-size="11" text-anchor="middle" fill="#555">${escapeHtml(chart.x)}</text>`,
    `<text x="${PAD.left}" y="${HEIGHT - 18}" font-size="11" fill="#555">${escapeHtml(chart.ends?.[0] ?? "0")}</text>`,
    `<text x="${WIDTH - PAD.right}" y="${HEIGHT - 18}" font-size="11" text-anchor="end" fill="#555">${escapeHtml(chart.ends?.[1] ?? String(points - 1))}</text>`
  );
  return parts;
}
function markAndLimit(chart, { points, plotH, limitShown, x, y }) {
  const parts = [];
  if (chart.mark && chart.mark.at >= 0 && chart.mark.at <= points - 1) {
    const at = r(x(chart.mark.at));
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${PAD.top}" y2="${PAD.top + plotH}" stroke="#6a1b9a" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      `<text x="${at + 4}" y="${PAD.top + plotH - 4}" font-size="11" fill="#6a1b9a">${escapeHtml(chart.mark.label)}</text>`
    );
  }
  if (chart.limit && !limitShown)
    parts.push(
      `<text x="${WIDTH - PAD.right}" y="16" font-size="11" text-anchor="end" fill="#c62828">${escapeHtml(`${chart.limit.label}: ${formatNumber(chart.limit.value)} ${chart.unit}, above the chart`)}</text>`
    );
  if (chart.limit && limitShown)
    parts.push(
      `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${r(y(chart.limit.value))}" y2="${r(y(chart.limit.value))}" stroke="#c62828" stroke-dasharray="2 3"/>`,
      `<text x="${WIDTH - PAD.right}" y="${r(y(chart.limit.value) - 4)}" font-size="11" text-anchor="end" fill="#c62828">${escapeHtml(chart.limit.label)}</text>`
    );
  return parts;
}
function seriesParts(series, index, { x, y }) {
  const colour = COLOURS[index % COLOURS.length];
  const runs = [[]];
  series.values.forEach((v, i) => v === null ? runs.push([]) : runs[runs.length - 1].push(`${r(x(i))},${r(y(v))}`));
  const dash = series.dashed ? ' stroke-dasharray="6 4"' : "";
  const lx = PAD.left + index * 110;
  return [
    ...runs.filter((p) => p.length > 0).map(
      (run) => `<polyline fill="none" stroke="${colour}" stroke-width="2"${dash} points="${run.join(" ")}"><title>${escapeHtml(series.name)}</title></polyline>`
    ),
    `<line x1="${lx}" x2="${lx + 18}" y1="30" y2="30" stroke="${colour}" stroke-width="2"${dash}/>`,
    `<text x="${lx + 22}" y="34" font-size="11">${escapeHtml(series.name)}</text>`
  ];
}

export {
  escapeHtml,
  renderSvgChart
};
