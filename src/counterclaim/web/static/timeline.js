/* Timeline page: one SVG chart per outcome (killed, wounded, destroyed ...) of the figures claimed per side
   over time, drawn from the page's JSON. Running totals: solid lines and filled circles; increments: dashed
   lines and open squares; a vertical stroke spans the lowest to highest count claimed that day. A side's
   colour comes from its code alone, so it stays the same whatever the filters. The log-scale choice is kept
   in the address (?scale=log). */
"use strict";

(function () {
  const dataNode = document.getElementById("timeline-data");
  const holder = document.getElementById("timeline-chart");
  if (!dataNode || !holder) return;
  const points = JSON.parse(dataNode.textContent || "[]");
  if (!points.length) return;

  const SVG = "http://www.w3.org/2000/svg";
  // Colours with at least 4.5:1 contrast on white; known sides pinned, others by a hash of their code.
  const PALETTE = ["#c0392b", "#1f5fa8", "#27844a", "#7d3c98", "#a84300", "#0e6f72", "#56616d", "#8a6d00",
                   "#b0306a", "#3d5a80"];
  const PINNED = { ARM: "#c0392b", AZE: "#1f5fa8", UKR: "#1f5fa8", RUS: "#c0392b", ISR: "#1f5fa8", PSE: "#27844a",
                   NKR: "#b0306a", SDN: "#1f5fa8", RSF: "#a84300", unknown: "#56616d" };
  // Drawn at the holder's own width, so its text stays readable on a phone (no shrunken 900-unit chart).
  const W = Math.max(320, Math.min(1200, holder.clientWidth || 900));
  const H = W < 600 ? 240 : 300, M = { top: 14, right: 14, bottom: 40, left: 58 };
  const X_TICKS = Math.max(2, Math.floor(W / 150));
  const DAY = 86400000;

  function colourOf(side) {
    if (PINNED[side]) return PINNED[side];
    let hash = 0;
    for (const ch of side) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
    return PALETTE[hash % PALETTE.length];
  }

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
  const x = (t) => M.left + ((t - t0) / (t1 - t0)) * (W - M.left - M.right);

  function panel(outcome, rows, logScale) {
    const top = Math.max(...rows.map(value), 1);
    let y, ticks;
    if (logScale) {
      const decades = Math.ceil(Math.log10(top + 1));
      y = (v) => H - M.bottom - (Math.log10(Math.max(v, 0) + 1) / decades) * (H - M.top - M.bottom);
      ticks = [0];
      for (let d = 0; d <= decades; d++) ticks.push(Math.pow(10, d));
    } else {
      const step = niceStep(top, 5);
      const yMax = Math.ceil(top / step) * step;
      y = (v) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
      ticks = [];
      for (let v = 0; v <= yMax; v += step) ticks.push(v);
    }
    const chart = svg("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "xMidYMid meet",
                                "aria-hidden": "true", "data-outcome": outcome, "data-scale": logScale ? "log" : "linear" });
    for (const v of ticks) {
      chart.appendChild(svg("line", { class: "grid", x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }));
      chart.appendChild(svg("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end" }, v.toLocaleString("en")));
    }
    const days = Math.round((t1 - t0) / DAY);
    const every = Math.max(1, Math.ceil(days / X_TICKS));
    for (let d = 0; d <= days; d += every) {
      const t = t0 + d * DAY;
      chart.appendChild(svg("line", { class: "grid", x1: x(t), x2: x(t), y1: M.top, y2: H - M.bottom }));
      chart.appendChild(svg("text", { x: x(t), y: H - M.bottom + 16, "text-anchor": "middle" }, new Date(t).toISOString().slice(0, 10)));
    }
    chart.appendChild(svg("line", { stroke: "#8a949d", x1: M.left, x2: W - M.right, y1: y(0), y2: y(0) }));
    const sides = Array.from(new Set(rows.map((p) => p.side))).sort();
    for (const side of sides) {
      const colour = colourOf(side);
      for (const cumulative of [true, false]) {
        const series = rows.filter((p) => p.side === side && p.cumulative === cumulative).sort((a, b) => time(a.date) - time(b.date));
        if (!series.length) continue;
        const line = series.map((p, i) => (i ? "L" : "M") + x(time(p.date)).toFixed(1) + "," + y(value(p)).toFixed(1)).join(" ");
        chart.appendChild(svg("path", { d: line, fill: "none", stroke: colour, "stroke-width": cumulative ? 2.5 : 1.5,
          "stroke-dasharray": cumulative ? "none" : "5 4", class: "series-line", "data-side": side }));
        for (const p of series) {
          const cx = x(time(p.date)), cy = y(value(p));
          const title = svg("title", {}, `${side} ${outcome} ${cumulative ? "running total" : "increment"} ${p.date}: ` +
            (p.low === p.high || p.high === null ? String(p.low) : `${p.low}\u2013${p.high}`) + ` (${p.claims} claims)`);
          if (p.low !== null && p.high !== null && p.high !== p.low) {
            chart.appendChild(svg("line", { x1: cx, x2: cx, y1: y(p.low), y2: y(p.high), stroke: colour, "stroke-width": 3, opacity: 0.45 }));
          }
          chart.appendChild(cumulative
            ? svg("circle", { cx, cy, r: 4.5, fill: colour, class: "point total", "data-side": side }, title)
            : svg("rect", { x: cx - 4, y: cy - 4, width: 8, height: 8, fill: "#fff", stroke: colour, "stroke-width": 2,
                            class: "point increment", "data-side": side }, title));
        }
      }
    }
    const figure = el("figure", { class: "timeline-panel", "data-outcome": outcome }, [el("figcaption", {}, outcome)]);
    figure.appendChild(chart);
    return figure;
  }

  const params = new URLSearchParams(window.location.search);
  const toggle = document.getElementById("timeline-log");
  const ORDER = ["killed", "wounded", "captured", "missing", "destroyed", "damaged", "lost"];
  const rank = (o) => (ORDER.indexOf(o) < 0 ? ORDER.length : ORDER.indexOf(o));
  const outcomes = Array.from(new Set(points.map((p) => p.outcome || "other"))).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

  function draw(logScale) {
    holder.replaceChildren(...outcomes.map((o) => panel(o, points.filter((p) => (p.outcome || "other") === o), logScale)));
  }

  // Default: linear, unless one figure is fifty times the typical one (then it would flatten the others).
  const values = points.map(value).sort((a, b) => a - b);
  const typical = values[Math.floor(values.length * 0.9)] || 1;
  const logScale = params.has("scale") ? params.get("scale") === "log" : values[values.length - 1] > 50 * Math.max(typical, 1);
  if (toggle) {
    toggle.checked = logScale;
    toggle.addEventListener("change", () => {
      params.set("scale", toggle.checked ? "log" : "linear");
      window.history.replaceState(null, "", window.location.pathname + "?" + params.toString());
      const form = document.querySelector("form.filters");
      if (form) {  // the filters form carries the choice on, so Apply keeps it
        let hidden = form.querySelector("input[name=scale]");
        if (!hidden) { hidden = el("input", { type: "hidden", name: "scale" }); form.appendChild(hidden); }
        hidden.value = toggle.checked ? "log" : "linear";
      }
      draw(toggle.checked);
    });
  }
  draw(logScale);

  const legend = document.getElementById("timeline-legend");
  if (legend) {
    for (const side of Array.from(new Set(points.map((p) => p.side))).sort()) {
      const swatch = svg("svg", { width: 14, height: 14, viewBox: "0 0 14 14", class: "swatch" }, svg("rect", { width: 14, height: 14, rx: 2, fill: colourOf(side) }));
      legend.appendChild(el("span", {}, [swatch, side]));
    }
    legend.appendChild(el("span", {}, "\u25CF running total \u2014 solid line"));
    legend.appendChild(el("span", {}, "\u25A1 increment \u2014 dashed line"));
  }
})();
