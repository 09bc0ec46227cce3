// The compliance preview in an operation's dialog: before the planner confirms, the server evaluates the operation
// on the open scenario (or the baseline) without applying it, and the dialog shows each unit it would change — its
// % of each standard and the rule that would apply.

import { escape, km2, number, people, percent } from './format.js';
import { chip } from './panel.js';

// Shows the preview of `build(form)` in `box`, again whenever the form changes; `evaluate(operation)` asks the server.
export function livePreview(form, box, build, evaluate) {
  let asked = 0;
  const refresh = async () => {
    const ticket = ++asked;
    let operation;
    try {
      operation = build(form);
    } catch {
      return;
    }
    box.setAttribute('aria-busy', 'true');
    try {
      const preview = await evaluate(operation);
      if (ticket === asked) box.innerHTML = render(preview);
    } catch (e) {
      if (ticket === asked) box.innerHTML = `<div class="preview-refused">Nếu áp dụng, thao tác sẽ bị từ chối: ${escape(e.message)}</div>`;
    } finally {
      if (ticket === asked) box.removeAttribute('aria-busy');
    }
  };
  form.addEventListener('change', refresh);
  refresh();
}

function render(preview) {
  return `<div class="preview-title">Đánh giá trước khi áp dụng (${escape(preview.regime)}${preview.programme ? ` · chương trình ${escape(preview.programme)}` : ''})</div>
    ${preview.units.map(unit).join('')}`;
}

function unit({ row, standard, rule, areaKm2, population }) {
  const a = row.after;
  const figures = standard
    ? `<li>Diện tích tự nhiên ${km2(areaKm2 ?? a.areaKm2)} km² = <b data-preview="area">${percent(a.areaPercent)}</b> tiêu chuẩn (${number(standard.minAreaKm2, 2)} km²)</li>
       <li>Quy mô dân số ${people(population ?? a.population)} người = <b data-preview="population">${percent(a.populationPercent)}</b> tiêu chuẩn (${people(standard.minPopulation)} người)</li>
       <li>Tiêu chuẩn: ${escape(standard.citation)}</li>`
    : `<li>Diện tích tự nhiên ${km2(a.areaKm2)} km², dân số ${people(a.population)} người; chưa xác định được tiêu chuẩn áp dụng.</li>`;
  const applies = rule
    ? `<li>Quy định áp dụng: ${escape(rule.citation)} — ${escape(rule.description)}${rule.formedFrom ? ` (hình thành từ ${rule.formedFrom} đơn vị${rule.permitted === true ? ': được phép' : rule.permitted === false ? ': không được phép' : ''})` : ''}.</li>`
    : '';
  return `<div class="preview-unit" data-code="${escape(row.code)}">
    <div><span class="unit-name">${escape(a.name)}</span> <span class="unit-sub">(${escape(row.code)})</span> ${chip(row.complianceKey, row.compliance)}</div>
    <ul>${figures}${applies}</ul></div>`;
}
