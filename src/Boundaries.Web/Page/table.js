// The table of all units: sortable by any column, filtered by name or code, level, type and status, linked to the
// map both ways (a row selects and zooms to its unit; the map's selection is highlighted in the table).

import { escape, fold, km2, people, percent } from './format.js';
import { chip, STATUS_WORDS } from './panel.js';

const COLUMNS = [
  { key: 'code', label: 'Mã', value: (p) => p.code },
  { key: 'name', label: 'Tên', value: (p) => p.name, text: true },
  { key: 'typeName', label: 'Loại', value: (p) => p.typeName ?? '', text: true },
  { key: 'areaKm2', label: 'Diện tích (km²)', value: (p) => p.areaKm2, num: true, show: km2 },
  { key: 'population', label: 'Dân số', value: (p) => p.population, num: true, show: people },
  { key: 'areaPercent', label: '% TC diện tích', value: (p) => p.areaPercent, num: true, show: percent },
  { key: 'populationPercent', label: '% TC dân số', value: (p) => p.populationPercent, num: true, show: percent },
  { key: 'status', label: 'Kết quả', value: (p) => STATUS_WORDS[p.status] ?? p.statusText ?? '', text: true },
];

// `pick(code)` acts on the unit of a row (select and zoom).
export function unitTable(root, { pick }) {
  root.innerHTML = `<div class="table-filters" role="search" aria-label="Lọc bảng đơn vị">
      <label class="field-inline"><span>Tìm</span><input type="search" data-filter="text" placeholder="Tên, mã hoặc đơn vị cấp trên" autocomplete="off"></label>
      <label class="field-inline"><span>Cấp</span><select data-filter="level"></select></label>
      <label class="field-inline"><span>Loại</span><select data-filter="type"></select></label>
      <label class="field-inline"><span>Kết quả</span><select data-filter="status"></select></label>
    </div>
    <p class="hint" data-count aria-live="polite"></p>
    <div class="units-scroll" tabindex="0" aria-label="Bảng đơn vị, cuộn được"><table class="units-table">
      <caption class="visually-hidden">Các đơn vị hành chính với diện tích, dân số, tỷ lệ so với tiêu chuẩn và kết quả đánh giá; bấm tiêu đề cột để sắp xếp</caption>
      <thead><tr>${COLUMNS.map((c) => `<th scope="col" class="${c.num ? 'num' : ''}" data-key="${c.key}" aria-sort="none"><button type="button" class="sort">${c.label}<span class="sort-mark" aria-hidden="true"></span></button></th>`).join('')}</tr></thead>
      <tbody></tbody>
    </table></div>`;
  const q = (selector) => root.querySelector(selector);
  const filters = { text: q('[data-filter=text]'), level: q('[data-filter=level]'), type: q('[data-filter=type]'), status: q('[data-filter=status]') };
  let units = [];
  let selection = new Set();
  let sort = { key: 'code', ascending: true };

  const draw = () => {
    const text = fold(filters.text.value.trim());
    const pool = units.filter((p) => !filters.level.value || p.level === filters.level.value);
    const shown = pool.filter((p) => (!filters.type.value || p.type === filters.type.value)
      && (!filters.status.value || p.status === filters.status.value)
      && (!text || fold(p.name).includes(text) || p.code.startsWith(text) || fold(p.parentName ?? '').includes(text)));
    const column = COLUMNS.find((c) => c.key === sort.key);
    const order = sort.ascending ? 1 : -1;
    shown.sort((a, b) => {
      const [x, y] = [column.value(a), column.value(b)];
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return order * (column.num ? x - y : String(x).localeCompare(String(y), 'vi', { numeric: true }));
    });
    for (const th of root.querySelectorAll('th[data-key]')) {
      const active = th.dataset.key === sort.key;
      th.setAttribute('aria-sort', active ? (sort.ascending ? 'ascending' : 'descending') : 'none');
      th.querySelector('.sort-mark').textContent = active ? (sort.ascending ? ' ▲' : ' ▼') : '';
    }
    q('[data-count]').textContent = `${shown.length} / ${pool.length} đơn vị`;
    q('tbody').innerHTML = shown.map((p) => `<tr data-code="${escape(p.code)}" class="${selection.has(p.code) ? 'selected' : ''}" aria-selected="${selection.has(p.code)}">
      ${COLUMNS.map((c) => cell(c, p)).join('')}</tr>`).join('');
  };

  const cell = (c, p) => {
    if (c.key === 'name') {
      return `<td><button type="button" class="link unit-link" data-pick="${escape(p.code)}">${escape(p.name)}</button>${p.parentName ? `<div class="unit-sub">${escape(p.parentName)}</div>` : ''}</td>`;
    }
    if (c.key === 'status') return `<td>${chip(p.status, STATUS_WORDS[p.status] ?? p.statusText ?? '')}</td>`;
    return `<td class="${c.num ? 'num' : ''}">${escape(c.show ? c.show(c.value(p)) : c.value(p))}</td>`;
  };

  const options = (select, all, entries) => {
    const value = select.value;
    select.innerHTML = `<option value="">${all}</option>${entries.map(([v, label]) => `<option value="${escape(v)}">${escape(label)}</option>`).join('')}`;
    select.value = entries.some(([v]) => v === value) ? value : '';
  };

  for (const select of [filters.level, filters.type, filters.status]) select.addEventListener('change', draw);
  filters.level.addEventListener('change', () => (filters.level.dataset.touched = 'true'));
  filters.text.addEventListener('input', draw);
  for (const th of root.querySelectorAll('th[data-key]')) {
    th.querySelector('button').addEventListener('click', () => {
      sort = { key: th.dataset.key, ascending: sort.key === th.dataset.key ? !sort.ascending : true };
      draw();
    });
  }
  q('tbody').addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-code]');
    if (tr) pick(tr.dataset.code);
  });

  return {
    // The units shown on the map now (the baseline or the open scenario).
    render(features) {
      units = features.filter((f) => f.properties.level !== 'unassigned').map((f) => f.properties);
      const levels = [...new Set(units.map((p) => p.level))];
      options(filters.level, 'Tất cả', [['commune', 'Cấp xã'], ['district', 'Cấp huyện']].filter(([v]) => levels.includes(v)));
      if (!filters.level.value && levels.includes('commune') && levels.length > 1 && !filters.level.dataset.touched) filters.level.value = 'commune';
      const types = new Map(units.map((p) => [p.type, p.typeName ?? p.type]));
      options(filters.type, 'Tất cả', [...types].sort((a, b) => a[1].localeCompare(b[1], 'vi')));
      const statuses = [...new Set(units.map((p) => p.status))];
      options(filters.status, 'Tất cả', Object.entries(STATUS_WORDS).filter(([s]) => statuses.includes(s)));
      draw();
    },
    // Highlights the rows of the units selected on the map; the first newly selected row is scrolled into view.
    select(codes) {
      const added = codes.find((c) => !selection.has(c));
      selection = new Set(codes);
      for (const tr of root.querySelectorAll('tr[data-code]')) {
        const on = selection.has(tr.dataset.code);
        tr.classList.toggle('selected', on);
        tr.setAttribute('aria-selected', String(on));
      }
      if (added) root.querySelector(`tr[data-code="${CSS.escape(added)}"]`)?.scrollIntoView({ block: 'nearest' });
    },
  };
}
