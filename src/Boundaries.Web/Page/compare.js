// Two scenarios side by side (as `boundaries scenario diff --project`): the details, the operations and the units that differ.

import { openDialog } from './dialogs.js';
import { escape, km2, people } from './format.js';

const SIGN = { '=': ['same', 'Cả hai'], '-': ['left', 'Chỉ phương án thứ nhất'], '+': ['right', 'Chỉ phương án thứ hai'] };

export function comparisonDialog(diff) {
  const side = (u) => (u ? `${escape(u.name)} · ${escape(u.type)}${u.parent ? ` · ${escape(u.parent)}` : ''}<br>${km2(u.areaKm2)} km² · ${people(u.population)} người` : 'không có');
  const html = `<h2 data-submit-label="Đóng">So sánh hai phương án</h2>
    <p class="lead">Thứ nhất: <b>${escape(diff.left.title)}</b> · thứ hai: <b>${escape(diff.right.title)}</b></p>
    ${diff.details.length ? `<div class="section-title">Thông tin khác nhau</div><ul class="summary">${diff.details.map((d) => `<li>${escape(d.label)}: ${escape(d.left ?? '—')} → ${escape(d.right ?? '—')}</li>`).join('')}</ul>` : ''}
    <div class="section-title">Thao tác</div>
    <ol class="diff-ops">${diff.operations.map((o) => `<li class="diff-${SIGN[o.sign][0]}"><span class="diff-sign">${SIGN[o.sign][1]}</span> ${o.number}. ${escape(o.text)}</li>`).join('') || '<li>Cả hai chưa có thao tác nào.</li>'}</ol>
    <div class="section-title">Đơn vị khác nhau sau phương án</div>
    ${diff.refusal ? `<p class="declared-note">Không so sánh được kết quả: ${escape(diff.refusal)}</p>`
      : diff.units.length ? `<div class="units-scroll" tabindex="0"><table class="changes-table diff-units"><thead><tr><th scope="col">Mã</th><th scope="col">Phương án thứ nhất</th><th scope="col">Phương án thứ hai</th></tr></thead>
        <tbody>${diff.units.map((u) => `<tr data-code="${escape(u.code)}"><td>${escape(u.code)}</td><td>${side(u.left)}</td><td>${side(u.right)}</td></tr>`).join('')}</tbody></table></div>`
      : '<p class="empty">Hai phương án cho cùng kết quả.</p>'}`;
  return openDialog(html, () => true);
}
