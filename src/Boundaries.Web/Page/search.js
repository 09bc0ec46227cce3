// The search box: finds communes and districts by name (diacritics optional) or code; picking one zooms to it and
// selects a commune.

import { escape, fold } from './format.js';

// `features()` gives the units shown now; `pick(feature)` acts on the one chosen.
export function wireSearch(input, list, features, pick) {
  let matches = [];
  const choose = (f) => {
    list.hidden = true;
    input.value = '';
    pick(f);
  };
  input.addEventListener('input', () => {
    const q = fold(input.value.trim());
    if (!q) {
      list.hidden = true;
      return;
    }
    const district = (f) => (f.properties.level === 'district' ? 0 : 1);
    matches = features()
      .filter((f) => f.properties.level !== 'unassigned' && (fold(f.properties.name).includes(q) || f.properties.code.startsWith(q)))
      .sort((a, b) => district(a) - district(b) || a.properties.name.localeCompare(b.properties.name, 'vi'))
      .slice(0, 14);
    list.innerHTML = matches.map((f, i) => `<li data-i="${i}"><span>${escape(f.properties.name)}</span>
      <span class="sub">${escape(f.properties.level === 'district' ? 'cấp huyện' : f.properties.parentName ?? '')}</span></li>`).join('')
      || '<li class="sub">Không tìm thấy</li>';
    list.hidden = false;
    for (const li of list.querySelectorAll('li[data-i]')) {
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(matches[Number(li.dataset.i)]);
      });
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && matches.length) choose(matches[0]);
    if (e.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
}
