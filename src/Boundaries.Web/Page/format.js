// Vietnamese number conventions, written out so they do not depend on the browser's locale data:
// "1.009.168" for thousands, "1,47" for decimals, dates as 31/12/2025.

export function number(value, decimals = 0) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (value < 0 && Number(fixed) !== 0 ? '−' : '') + grouped + (fraction ? ',' + fraction : '');
}

export const km2 = (value) => number(value, 2);
export const people = (value) => number(value, 0);
export const percent = (value) => (value === null || value === undefined ? '—' : number(value, 2) + ' %');

export function date(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

// "13/6/2023" → "2023-06-13"; null when the text is not a day of the calendar (31/02, 29/02/2023) or not in that form.
export function isoDate(text) {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(text).trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const real = new Date(Date.UTC(year, month - 1, day));
  if (real.getUTCFullYear() !== year || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return null;
  return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

export function time(iso) {
  const t = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(t.getHours())}:${pad(t.getMinutes())} ${pad(t.getDate())}/${pad(t.getMonth() + 1)}/${t.getFullYear()}`;
}

export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// Folds Vietnamese letters to ASCII for searching ("Hòa Thuận" matches "hoa thuan").
export function fold(text) {
  return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
