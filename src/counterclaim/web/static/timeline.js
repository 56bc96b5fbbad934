/* Timeline page: an SVG chart of claimed figures per side over time, drawn from the page's JSON.
   Running totals: solid lines and filled circles; increments: dashed lines and open squares;
   a vertical stroke spans the lowest to highest count claimed that day. */
"use strict";

(function () {
  const dataNode = document.getElementById("timeline-data");
  const holder = document.getElementById("timeline-chart");
  if (!dataNode || !holder) return;
  const points = JSON.parse(dataNode.textContent || "[]");
  if (!points.length) return;

  const SVG = "http://www.w3.org/2000/svg";
  const PALETTE = ["#c0392b", "#1f5fa8", "#27844a", "#7d3c98", "#d35400", "#138d90", "#6c7a89", "#b7950b"];
  const W = 900, H = 380, M = { top: 16, right: 20, bottom: 46, left: 56 };
  const DAY = 86400000;

  function svg(tag, attrs, children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    for (const c of [].concat(children || [])) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    return node;
  }

  function niceStep(span, ticks) {
    const raw = span / Math.max(1, ticks);
    const power = Math.pow(10, Math.floor(Math.log10(raw || 1)));
    for (const m of [1, 2, 5, 10]) if (raw <= m * power) return m * power;
    return 10 * power;
  }

  const time = (d) => Date.parse(d + "T00:00:00Z");
  const value = (p) => (p.high !== null ? p.high : p.low !== null ? p.low : 0);
  const t0 = Math.min(...points.map((p) => time(p.date)));
  let t1 = Math.max(...points.map((p) => time(p.date)));
  if (t1 === t0) t1 = t0 + DAY;
  const step = niceStep(Math.max(...points.map(value), 1), 5);
  const yMax = Math.ceil(Math.max(...points.map(value), 1) / step) * step;
  const x = (t) => M.left + ((t - t0) / (t1 - t0)) * (W - M.left - M.right);
  const y = (v) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);

  const sides = Array.from(new Set(points.map((p) => p.side))).sort();
  const colour = Object.fromEntries(sides.map((s, i) => [s, PALETTE[i % PALETTE.length]]));

  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "xMidYMid meet", "aria-hidden": "true" });
  // grid and y axis
  for (let v = 0; v <= yMax; v += step) {
    chart.appendChild(svg("line", { class: "grid", x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }));
    chart.appendChild(svg("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)));
  }
  // x axis: about six date ticks on whole days
  const days = Math.round((t1 - t0) / DAY);
  const every = Math.max(1, Math.ceil(days / 6));
  for (let d = 0; d <= days; d += every) {
    const t = t0 + d * DAY;
    const label = new Date(t).toISOString().slice(0, 10);
    chart.appendChild(svg("line", { class: "grid", x1: x(t), x2: x(t), y1: M.top, y2: H - M.bottom }));
    chart.appendChild(svg("text", { x: x(t), y: H - M.bottom + 16, "text-anchor": "middle" }, label));
  }
  chart.appendChild(svg("line", { stroke: "#8a949d", x1: M.left, x2: W - M.right, y1: y(0), y2: y(0) }));

  for (const side of sides) {
    for (const cumulative of [true, false]) {
      const series = points.filter((p) => p.side === side && p.cumulative === cumulative).sort((a, b) => time(a.date) - time(b.date));
      if (!series.length) continue;
      const line = series.map((p, i) => (i ? "L" : "M") + x(time(p.date)).toFixed(1) + "," + y(value(p)).toFixed(1)).join(" ");
      chart.appendChild(svg("path", {
        d: line, fill: "none", stroke: colour[side], "stroke-width": cumulative ? 2.5 : 1.5,
        "stroke-dasharray": cumulative ? "none" : "5 4", class: "series-line", "data-side": side,
      }));
      for (const p of series) {
        const cx = x(time(p.date)), cy = y(value(p));
        const title = svg("title", {}, `${side} ${cumulative ? "running total" : "increment"} ${p.date}: ` +
          (p.low === p.high || p.high === null ? String(p.low) : `${p.low}\u2013${p.high}`) + ` (${p.claims} claims)`);
        if (p.low !== null && p.high !== null && p.high !== p.low) {
          chart.appendChild(svg("line", { x1: cx, x2: cx, y1: y(p.low), y2: y(p.high), stroke: colour[side], "stroke-width": 3, opacity: 0.45 }));
        }
        const mark = cumulative
          ? svg("circle", { cx, cy, r: 4.5, fill: colour[side], class: "point total" }, title)
          : svg("rect", { x: cx - 4, y: cy - 4, width: 8, height: 8, fill: "#fff", stroke: colour[side], "stroke-width": 2, class: "point increment" }, title);
        chart.appendChild(mark);
      }
    }
  }
  holder.appendChild(chart);

  const legend = document.getElementById("timeline-legend");
  if (legend) {
    for (const side of sides) {
      const swatch = svg("svg", { width: 14, height: 14, viewBox: "0 0 14 14", class: "swatch" }, svg("rect", { width: 14, height: 14, rx: 2, fill: colour[side] }));
      legend.appendChild(el("span", {}, [swatch, side]));
    }
    legend.appendChild(el("span", {}, "\u25CF running total \u2014 solid line"));
    legend.appendChild(el("span", {}, "\u25A1 increment \u2014 dashed line"));
  }
})();
