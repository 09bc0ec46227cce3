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
