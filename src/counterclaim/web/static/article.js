/* Article page: hovering or focusing a highlighted span shows the fields of the claims read from it. */
"use strict";

(function () {
  const dataNode = document.getElementById("claims-data");
  if (!dataNode) return;
  const claims = JSON.parse(dataNode.textContent || "[]");
  const FIELDS = ["type", "subject", "object", "outcome", "category", "count", "cumulative", "claimant",
                  "stance", "hedged", "evidence", "date", "place", "part_of", "span"];
  let tip = null;

  function valueText(name, value) {
    if (value === null || value === undefined) return "\u2014";
    if (name === "count") return formatCount(value);
    if (Array.isArray(value)) return value.join("\u2013");
    return String(value);
  }

  function show(mark) {
    hide();
    const ids = (mark.dataset.claims || "").split(" ").filter(Boolean).map(Number);
    tip = el("div", { class: "claim-tip", role: "tooltip", id: "claim-tip" });
    ids.forEach((index, i) => {
      const claim = claims[index];
      if (!claim) return;
      const rows = [];
      for (const name of FIELDS) rows.push(el("dt", {}, name), el("dd", {}, valueText(name, claim[name])));
      if (i > 0) tip.appendChild(el("hr"));
      tip.appendChild(el("strong", {}, "claim " + index));
      tip.appendChild(el("dl", {}, rows));
    });
    document.body.appendChild(tip);
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - width - 8));
    tip.style.left = left + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
    mark.setAttribute("aria-describedby", "claim-tip");
    mark.classList.add("active");
  }

  function hide() {
    if (tip) tip.remove();
    tip = null;
    document.querySelectorAll("mark.claim.active").forEach((m) => {
      m.classList.remove("active");
      m.removeAttribute("aria-describedby");
    });
  }

  const text = document.getElementById("article-text");
  text.addEventListener("mouseover", (event) => { const m = event.target.closest("mark.claim"); if (m) show(m); });
  text.addEventListener("mouseout", (event) => { if (event.target.closest("mark.claim")) hide(); });
  text.addEventListener("focusin", (event) => { const m = event.target.closest("mark.claim"); if (m) show(m); });
  text.addEventListener("focusout", hide);
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });

  /* #claim-N in the address (from a ledger figure or a claim page) scrolls to claim N's words and marks them. */
  function showTarget() {
    const found = /^#claim-(\d+)$/.exec(window.location.hash);
    document.querySelectorAll("mark.claim.target, li.target").forEach((m) => m.classList.remove("target"));
    if (!found) return;
    const index = found[1];
    const item = document.getElementById("claim-" + index);
    if (item) item.classList.add("target");
    const mark = Array.from(text.querySelectorAll("mark.claim")).find((m) => m.dataset.claims.split(" ").includes(index));
    if (!mark) return;
    mark.classList.add("target");
    mark.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", showTarget);
  showTarget();

  /* "show" buttons in the claim list jump to the claim's words. */
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.show-claim");
    if (!button) return;
    const index = button.dataset.claim;
    const mark = Array.from(text.querySelectorAll("mark.claim")).find((m) => m.dataset.claims.split(" ").includes(index));
    if (mark) { mark.scrollIntoView({ block: "center" }); mark.focus(); }
  });
})();
