// Copy the front-end data marsad needs from node_modules into ../static/vendor.
// world-atlas: Natural Earth 1:110m countries (public domain) as TopoJSON; we also write
// the GeoJSON that topojson-client decodes from it, so the server can draw the basemap as
// SVG without any JavaScript library at run time. Run: npm ci && npm run build
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { feature } from "topojson-client";

const out = new URL("../static/vendor/", import.meta.url);
mkdirSync(out, { recursive: true });
const topoPath = new URL("./node_modules/world-atlas/countries-110m.json", import.meta.url);
copyFileSync(new URL("./node_modules/world-atlas/LICENSE", import.meta.url), new URL("world-atlas-LICENSE.txt", out));
const topo = JSON.parse(readFileSync(topoPath, "utf8"));
const geo = feature(topo, topo.objects.countries);
// Round coordinates to 0.01 degree: plenty for a 1:110m basemap, and a third of the size.
const r = (x) => Math.round(x * 100) / 100;
const round = (c) => (typeof c[0] === "number" ? [r(c[0]), r(c[1])] : c.map(round));
for (const f of geo.features) f.geometry.coordinates = round(f.geometry.coordinates);
writeFileSync(new URL("world-110m.geojson", out), JSON.stringify(geo));
console.log(`wrote ${geo.features.length} countries`);
