// Printed maps of part of the province: the view on screen, the selected units with their neighbours, or (when the
// dataset has districts) one district chosen in a list, as PNG and PDF. The address is made when the link is
// followed, from the view, the selection and the district of that moment.

import { banner } from './messages.js';

const $ = (id) => document.getElementById(id);

const AREAS = [
  { area: 'view', label: 'Bản đồ vùng đang xem' },
  { area: 'selection', label: 'Bản đồ đơn vị đang chọn và giáp ranh' },
];

// Adds the links under the downloads; urlOf(name) is the address of a download, viewBounds() and selection() the
// current view ("W,S,E,N") and the selected codes, districts the district features ([] for a two-tier province).
export function renderAreaMaps(downloads, urlOf, viewBounds, selection, districts) {
  const formats = downloads.filter((d) => d.available && (d.name === 'map.png' || d.name === 'map.pdf'));
  const box = $('downloads');
  const district = formats.length ? districtList(box, districts) : null;
  const query = {
    view: () => view(viewBounds()),
    selection: () => chosen(selection()),
    district: () => ({ district: district.value }),
  };
  const areas = district ? [...AREAS, { area: 'district', label: 'Bản đồ đơn vị cấp huyện đã chọn' }] : AREAS;
  for (const { area, label } of areas) {
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
        const asked = query[area]();
        if (!asked) {
          e.preventDefault();
          banner(area === 'view' ? 'Bản đồ chưa hiển thị.' : 'Chọn ít nhất một đơn vị trên bản đồ trước.');
          return;
        }
        const url = new URL(urlOf(d.name), location.href);
        for (const [k, v] of Object.entries(asked)) url.searchParams.set(k, v);
        a.href = url.pathname + url.search;
      });
      box.appendChild(a);
    }
  }
}

const view = (bounds) => (bounds ? { bbox: bounds } : null);
const chosen = (codes) => (codes.length ? { units: codes.join(','), neighbours: 'true' } : null);

// The list of districts for the district map, sorted by name; null when there is none.
function districtList(box, districts) {
  if (!districts.length) return null;
  const label = document.createElement('label');
  label.className = 'area-district';
  label.innerHTML = '<span>Bản đồ đơn vị cấp huyện</span><select id="map-district"></select>';
  const select = label.querySelector('select');
  for (const d of [...districts].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'vi'))) {
    select.add(new Option(d.properties.name, d.properties.code));
  }
  box.appendChild(label);
  return select;
}
