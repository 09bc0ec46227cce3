// Printed maps of part of the province: the view on screen, or the selected units with their neighbours, as PNG
// and PDF. The address is made when the link is followed, from the view and the selection of that moment.

import { banner } from './messages.js';

const $ = (id) => document.getElementById(id);

const AREAS = [
  { area: 'view', label: 'Bản đồ vùng đang xem' },
  { area: 'selection', label: 'Bản đồ đơn vị đang chọn và giáp ranh' },
];

// Adds the links under the downloads; urlOf(name) is the address of a download, viewBounds() and selection() the
// current view ("W,S,E,N") and the selected codes.
export function renderAreaMaps(downloads, urlOf, viewBounds, selection) {
  const formats = downloads.filter((d) => d.available && (d.name === 'map.png' || d.name === 'map.pdf'));
  const box = $('downloads');
  for (const { area, label } of AREAS) {
    for (const d of formats) {
      const a = document.createElement('a');
      a.className = 'download';
      a.dataset.area = area;
      a.dataset.format = d.name;
      a.setAttribute('download', '');
      a.href = urlOf(d.name);
      a.innerHTML = `<span class="d-name"></span><span class="d-file"></span>`;
      a.querySelector('.d-name').textContent = `${label} (${d.name === 'map.png' ? 'PNG' : 'PDF'})`;
      a.querySelector('.d-file').textContent = d.name;
      a.addEventListener('click', (e) => {
        const query = area === 'view' ? view(viewBounds()) : chosen(selection());
        if (!query) {
          e.preventDefault();
          banner(area === 'view' ? 'Bản đồ chưa hiển thị.' : 'Chọn ít nhất một đơn vị trên bản đồ trước.');
          return;
        }
        const url = new URL(urlOf(d.name), location.href);
        for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
        a.href = url.pathname + url.search;
      });
      box.appendChild(a);
    }
  }
}

const view = (bounds) => (bounds ? { bbox: bounds } : null);
const chosen = (codes) => (codes.length ? { units: codes.join(','), neighbours: 'true' } : null);
