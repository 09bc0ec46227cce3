// Undo and redo of this browser tab. The scenario's operations are one list on the server, shared by every tab that
// opens it; a tab takes back only the operations it made itself since another tab last changed the scenario, and
// redoes only what it took back. A tab that opened a scenario nobody else has changed since may undo all of it.

const tabs = new Map(); // scenario id → { version, own: operations this tab may undo, undone: operations it may redo }

// Called with every scenario the page shows. A version this tab did not make means another tab (or another planner)
// changed the scenario: from then on this tab undoes only what it does itself.
export function seen(scenario) {
  if (!scenario) return;
  const known = tabs.get(scenario.id);
  if (!known) tabs.set(scenario.id, { version: scenario.version, own: Infinity, undone: Infinity });
  else if (known.version !== scenario.version) tabs.set(scenario.id, { version: scenario.version, own: 0, undone: 0 });
}

// Called with the scenario an operation, undo or redo of this tab produced (before `seen`).
export function made(scenario, kind) {
  const known = tabs.get(scenario.id) ?? { own: Infinity, undone: Infinity };
  const own = kind === 'undo' ? known.own - 1 : known.own + 1;
  const undone = kind === 'undo' ? known.undone + 1 : kind === 'redo' ? known.undone - 1 : 0;
  tabs.set(scenario.id, { version: scenario.version, own, undone });
}

// Also for an edit of the title or date in this tab: nothing to undo, but the version is this tab's.
export function described(scenario) {
  const known = tabs.get(scenario.id);
  if (known) known.version = scenario.version;
}

export function canUndo(scenario) {
  return Boolean(scenario && scenario.operations.length > 0 && (tabs.get(scenario.id)?.own ?? Infinity) > 0);
}

export function canRedo(scenario) {
  return Boolean(scenario && scenario.redo.length > 0 && (tabs.get(scenario.id)?.undone ?? Infinity) > 0);
}

export const OTHER_TAB = 'Thao tác cuối cùng của phương án được làm ở thẻ (cửa sổ) khác; thẻ này chỉ hoàn tác, làm lại thao tác do chính nó thực hiện.';
