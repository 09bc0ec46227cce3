// Dialogs for the operations. Each builds one operation as scenario files write it (data/scenarios/scenario.schema.json)
// and hands it to `submit`, which applies it; a refusal is shown in the dialog, which stays open.

import { escape, isoDate, km2, people } from './format.js';
import { livePreview } from './preview.js';

const dialog = () => document.getElementById('dialog');

const COMMUNE_TYPES = [
  ['xa', 'Xã'],
  ['phuong', 'Phường'],
  ['thi-tran', 'Thị trấn'],
];

// Opens the dialog with `html` inside a form; resolves when it closes.
export function open(html, submit) {
  const d = dialog();
  d.innerHTML = `<form method="dialog" novalidate>${html}<div class="error" hidden></div>
    <div class="actions"><button type="button" class="secondary" data-cancel>Hủy</button><button type="submit" class="primary" data-submit></button></div></form>`;
  const form = d.querySelector('form');
  const error = form.querySelector('.error');
  const button = form.querySelector('[data-submit]');
  button.textContent = form.querySelector('[data-submit-label]')?.dataset.submitLabel ?? 'Áp dụng';
  return new Promise((resolve) => {
    const close = (value) => {
      d.close();
      resolve(value);
    };
    form.querySelector('[data-cancel]').addEventListener('click', () => close(null));
    d.addEventListener('cancel', () => resolve(null), { once: true });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.hidden = true;
      button.disabled = true;
      try {
        const value = await submit(form);
        if (value !== undefined) close(value);
      } catch (problem) {
        error.textContent = problem.message;
        error.hidden = false;
      } finally {
        button.disabled = false;
      }
    });
    d.showModal();
    form.querySelector('input:not([type=hidden]), select')?.focus();
  });
}

function fail(message) {
  throw new Error(message);
}

// "Xã Long Đức" → "Long Đức" as GSO writes names of xã and thị trấn; "Phường 3" keeps its word.
function gsoName(fullName, type) {
  const word = COMMUNE_TYPES.find(([slug]) => slug === type)?.[1];
  return word && type !== 'phuong' && fullName.startsWith(word + ' ') ? fullName.slice(word.length + 1) : fullName;
}

function memberList(units) {
  const area = units.reduce((s, u) => s + (u.properties.areaKm2 ?? 0), 0);
  const pop = units.reduce((s, u) => s + (u.properties.population ?? 0), 0);
  return `<ul class="members">${units.map((u) => `<li><span>${escape(u.properties.name)} <span class="unit-sub">(${u.properties.code})</span></span>
    <span>${km2(u.properties.areaKm2)} km² · ${people(u.properties.population)} người</span></li>`).join('')}
    <li><b>Cộng</b><b>${km2(area)} km² · ${people(pop)} người</b></li></ul>`;
}

// `evaluate(operation)`, when given, previews the merged unit's compliance before the planner confirms; `proposed`, when
// given, is a merge proposed elsewhere (a group of a whole-province plan) whose new unit fills the form.
export function mergeDialog(units, submit, evaluate, proposed = null) {
  const options = units.map((u) => `<option value="${u.properties.code}">${escape(u.properties.name)} (${u.properties.code})</option>`).join('');
  const types = COMMUNE_TYPES.map(([slug, word]) => `<option value="${slug}">${word}</option>`).join('');
  const parents = [...new Map(units.map((u) => [u.properties.parentCode, u.properties.parentName ?? u.properties.parentCode])).entries()];
  const html = `<h2 data-submit-label="Nhập">Nhập ${units.length} đơn vị</h2>
    <p class="lead">Các đơn vị được nhập thành một đơn vị mới. ${evaluate ? 'Phần đánh giá ở cuối hộp thoại cho biết đơn vị mới đạt bao nhiêu phần trăm mỗi tiêu chuẩn và quy định áp dụng, theo tiêu chuẩn của ngày đang chọn, trước khi áp dụng.' : 'Theo Điều 4 NQ 35/2023/UBTVQH15, đơn vị hình thành sau khi nhập phải đạt tiêu chuẩn, trừ khi nhập từ 3 đơn vị trở lên.'}</p>
    ${memberList(units)}
    <label class="field"><span>Giữ mã của</span><select name="code">${options}</select><small>Đơn vị mới mang mã này (NQ 1277/2024 giữ mã 29242 cho Phường 3 mới).</small></label>
    <div class="two">
      <label class="field"><span>Tên đơn vị mới</span><input name="unitName" required maxlength="120"></label>
      <label class="field"><span>Loại</span><select name="type">${types}</select></label>
    </div>
    ${parents.length > 1 ? `<label class="field"><span>Trực thuộc</span><select name="parent">${parents.map(([code, name]) => `<option value="${escape(code)}">${escape(name)} (${escape(code)})</option>`).join('')}</select>
      <small>Các đơn vị thuộc ${parents.length} đơn vị cấp huyện khác nhau: chọn đơn vị cấp huyện của đơn vị mới.</small></label>` : ''}
    <label class="field"><span>Trụ sở (không bắt buộc)</span><input name="seat" maxlength="200"></label>
    ${evaluate ? '<section class="preview" aria-live="polite" aria-label="Đánh giá trước khi áp dụng"></section>' : ''}`;
  const build = (form) => {
    const name = form.elements.unitName.value.trim() || fail('Hãy nhập tên đơn vị mới.');
    const op = { op: 'merge', units: units.map((u) => u.properties.code), into: { code: form.elements.code.value, name: gsoName(name, form.elements.type.value), type: form.elements.type.value } };
    if (form.elements.parent) op.parent = form.elements.parent.value;
    if (form.elements.seat.value.trim()) op.into.seat = form.elements.seat.value.trim();
    return op;
  };
  const shown = open(html, (form) => submit(build(form)));
  const form = dialog().querySelector('form');
  const pick = () => {
    const unit = units.find((u) => u.properties.code === form.elements.code.value);
    form.elements.unitName.value = unit.properties.name;
    form.elements.type.value = unit.properties.type;
    if (form.elements.parent) form.elements.parent.value = unit.properties.parentCode;
  };
  form.elements.code.addEventListener('change', pick);
  if (proposed && units.some((u) => u.properties.code === proposed.into.code)) form.elements.code.value = proposed.into.code;
  pick();
  if (proposed) {
    form.elements.unitName.value = proposed.into.name;
    form.elements.type.value = proposed.into.type;
    if (form.elements.parent && proposed.parent) form.elements.parent.value = proposed.parent;
  }
  if (evaluate) livePreview(form, form.querySelector('.preview'), build, evaluate);
  return shown;
}

export function moveDialog(units, districts, submit) {
  const current = new Set(units.map((u) => u.properties.parentCode));
  const options = districts
    .filter((d) => !(current.size === 1 && current.has(d.properties.code)))
    .map((d) => `<option value="${d.properties.code}">${escape(d.properties.name)} (${d.properties.code})</option>`).join('');
  const html = `<h2 data-submit-label="Chuyển">Chuyển ${units.length} đơn vị sang huyện khác</h2>
    <p class="lead">Các đơn vị giữ nguyên tên, mã, loại và ranh giới; chỉ đổi đơn vị hành chính cấp huyện trực thuộc (như khi mở rộng thành phố).</p>
    ${memberList(units)}
    <label class="field"><span>Chuyển về</span><select name="to">${options}</select></label>`;
  return open(html, (form) => submit({ op: 'reassign', units: units.map((u) => u.properties.code), to: form.elements.to.value }));
}

export function renameDialog(unit, submit) {
  const html = `<h2 data-submit-label="Đổi tên">Đổi tên ${escape(unit.properties.name)}</h2>
    <p class="lead">Mã, loại và ranh giới giữ nguyên.</p>
    <label class="field"><span>Tên mới</span><input name="unitName" required maxlength="120" value="${escape(unit.properties.name)}"></label>`;
  return open(html, (form) => {
    const name = form.elements.unitName.value.trim() || fail('Hãy nhập tên mới.');
    return submit({ op: 'rename', unit: unit.properties.code, name: gsoName(name, unit.properties.type) });
  });
}

// A part moved to a neighbour: a drawn polygon (ring of [lon, lat]) or, when ring is null, declared figures only.
export function transferDialog({ fromChoices, from, toChoices, ring }, submit) {
  const option = (u, selected) => `<option value="${u.properties.code}" ${selected ? 'selected' : ''}>${escape(u.properties.name)} — ${escape(u.properties.parentName ?? '')}</option>`;
  const declared = ring === null;
  const html = `<h2 data-submit-label="Điều chỉnh">Điều chỉnh một phần địa giới</h2>
    <p class="lead">${declared
      ? 'Chưa có bản đồ của phần điều chỉnh: diện tích được ghi theo số liệu công bố, ranh giới giữ nguyên và mọi kết quả đều ghi rõ “số liệu công bố”.'
      : 'Phần được chuyển là vùng đã vẽ, cắt theo ranh giới của đơn vị chuyển đi.'}</p>
    <div class="two">
      <label class="field"><span>Từ đơn vị</span><select name="from">${fromChoices.map((u) => option(u, u.properties.code === from)).join('')}</select></label>
      <label class="field"><span>Sang đơn vị</span><select name="to">${toChoices.map((u, i) => option(u, i === 0)).join('')}</select></label>
    </div>
    <div class="two">
      <label class="field"><span>Tên phần (ấp, khóm…)</span><input name="part" maxlength="160" placeholder="ấp Kinh Xáng"></label>
      <label class="field"><span>Số dân chuyển theo</span><input name="population" type="number" min="0" step="1" required></label>
    </div>
    ${declared ? `<div class="two">
      <label class="field"><span>Diện tích công bố (km²)</span><input name="area" type="number" min="0" step="0.01" required></label>
      <label class="field"><span>Nguồn số liệu</span><input name="source" maxlength="300" placeholder="Nghị quyết, điều, khoản"></label>
    </div>` : ''}`;
  return open(html, (form) => {
    const population = Number.parseInt(form.elements.population.value, 10);
    if (!Number.isInteger(population) || population < 0) fail('Hãy nhập số dân chuyển theo phần này (có thể là 0).');
    if (form.elements.from.value === form.elements.to.value) fail('Đơn vị nhận phải khác đơn vị chuyển đi.');
    const part = { from: form.elements.from.value, population };
    if (form.elements.part.value.trim()) part.name = form.elements.part.value.trim();
    if (declared) {
      const area = Number.parseFloat(form.elements.area.value);
      if (!(area > 0)) fail('Hãy nhập diện tích công bố lớn hơn 0.');
      part.declared = { area_km2: area };
      if (form.elements.source.value.trim()) part.declared.source = form.elements.source.value.trim();
    } else {
      part.polygon = { type: 'Polygon', coordinates: [ring] };
    }
    return submit({ op: 'transfer', part, to: form.elements.to.value });
  });
}

// Title, effective date (dd/mm/yyyy) and description of a scenario. `submit` adds the version the page holds when
// the planner presses "Lưu", so a second edit (or one after a refusal) names the scenario's current version.
export function describeDialog(scenario, submit) {
  const effective = scenario.effectiveDate ? scenario.effectiveDate.split('-').reverse().join('/') : '';
  const html = `<h2 data-submit-label="Lưu">Thông tin phương án</h2>
    <p class="lead">${scenario.file ? `Được lưu vào tệp ${escape(scenario.file)}` : 'Được lưu trong cơ sở dữ liệu dùng chung, mỗi lần sửa là một phiên bản có ghi tên người sửa'}; ngày hiệu lực là ngày mặc định để đánh giá phương án.</p>
    <label class="field"><span>Tên phương án</span><input name="title" required maxlength="300" value="${escape(scenario.title)}"></label>
    <label class="field"><span>Ngày hiệu lực (ngày/tháng/năm, không bắt buộc)</span><input name="effective" maxlength="10" placeholder="01/01/2025" value="${escape(effective)}"></label>
    <label class="field"><span>Mô tả</span><textarea name="description" maxlength="4000">${escape(scenario.description ?? '')}</textarea></label>`;
  return open(html, (form) => {
    const title = form.elements.title.value.trim() || fail('Hãy nhập tên phương án.');
    const text = form.elements.effective.value.trim();
    const effectiveDate = text ? isoDate(text) : null;
    if (text && !effectiveDate) fail(`Ngày hiệu lực “${text}” không có trên lịch hoặc không đúng dạng ngày/tháng/năm (ví dụ 01/07/2025).`);
    return submit({ title, description: form.elements.description.value.trim() || null, effectiveDate });
  });
}

export function confirmDialog(title, text, label) {
  const html = `<h2 data-submit-label="${escape(label)}">${escape(title)}</h2><p class="lead">${escape(text)}</p>`;
  return open(html, () => true);
}

// For the dialogs kept in their own files (suggestions, comparison).
export { open as openDialog };
