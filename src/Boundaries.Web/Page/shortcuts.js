// Keyboard shortcuts: one letter for each tool, named on its button (aria-keyshortcuts and the tooltip) and listed in
// the help dialog ("?"). They act only when no field or dialog has the focus.

import { openDialog } from './dialogs.js';
import { escape } from './format.js';

// [key, what it does, the button it presses (or null), the action's name in `actions`]
const SHORTCUTS = [
  ['/', 'Tìm đơn vị', null, 'search'],
  ['N', 'Nhập các đơn vị đang chọn', 'btn-merge'],
  ['G', 'Gợi ý đơn vị liền kề để nhập', 'btn-suggest'],
  ['H', 'Chuyển huyện', 'btn-move'],
  ['P', 'Điều chỉnh một phần', 'btn-transfer'],
  ['R', 'Đổi tên', 'btn-rename'],
  ['B', 'Mở bảng đơn vị', null, 'table'],
  ['+', 'Phóng to bản đồ', 'zoom-in'],
  ['-', 'Thu nhỏ bản đồ', 'zoom-out'],
  ['0', 'Xem toàn tỉnh', 'zoom-fit'],
  ['Ctrl+Z', 'Hoàn tác', 'btn-undo'],
  ['Ctrl+Y', 'Làm lại', 'btn-redo'],
  ['Esc', 'Bỏ chọn, hoặc hủy vẽ'],
  ['?', 'Danh sách phím tắt', null, 'help'],
];

export function showShortcuts() {
  return openDialog(`<h2 data-submit-label="Đóng">Phím tắt</h2>
    <p class="lead">Dùng được khi con trỏ không ở trong ô nhập liệu.</p>
    <table class="changes-table shortcuts"><thead><tr><th scope="col">Phím</th><th scope="col">Tác dụng</th></tr></thead>
    <tbody>${SHORTCUTS.map(([key, what]) => `<tr><td><kbd>${escape(key)}</kbd></td><td>${escape(what)}</td></tr>`).join('')}</tbody></table>`, () => true);
}

// `actions` gives the shortcuts without a button: search, table, help. Returns true when the key was handled.
export function wireShortcuts(actions) {
  for (const [key, , id] of SHORTCUTS) {
    const button = id && document.getElementById(id);
    if (!button) continue;
    button.setAttribute('aria-keyshortcuts', key.replace('Ctrl+', 'Control+'));
    if (!button.title.includes('(')) button.title = `${button.title} (${key})`;
  }
  return (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
    const shortcut = SHORTCUTS.find(([k]) => k === key || (k === '+' && key === '='));
    if (!shortcut) return false;
    const [, , id, action] = shortcut;
    if (id) {
      const button = document.getElementById(id);
      if (!button || button.disabled) return false;
      button.click();
    } else if (action && actions[action]) {
      actions[action]();
    } else {
      return false;
    }
    e.preventDefault();
    return true;
  };
}
