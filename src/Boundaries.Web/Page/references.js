// The reference layers in the legend: the other baseline's communes and districts, the province outline, the seats.
// Each is a checkbox; its lines are fetched the first time it is turned on (never in the first load) and drawn
// without fill under the labels. A layer the data does not have is listed, disabled, with the reason.

import { api, expandGeometry } from './api.js';
import { report } from './messages.js';

export function renderReferences(box, entries, map) {
  box.hidden = !entries?.length;
  if (box.hidden) return;
  box.innerHTML = '<legend class="l-title">Lớp tham chiếu</legend>';
  for (const entry of entries) {
    const row = document.createElement('label');
    row.className = 'l-row';
    row.innerHTML = `<input type="checkbox"><span class="swatch ref-${entry.id}"></span><span></span>`;
    const input = row.querySelector('input');
    input.dataset.reference = entry.id;
    input.disabled = !entry.available;
    row.lastElementChild.textContent = entry.label;
    const note = document.createElement('div');
    note.className = 'l-note';
    note.id = `reference-note-${entry.id}`;
    note.hidden = true;
    input.addEventListener('change', () => toggle(entry.id, input, note, map));
    box.append(row, note);
  }
}

const loaded = new Map();

async function toggle(id, input, note, map) {
  if (!input.checked) {
    map.hideReference(id);
    note.hidden = true;
    return;
  }
  try {
    input.disabled = true;
    if (!loaded.has(id)) {
      const layer = await api.reference(id);
      for (const shape of layer.shapes) shape.geometry = expandGeometry(shape.geometry);
      loaded.set(id, layer);
    }
    const layer = loaded.get(id);
    map.showReference(id, layer.shapes);
    note.textContent = layer.note ?? '';
    note.hidden = !layer.note;
  } catch (e) {
    input.checked = false;
    report(e);
  } finally {
    input.disabled = false;
  }
}
