/* counterclaim dashboard, shared behaviour: sortable tables and ledger figures that reveal their claims.
   Text from documents is only ever inserted with textContent, never as HTML. */
"use strict";

/** Build an element with attributes and text children (strings become text nodes). */
function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of [].concat(children || [])) {
    if (child === null || child === undefined) continue;
    node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function formatCount(count) {
  if (!count) return "";
  const [low, high] = count;
  if (low !== null && high !== null) return low === high ? String(low) : low + "\u2013" + high;
  if (low !== null) return "\u2265" + low;
  if (high !== null) return "\u2264" + high;
  return "?";
}

/* Sortable tables: header buttons sort the rows shown, by data-value when present. */
function initSortableTables() {
  for (const table of document.querySelectorAll("table.sortable")) {
    const headers = Array.from(table.querySelectorAll("thead th"));
    headers.forEach((th, column) => {
      const button = th.querySelector("button.sort");
      if (!button) return;
      button.addEventListener("click", () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const numeric = th.dataset.kind === "num";
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        const key = (row) => {
          const cell = row.cells[column];
          const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
          return numeric ? (raw === "" ? -Infinity : Number(raw)) : raw.toLowerCase();
        };
        rows.sort((a, b) => {
          const ka = key(a), kb = key(b);
          const order = ka < kb ? -1 : ka > kb ? 1 : 0;
          return ascending ? order : -order;
        });
        rows.forEach((row) => body.appendChild(row));
      });
    });
  }
}

/* Ledger figures: each low/best/high button reveals the claims it rests on (fetched by id). */
const MAX_CLAIMS_SHOWN = 60;

function claimItem(claim) {
  const flags = [];
  if (claim.stance === "deny") flags.push(el("span", { class: "flag deny" }, "denied"));
  if (claim.hedged) flags.push(el("span", { class: "flag hedged" }, "hedged"));
  if (claim.evidence) flags.push(el("span", { class: "flag" }, claim.evidence));
  if (claim.cumulative) flags.push(el("span", { class: "flag" }, "running total"));
  const where = [claim.source, claim.date || claim.published].filter(Boolean).join(", ");
  return el("li", { class: "cited-claim" }, [
    el("strong", {}, (claim.claimant || "outlet") + ": "),
    formatCount(claim.count) + " " + [claim.subject, claim.category, claim.outcome].filter(Boolean).join(" ") + " ",
    ...flags,
    " ",
    sentenceWithQuote(claim),
    " ",
    el("a", { href: "/claims/" + claim.id }, "claim " + claim.id),
    " ",
    el("a", { href: "/documents/" + claim.document_id + "#claim-" + claim.position }, where ? "(" + where + ")" : "(document)"),
  ]);
}

/** The claim's sentence with its own words marked (text nodes only), or its quote alone. */
function sentenceWithQuote(claim) {
  const quote = claim.quote || "";
  const sentence = claim.sentence || "";
  let start = -1;
  if (sentence && claim.sentence_span && claim.span) start = claim.span[0] - claim.sentence_span[0];
  if (sentence && (start < 0 || sentence.substr(start, quote.length) !== quote)) start = sentence.indexOf(quote);
  if (!sentence || start < 0 || !quote) return el("q", { class: "sentence" }, quote);
  return el("q", { class: "sentence" }, [sentence.slice(0, start), el("mark", {}, quote), sentence.slice(start + quote.length)]);
}

async function revealFigure(button) {
  const panel = document.getElementById(button.getAttribute("aria-controls"));
  if (!panel) return;
  const open = button.getAttribute("aria-expanded") === "true";
  document.querySelectorAll("button.figure[aria-controls='" + panel.id + "']").forEach((b) => b.setAttribute("aria-expanded", "false"));
  if (open && panel.dataset.showing === button.id) {
    panel.hidden = true;
    panel.dataset.showing = "";
    return;
  }
  button.setAttribute("aria-expanded", "true");
  panel.hidden = false;
  panel.dataset.showing = button.id;
  const label = button.dataset.label || "figure";
  panel.replaceChildren(el("p", { class: "muted small" }, "Loading the claims behind " + label + "\u2026"));
  if (button.dataset.count === "0") {
    panel.replaceChildren(el("p", { class: "muted small" }, "No claim sets " + label + " (" + (button.dataset.rule || "no rule applied") + ")."));
    return;
  }
  const root = document.getElementById("ledger");
  const params = new URLSearchParams(root ? root.dataset.query : "");
  if (root && root.dataset.version) params.set("version", root.dataset.version);
  params.set("limit", String(MAX_CLAIMS_SHOWN));
  let url;
  if (button.dataset.series !== undefined) {
    params.set("figure", button.dataset.figure || "all");
    url = "/api/ledger/series/" + encodeURIComponent(button.dataset.series) + "/claims?" + params;
  } else {
    params.set("part", button.dataset.part || "both");
    url = "/api/contradictions/" + encodeURIComponent(button.dataset.contradiction) + "/claims?" + params;
  }
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (response.status === 409) throw new Error("the claims changed since this page was loaded; reload it");
    if (!response.ok) throw new Error("HTTP " + response.status);
    const data = await response.json();
    const heading = el("p", { class: "small" }, [el("strong", {}, label), " \u2014 " + (button.dataset.rule || "")]);
    const list = el("ul", { class: "cites" }, data.items.map(claimItem));
    const more = data.total > data.items.length ? el("p", { class: "muted small" }, "and " + (data.total - data.items.length) + " more claims") : null;
    panel.replaceChildren(heading, list, more || "");
  } catch (error) {
    panel.replaceChildren(el("p", { class: "muted small" }, "Could not load the claims (" + error.message + ")."));
  }
}

function initFigures() {
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.figure");
    if (button) revealFigure(button);
  });
}

/* Filter forms leave their empty fields out of the address, so a view's URL holds only its real choices
   (the server also reads an empty field as no filter). */
function initFilterForms() {
  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form.filters");
    if (!form) return;
    for (const field of form.elements) {
      if (field.name && field.value === "" && !field.disabled) { field.disabled = true; field.dataset.emptied = "1"; }
    }
  });
  window.addEventListener("pageshow", () => {
    document.querySelectorAll("[data-emptied]").forEach((field) => { field.disabled = false; delete field.dataset.emptied; });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  initSortableTables();
  initFigures();
  initFilterForms();
});
