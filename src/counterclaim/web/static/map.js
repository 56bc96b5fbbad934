/* Map page: claim places as circles (area ~ number of claims) and country outlines, all served locally.
   Uses Leaflet from the xstatic-leaflet package; no tile layer, so it works offline. */
"use strict";

(function () {
  const holder = document.getElementById("map");
  const dataNode = document.getElementById("map-data");
  if (!holder || !dataNode) return;
  if (typeof L === "undefined") {
    holder.replaceChildren(el("p", { class: "empty" }, "The map library is not installed; the places are listed below."));
    return;
  }
  const points = JSON.parse(dataNode.textContent || "[]");
  const map = L.map(holder, { worldCopyJump: true, attributionControl: true, keyboard: true }).setView([30, 20], 2);
  map.attributionControl.setPrefix("Leaflet").addAttribution("Outlines: Natural Earth");
  const outlineStyle = { color: "#17324d", weight: 1.5, fillColor: "#f4f1e8", fillOpacity: 1 };
  const outlines = L.geoJSON(null, { style: () => outlineStyle, interactive: false }).addTo(map);
  const markers = L.featureGroup().addTo(map);
  const maxClaims = Math.max(1, ...points.map((p) => p.claims));

  for (const p of points) {
    const radius = 5 + 20 * Math.sqrt(p.claims / maxClaims);
    const marker = L.circleMarker([p.lat, p.lon], { radius, color: "#a3261b", weight: 1.5, fillColor: "#c0392b", fillOpacity: 0.55 });
    const types = Object.entries(p.types).map(([t, n]) => t + " " + n).join(", ");
    const popup = el("div", {}, [
      el("strong", {}, p.place || "unnamed place"), el("br"),
      p.claims + " claims: " + types, el("br"),
      el("a", { href: "/claims?" + p.claims_query }, "see the claims"),
    ]);
    marker.bindPopup(popup);
    marker.bindTooltip(el("span", {}, (p.place || "place") + " (" + p.claims + ")"));
    markers.addLayer(marker);
  }

  function fit() {
    const bounds = markers.getLayers().length ? markers.getBounds() : outlines.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.4), { maxZoom: 8 });
  }
  fit();
  fetch(holder.dataset.outlines, { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : { features: [] }))
    .then((collection) => {
      outlines.addData(collection);
      outlines.bringToBack();
      holder.dataset.outlinesLoaded = String(collection.features.length);
      if (!markers.getLayers().length) fit();
    })
    .catch(() => { holder.dataset.outlinesLoaded = "0"; });
})();
