// The side panel: the before → after table with the compliance of every affected unit, the operations, the saved
// scenarios and the downloads.

import { date, escape, km2, people, percent, time } from './format.js';

const $ = (id) => document.getElementById(id);

const STATUS_ORDER = ['must-arrange', 'not-permitted', 'below', 'permitted', 'exempt', 'meets', 'insufficient'];
export const STATUS_WORDS = {
  'meets': 'Đạt tiêu chuẩn',
  'below': 'Chưa đạt tiêu chuẩn',
  'must-arrange': 'Thuộc diện sắp xếp',
  'exempt': 'Thuộc diện sắp xếp, được miễn',
  'permitted': 'Chưa đạt, được phép (nhập ≥ 3 đơn vị)',
  'not-permitted': 'Không đủ điều kiện Điều 4',
  'insufficient': 'Thiếu số liệu',
};

export function chip(status, text) {
  return `<span class="chip s-${escape(status)}">${escape(text)}</span>`;
}

export function renderCard(scenario, project) {
  $('card-title').textContent = scenario ? scenario.title : 'Dữ liệu gốc';
  $('scenario-title').textContent = scenario ? scenario.title : 'Dữ liệu gốc (chưa có phương án)';
  const badge = $('card-version');
  badge.hidden = !scenario;
  if (scenario) badge.textContent = `phiên bản ${scenario.version}`;
  $('card-edit').hidden = !scenario;
  $('card-meta').innerHTML = scenario
    ? `${scenario.operations.length} thao tác · ${scenario.file ? `lưu tại <code>${escape(scenario.file)}</code>` : 'lưu trong cơ sở dữ liệu dùng chung'}${scenario.effectiveDate ? ` · hiệu lực ${date(scenario.effectiveDate)}` : ''}
       ${scenario.refusal ? `<div class="declared-note">Khi mở tệp, một thao tác không áp dụng được: ${escape(scenario.refusal)} (thao tác đó chờ ở “Làm lại”).</div>` : ''}`
    : `${project ? `${project.communes} đơn vị cấp xã, ${project.districts} đơn vị cấp huyện. ` : ''}Chọn đơn vị trên bản đồ rồi bấm <b>Nhập</b>, <b>Chuyển huyện</b>, <b>Điều chỉnh một phần</b> hoặc <b>Đổi tên</b>: một phương án mới được tạo và lưu tự động.`;
}

export function renderRegime(table) {
  $('regime').innerHTML = table
    ? `Tiêu chuẩn: <b>${escape(table.regime)}</b>${table.programme ? ` · chương trình sắp xếp ${escape(table.programme)}` : ' · không có chương trình sắp xếp áp dụng'} · ngày ${date(table.asOf)}`
    : '';
}

// The baseline: what must be arranged, for a planner who has not started a scenario.
export function renderBaseline(table, features, onPick) {
  renderRegime(table);
  const communes = features.filter((f) => f.properties.level === 'commune');
  const must = communes.filter((f) => f.properties.status === 'must-arrange').sort((a, b) => a.properties.areaPercent - b.properties.areaPercent);
  $('totals').innerHTML = stat('Đơn vị cấp xã', people(table.totals.communesBefore))
    + stat('Thuộc diện sắp xếp', people(table.totals.mustArrangeBefore))
    + stat('Diện tích toàn tỉnh', `${km2(table.totals.areaKm2Before)} km²`)
    + stat('Dân số toàn tỉnh', people(table.totals.populationBefore));
  $('changes').innerHTML = `<ul class="summary">${table.summary.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>
    <div class="section-title">Đơn vị thuộc diện sắp xếp</div>
    ${must.length ? `<ul class="must-list">${must.map((f) => `<li data-code="${f.properties.code}"><span><span class="unit-name">${escape(f.properties.name)}</span>
      <span class="unit-sub"> · ${escape(f.properties.parentName ?? '')}</span></span>
      <span class="unit-sub">${percent(f.properties.areaPercent)} DT · ${percent(f.properties.populationPercent)} DS</span></li>`).join('')}</ul>`
      : '<div class="empty">Không có đơn vị nào thuộc diện sắp xếp theo tiêu chuẩn của ngày này.</div>'}
    <p class="empty">Chưa mở phương án nào. Chọn các đơn vị trên bản đồ (nhấp vào từng đơn vị) rồi dùng các nút phía trên bản đồ.</p>`;
  for (const li of $('changes').querySelectorAll('li[data-code]')) li.addEventListener('click', () => onPick(li.dataset.code));
}

export function renderTable(table, onPick) {
  renderRegime(table);
  const t = table.totals;
  $('totals').innerHTML = stat('Đơn vị cấp xã', arrow(people(t.communesBefore), people(t.communesAfter)))
    + stat('Thuộc diện sắp xếp', arrow(people(t.mustArrangeBefore), people(t.mustArrangeAfter), t.mustArrangeAfter < t.mustArrangeBefore))
    + stat('Diện tích toàn tỉnh (km²)', arrow(km2(t.areaKm2Before), km2(t.areaKm2After)), conserved(t.areaKm2Before, t.areaKm2After, 1e-6))
    + stat('Dân số toàn tỉnh', arrow(people(t.populationBefore), people(t.populationAfter)), conserved(t.populationBefore, t.populationAfter, 0));

  const rows = table.rows;
  const communes = rows.filter((r) => r.level === 'commune');
  const districts = rows.filter((r) => r.level === 'district');
  $('changes').innerHTML = rows.length === 0
    ? `<ul class="summary">${table.summary.map((s) => `<li>${escape(s)}</li>`).join('')}</ul><div class="empty">Phương án chưa có thao tác nào. Chọn đơn vị trên bản đồ để bắt đầu.</div>`
    : `<ul class="summary">${table.summary.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>
      ${section('Đơn vị cấp xã bị ảnh hưởng', communes)}${section('Đơn vị cấp huyện bị ảnh hưởng', districts)}
      ${table.declared.map((d) => `<div class="declared-note">${escape(d)}</div>`).join('')}`;
  for (const tr of $('changes').querySelectorAll('tr[data-code]')) tr.addEventListener('click', () => onPick(tr.dataset.code));
}

function section(title, rows) {
  if (!rows.length) return '';
  return `<div class="section-title">${title}</div>
    <table class="changes-table" data-level="${rows[0].level}">
      <thead><tr><th>Đơn vị</th><th class="num">Diện tích km²</th><th class="num">Dân số</th><th class="num">% TC DT / DS</th></tr></thead>
      <tbody>${rows.map(row).join('')}</tbody>
    </table>`;
}

function row(r) {
  const b = r.before;
  const a = r.after;
  const name = a && b && a.name !== b.name ? `${escape(b.name)} → ${escape(a.name)}` : escape((a ?? b).name);
  const sub = !a ? `không còn${r.wentTo.length ? `, nhập vào ${r.wentTo.join(', ')}` : ''}`
    : !b ? 'thành lập mới'
    : escape(r.whatText) + (r.formedFrom ? ` · hình thành từ ${r.formedFrom} đơn vị` : '')
      + (b.parentCode !== a.parentCode ? ` · ${escape(b.parentName ?? b.parentCode)} → ${escape(a.parentName ?? a.parentCode)}` : '');
  const side = a ?? b;
  const compliance = a ? chip(r.complianceKey, r.compliance) + (r.declared ? ' <span class="chip s-below">số liệu công bố</span>' : '') : '';
  return `<tr data-code="${escape(r.code)}" class="${a ? 'has-compliance' : 'ceased'}">
    <td><div class="unit-name">${name}</div><div class="unit-sub">${escape(r.code)} · ${sub}</div></td>
    <td class="num">${change(b?.areaKm2, a?.areaKm2, km2)}</td>
    <td class="num">${change(b?.population, a?.population, people)}</td>
    <td class="num">${a ? `${percent(side.areaPercent)}<br>${percent(side.populationPercent)}` : `<span class="was">${percent(b.areaPercent)}<br>${percent(b.populationPercent)}</span>`}</td>
  </tr>${compliance ? `<tr class="compliance-row" data-code="${escape(r.code)}"><td colspan="4">${compliance}</td></tr>` : ''}`;
}

function change(before, after, format) {
  if (after === undefined || after === null) return `<span class="was">${format(before)}</span>`;
  if (before === undefined || before === null || format(before) === format(after)) return format(after);
  return `<span class="was">${format(before)}</span><br><b>${format(after)}</b>`;
}

function stat(label, value, note = '') {
  return `<div class="stat"><div class="k">${label}</div><div class="v">${value}</div>${note ? `<div class="note">${note}</div>` : ''}</div>`;
}

function arrow(before, after, better = false) {
  return before === after ? before : `${before}<span class="arrow">→</span><span class="${better ? 'better' : ''}">${after}</span>`;
}

function conserved(before, after, tolerance) {
  return Math.abs((before ?? 0) - (after ?? 0)) <= tolerance * Math.max(1, Math.abs(before ?? 0)) ? 'bảo toàn' : 'thay đổi';
}

export function renderLog(scenario) {
  $('log').innerHTML = scenario && scenario.operations.length
    ? scenario.operations.map((o) => `<li>${escape(o.label)}${o.note ? `<div class="note">${escape(o.note)}</div>` : ''}</li>`).join('')
    : '<div class="empty">Chưa có thao tác nào.</div>';
  $('redo-list').innerHTML = scenario && scenario.redo.length
    ? `<div class="section-title">Có thể làm lại</div><ol class="log">${scenario.redo.map((o) => `<li class="redo">${escape(o.label)}</li>`).join('')}</ol>`
    : '';
}

export function renderScenarioList(list, currentId, handlers) {
  const ul = $('scenario-list');
  ul.innerHTML = list.length
    ? list.map((s) => `<li data-id="${escape(s.id)}" class="${s.id === currentId ? 'current' : ''}">
        <div class="s-main"><div class="s-title">${escape(s.title)}</div>
        ${s.error ? `<div class="s-error">${escape(s.error)}</div>` : `<div class="s-meta">${s.operations} thao tác · phiên bản ${s.version} · ${time(s.updated)}</div>`}</div>
        ${s.id !== currentId && currentId && !s.error ? `<button class="link" data-compare="${escape(s.id)}" aria-label="So sánh phương án đang mở với ${escape(s.title)}">So sánh</button>` : ''}
        <button class="delete" title="Xóa phương án" aria-label="Xóa phương án ${escape(s.title)}" data-delete="${escape(s.id)}" data-version="${s.version}">✕</button></li>`).join('')
    : '<div class="empty">Chưa có phương án nào được lưu.</div>';
  for (const li of ul.querySelectorAll('li[data-id]')) {
    li.addEventListener('click', (e) => {
      if (e.target.closest('[data-delete], [data-compare]')) return;
      handlers.open(li.dataset.id);
    });
  }
  for (const button of ul.querySelectorAll('[data-compare]')) button.addEventListener('click', () => handlers.compare(button.dataset.compare));
  for (const button of ul.querySelectorAll('[data-delete]')) {
    button.addEventListener('click', () => handlers.remove(button.dataset.delete, Number(button.dataset.version)));
  }
}

export function renderDownloads(downloads, scenario, urlOf) {
  $('downloads-for').textContent = scenario
    ? `Tệp của phương án “${scenario.title}” (phiên bản ${scenario.version}), đánh giá theo ngày đang chọn.`
    : 'Tệp của dữ liệu gốc, đánh giá theo ngày đang chọn. Mở một phương án để tải thêm tệp phương án, bảng thay đổi và bảng mã.';
  $('downloads').innerHTML = downloads
    .filter((d) => scenario || d.forBaseline)
    .map((d) => d.available
      ? `<a class="download" href="${escape(urlOf(d.name))}" download><span class="d-name">${escape(d.label)}</span><span class="d-file">${escape(d.name)}</span></a>`
      : `<span class="download disabled" title="Đang được xây dựng"><span class="d-name">${escape(d.label)}</span><span class="d-file">chưa có trong bản này</span></span>`)
    .join('');
}

export function renderLegend(features) {
  const counts = {};
  for (const f of features) if (f.properties.level === 'commune') counts[f.properties.status] = (counts[f.properties.status] ?? 0) + 1;
  const rows = STATUS_ORDER.filter((s) => counts[s] || ['meets', 'below', 'must-arrange'].includes(s))
    .map((s) => `<div class="l-row"><span class="swatch sw-${s}"></span>${STATUS_WORDS[s]}<span class="n">${counts[s] ?? 0}</span></div>`);
  $('legend-status').innerHTML = `<div class="l-title">Cấp xã theo tiêu chuẩn</div>${rows.join('')}
    <div class="l-row"><span class="swatch line"></span>Đơn vị thay đổi trong phương án</div>
    <div class="l-row"><span class="swatch district"></span>Ranh giới cấp huyện</div>`;
}
