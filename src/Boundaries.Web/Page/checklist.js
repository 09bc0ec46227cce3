// The checklist of the units the law asks to deal with: under an arrangement programme the units that must be
// arranged, otherwise the units below the standard, as of the date evaluated. It is made from the baseline and stays
// while a scenario is open; each unit ticks itself once the scenario resolves it — it meets the standard, or it is
// part of a unit that meets it or that the programme permits (NQ 35/2023/UBTVQH15 Điều 4).

import { escape, percent } from './format.js';

const RESOLVED = new Set(['meets', 'permitted', 'exempt']);

// The units to deal with in the baseline, derived from what is shown: a unit the scenario left alone keeps its
// baseline status; one it changed has its baseline status in the before → after table.
function listed(snapshot) {
  const wanted = snapshot.table.programme ? 'must-arrange' : 'below';
  const before = new Map(snapshot.table.rows.filter((r) => r.level === 'commune' && r.before).map((r) => [r.code, r.before]));
  const items = [];
  for (const f of snapshot.units.features) {
    const p = f.properties;
    if (p.level !== 'commune' || before.has(p.code)) continue;
    if (p.status === wanted) items.push({ code: p.code, name: p.name, parentName: p.parentName, areaPercent: p.areaPercent, populationPercent: p.populationPercent });
  }
  for (const [code, b] of before) {
    if (b.status === wanted) items.push({ code, name: b.name, parentName: b.parentName, areaPercent: b.areaPercent, populationPercent: b.populationPercent });
  }
  return { wanted, items: items.sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true }) || a.code.localeCompare(b.code)) };
}

// How the open scenario stands for one listed unit: resolved or not, and in words.
function standing(item, snapshot, byCode) {
  const now = byCode.get(item.code);
  const row = snapshot.table.rows.find((r) => r.code === item.code);
  if (now && !row) return { done: false, text: 'chưa xử lý', target: item.code };
  if (now) {
    const done = RESOLVED.has(now.status);
    return { done, text: `${row.after?.name && row.after.name !== item.name ? `thành ${row.after.name} · ` : ''}${now.statusText}`, target: item.code };
  }
  const into = (row?.wentTo ?? []).map((c) => byCode.get(c)).filter(Boolean);
  if (!into.length) return { done: false, text: 'không còn', target: item.code };
  const done = into.every((u) => RESOLVED.has(u.status));
  return { done, text: `đã nhập vào ${into.map((u) => u.name).join(', ')} · ${into.map((u) => u.statusText).join('; ')}`, target: into[0].code };
}

export function renderChecklist(root, snapshot, pick) {
  const { wanted, items } = listed(snapshot);
  const byCode = new Map(snapshot.units.features.filter((f) => f.properties.level === 'commune').map((f) => [f.properties.code, f.properties]));
  const rows = items.map((item) => ({ item, ...standing(item, snapshot, byCode) }));
  const done = rows.filter((r) => r.done).length;
  const title = wanted === 'must-arrange' ? 'Đơn vị thuộc diện sắp xếp' : 'Đơn vị chưa đạt tiêu chuẩn';
  const open = root.querySelector('details')?.open ?? true;
  root.innerHTML = items.length === 0 ? '' : `<details ${open ? 'open' : ''}>
    <summary><span class="checklist-title">${title}</span> <span class="checklist-count" data-done="${done}">đã xử lý ${done}/${items.length}</span></summary>
    <ul class="checklist" aria-label="${title}">${rows.map(({ item, done: ok, text, target }) => `<li data-code="${escape(item.code)}" class="${ok ? 'done' : ''}">
      <input type="checkbox" id="check-${escape(item.code)}" disabled ${ok ? 'checked' : ''}>
      <label for="check-${escape(item.code)}"><span class="unit-name">${escape(item.name)}</span>
        <span class="unit-sub"> · ${escape(item.parentName ?? '')} · ${percent(item.areaPercent)} DT · ${percent(item.populationPercent)} DS</span>
        <span class="check-state">${escape(ok ? `✓ ${text}` : text)}</span></label>
      <button type="button" class="link" data-target="${escape(target)}" aria-label="Xem ${escape(item.name)} trên bản đồ">Xem</button></li>`).join('')}</ul>
  </details>`;
  for (const button of root.querySelectorAll('[data-target]')) button.addEventListener('click', () => pick(button.dataset.target));
}
