// What the map shows besides the units: the tooltip on hover (name, area, population, % of the standards, status)
// and the scale bar.

import { escape, km2, people, percent } from './format.js';

const $ = (id) => document.getElementById(id);

export function showTooltip(f, x, y) {
  const tip = $('tooltip');
  if (!f) {
    tip.hidden = true;
    return;
  }
  const p = f.properties;
  tip.innerHTML = `<div class="t-name">${escape(p.name)}</div><div class="t-parent">${escape(p.parentName ?? '')} · mã ${escape(p.code)}</div>
    <div class="t-row"><span>Diện tích</span><b>${km2(p.areaKm2)} km²</b></div>
    <div class="t-row"><span>% tiêu chuẩn diện tích</span><b>${percent(p.areaPercent)}</b></div>
    <div class="t-row"><span>Dân số</span><b>${people(p.population)}</b></div>
    <div class="t-row"><span>% tiêu chuẩn dân số</span><b>${percent(p.populationPercent)}</b></div>
    <div class="chip s-${escape(p.status)}">${escape(p.statusText)}</div>`;
  tip.hidden = false;
  const frame = $('map-frame').getBoundingClientRect();
  const left = x + 16 + tip.offsetWidth > frame.width ? x - tip.offsetWidth - 12 : x + 16;
  const top = y + 16 + tip.offsetHeight > frame.height ? y - tip.offsetHeight - 12 : y + 16;
  tip.style.left = `${Math.max(4, left)}px`;
  tip.style.top = `${Math.max(4, top)}px`;
}

export function showScale(kmPerPx) {
  const target = 110 * kmPerPx;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const length = [5, 2, 1].map((m) => m * magnitude).find((l) => l <= target) ?? magnitude;
  $('scale-bar').style.width = `${length / kmPerPx}px`;
  $('scale-label').textContent = length >= 1 ? `${people(length)} km` : `${people(length * 1000)} m`;
}
