/* Map page: claim places and country outlines, all served locally (Leaflet from the xstatic-leaflet package;
   no tile layer, so it works offline). Places close together on screen are clustered into one marker that
   zooms in when chosen; each marker takes the colour of the claim type most of its claims have (see the
   legend) and is a focusable element: Tab reaches it, Enter opens its popup, which lists its claims with links. */
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
  const TYPE_COLOURS = { casualty: "#c0392b", materiel: "#a84300", territory: "#27844a", attack: "#7d3c98",
                         support: "#2471a3", statement: "#56616d", mobilization: "#0e6f72" };
  const CLUSTER_PIXELS = 44;   // places nearer than this on screen share one marker
  const CLAIMS_IN_POPUP = 8;
  const map = L.map(holder, { worldCopyJump: true, attributionControl: true, keyboard: true }).setView([30, 20], 2);
  map.attributionControl.setPrefix("Leaflet").addAttribution("Outlines: Natural Earth");
  const outlineStyle = { color: "#17324d", weight: 1.5, fillColor: "#f4f1e8", fillOpacity: 1 };
  const outlines = L.geoJSON(null, { style: () => outlineStyle, interactive: false }).addTo(map);
  const markers = L.featureGroup().addTo(map);
  const maxClaims = Math.max(1, ...points.map((p) => p.claims));

  function dominantType(types) {
    let best = null;
    for (const [type, n] of Object.entries(types)) if (best === null || n > types[best]) best = type;
    return best || "statement";
  }

  function sumTypes(group) {
    const total = {};
    for (const p of group) for (const [t, n] of Object.entries(p.types)) total[t] = (total[t] || 0) + n;
    return total;
  }

  function icon(group) {
    const claims = group.reduce((s, p) => s + p.claims, 0);
    const type = dominantType(sumTypes(group));
    const size = Math.round(18 + 22 * Math.sqrt(claims / maxClaims));
    const badge = el("span", { class: "map-badge t-" + type + (group.length > 1 ? " cluster" : "") },
                     group.length > 1 ? String(group.length) : String(claims));
    badge.style.width = badge.style.height = size + "px";
    badge.style.lineHeight = size + "px";
    badge.style.background = TYPE_COLOURS[type] || TYPE_COLOURS.statement;
    return L.divIcon({ html: badge, className: "map-marker", iconSize: [size, size] });
  }

  async function placePopup(p) {
    const box = el("div", { class: "map-popup" }, [el("strong", {}, p.place || "unnamed place"), el("br"),
      p.claims + " claims: " + Object.entries(p.types).map(([t, n]) => t + " " + n).join(", ")]);
    const list = el("ul", {}, el("li", { class: "muted" }, "loading the claims\u2026"));
    box.appendChild(list);
    box.appendChild(el("a", { href: "/claims?" + p.claims_query }, "all " + p.claims + " claims here"));
    try {
      const query = new URLSearchParams(p.claims_query);
      query.set("limit", String(CLAIMS_IN_POPUP));
      const response = await fetch("/api/claims?" + query, { headers: { Accept: "application/json" } });
      const data = await response.json();
      list.replaceChildren(...data.items.map((c) => el("li", {}, [
        el("a", { href: "/claims/" + c.id }, [c.date || c.published || "undated", " ", c.type, " ",
          [c.subject, c.outcome, formatCount(c.count)].filter(Boolean).join(" ")]),
      ])));
    } catch (error) {
      list.replaceChildren(el("li", {}, "could not load the claims"));
    }
    return box;
  }

  function draw() {
    markers.clearLayers();
    const groups = [];
    for (const p of points) {
      const at = map.latLngToLayerPoint([p.lat, p.lon]);
      const near = groups.find((g) => g.at.distanceTo(at) < CLUSTER_PIXELS);
      if (near) near.members.push(p); else groups.push({ at, members: [p] });
    }
    for (const group of groups) {
      const members = group.members;
      const lat = members.reduce((s, p) => s + p.lat, 0) / members.length;
      const lon = members.reduce((s, p) => s + p.lon, 0) / members.length;
      const names = members.slice(0, 5).map((p) => p.place || "place").join(", ") + (members.length > 5 ? " \u2026" : "");
      const claims = members.reduce((s, p) => s + p.claims, 0);
      const marker = L.marker([lat, lon], { icon: icon(members), keyboard: true,
        title: members.length > 1 ? `${members.length} places, ${claims} claims: ${names}` : `${names} (${claims} claims)`,
        alt: names });
      if (members.length > 1) {
        marker.on("click", () => map.fitBounds(L.latLngBounds(members.map((p) => [p.lat, p.lon])).pad(0.5),
                                               { maxZoom: 12, animate: false }));
      } else {
        let loaded = false;
        marker.bindPopup(el("div", {}, "loading\u2026"));
        marker.on("popupopen", () => {
          if (loaded) return;
          loaded = true;
          placePopup(members[0]).then((box) => marker.setPopupContent(box));
        });
      }
      markers.addLayer(marker);
    }
    holder.dataset.markers = String(groups.length);
    holder.dataset.zoom = String(map.getZoom());  // tests wait on it: markers are redrawn after each zoom
  }

  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const box = el("div", { class: "map-legend" }, [el("strong", {}, "Most claims of a marker are")]);
    for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = colour;
      box.appendChild(el("div", {}, [swatch, type]));
    }
    box.appendChild(el("div", { class: "small" }, "a number in a ring: places grouped; choose it to zoom in"));
    return box;
  };
  legend.addTo(map);

  function fit() {
    const bounds = points.length ? L.latLngBounds(points.map((p) => [p.lat, p.lon])) : outlines.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.4), { maxZoom: 8, animate: false });
  }
  fit();
  draw();
  map.on("zoomend", draw);
  fetch(holder.dataset.outlines, { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : { features: [] }))
    .then((collection) => {
      outlines.addData(collection);
      outlines.bringToBack();
      holder.dataset.outlinesLoaded = String(collection.features.length);
      if (!points.length) fit();
    })
    .catch(() => { holder.dataset.outlinesLoaded = "0"; });
})();
