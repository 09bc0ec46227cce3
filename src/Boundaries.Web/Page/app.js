// The planner page: wires the map, the panel, the dialogs and the API together.

import { api, ApiProblem } from './api.js';
import { PlannerMap } from './map.js';
import * as panel from './panel.js';
import * as dialogs from './dialogs.js';
import { date, escape, isoDate } from './format.js';
import { showScale, showTooltip } from './furniture.js';
import { banner, busy, report } from './messages.js';
import { wireSearch } from './search.js';
import { renderAreaMaps } from './areamaps.js';
import { centroid, contains, touches } from './geometry.js';
import { unitTable } from './table.js';
import { renderChecklist } from './checklist.js';
import { suggestionDialog } from './suggest.js';
import { comparisonDialog } from './compare.js';
import { showShortcuts, wireShortcuts } from './shortcuts.js';
import * as tab from './tab-history.js';
import { renderReferences } from './references.js';

const $ = (id) => document.getElementById(id);

// The engine's checks (OperationRefusal.Check) in the planner's words; its own message follows, with the figures.
const REFUSALS = {
  'unknown-unit': 'Không có đơn vị này trong bản đồ',
  'not-adjacent': 'Các đơn vị không liền kề nhau',
  'area-not-conserved': 'Diện tích toàn tỉnh không được bảo toàn',
  'population': 'Số dân không hợp lệ',
  'parent': 'Đơn vị cấp trên chưa phù hợp',
  'level': 'Các đơn vị không cùng cấp',
  'code-in-use': 'Mã đã được dùng cho đơn vị khác',
  'part': 'Phần điều chỉnh không hợp lệ',
  'type': 'Loại đơn vị không phù hợp',
  'no-change': 'Thao tác không thay đổi gì',
  'repeated-unit': 'Một đơn vị được nêu hai lần',
  'not-one-piece': 'Đơn vị sau thao tác bị tách thành nhiều mảnh',
  'dissolve': 'Không thể giải thể như vậy',
  'reassign': 'Không thể chuyển như vậy',
  'merge': 'Không thể nhập như vậy',
  'establish': 'Không thể thành lập như vậy',
};

const state = {
  project: null,
  asOf: null,
  scenario: null,
  table: null,
  units: null,
  selection: [],
  downloads: [],
  scenarios: [],
};

let map;
let units;
let plans = null; // the whole-province plan panel, loaded on first use (plan.js)

// --- start ------------------------------------------------------------------------------------------------------
async function start() {
  map = new PlannerMap($('map'), { select: toggle, hover: showTooltip, viewChanged: showScale, reservedRight: legendWidth });
  units = unitTable($('units-table'), { pick: pickUnit });
  wireToolbar();
  wirePanel();
  wireKeys();
  try {
    state.project = await api.project();
    state.downloads = await api.downloads();
    $('dataset').textContent = state.project.dataset;
    state.asOf = state.project.defaultAsOf;
    $('as-of').value = date(state.asOf);
    // Listed before the first fit, which keeps the province clear of the legend.
    renderReferences($('reference-layers'), state.project.references, map);
    const wanted = new URLSearchParams(location.hash.slice(1)).get('phuong-an');
    if (wanted) await openScenario(wanted, { fit: true });
    else await showBaseline({ fit: true });
    await refreshList();
    document.body.dataset.ready = 'true';
  } catch (e) {
    report(e);
  }
}

// --- what is shown ----------------------------------------------------------------------------------------------
// An operation's answer (it has "removed") carries only the units added or changed: they are patched onto those shown.
function show(snapshot, { fit = false } = {}) {
  state.scenario = snapshot.scenario ?? null;
  tab.seen(state.scenario);
  state.table = snapshot.table;
  if (snapshot.removed) {
    const gone = new Set([...snapshot.removed, ...snapshot.units.features.map((f) => f.properties.code)]);
    state.units = { ...state.units, features: [...state.units.features.filter((f) => !gone.has(f.properties.code)), ...snapshot.units.features] };
  } else {
    state.units = snapshot.units;
  }
  panel.renderLegend(state.units.features);
  if (snapshot.removed) map.patchFeatures(snapshot.units.features, snapshot.removed);
  else map.setFeatures(snapshot.units, { fit });
  const known = new Set(state.units.features.filter((f) => f.properties.level === 'commune').map((f) => f.properties.code));
  setSelection(state.selection.filter((c) => known.has(c)));
  panel.renderCard(state.scenario, state.project);
  if (state.scenario) panel.renderTable(state.table, focusUnit);
  else panel.renderBaseline(state.table, state.units.features, focusUnit);
  panel.renderLog(state.scenario);
  units.render(state.units.features);
  units.select(state.selection);
  renderChecklist($('checklist'), { ...snapshot, units: state.units }, pickUnit);
  panel.renderDownloads(state.downloads, state.scenario, (name) => api.downloadUrl(state.scenario?.id, name, state.asOf));
  renderAreaMaps(state.downloads, (name) => api.downloadUrl(state.scenario?.id, name, state.asOf), () => map.viewBounds(), () => state.selection,
    state.units.features.filter((f) => f.properties.level === 'district'));
  renderList();
  plans?.refresh();
  history.replaceState(null, '', state.scenario ? `#phuong-an=${encodeURIComponent(state.scenario.id)}` : location.pathname);
  updateButtons();
}

async function showBaseline(options) {
  show(await busy(api.baseline(state.asOf)), options);
}

// Opening a scenario evaluates it as of its effective date when it has one (the server's default), and the page
// follows; `keepDate` keeps the date the planner chose instead.
async function openScenario(id, { keepDate = false, ...options } = {}) {
  const snapshot = await busy(api.result(id, keepDate ? state.asOf : null));
  state.asOf = snapshot.table.asOf;
  $('as-of').value = date(state.asOf);
  show(snapshot, options);
  selectTab('result');
}

async function reload() {
  if (state.scenario) await openScenario(state.scenario.id, { keepDate: true });
  else await showBaseline();
}

async function refreshList() {
  state.scenarios = await api.scenarios();
  renderList();
}

function renderList() {
  panel.renderScenarioList(state.scenarios, state.scenario?.id, { open: (id) => openScenario(id).catch(report), remove: removeScenario, compare: (id) => compareWith(id).catch(report) });
}

// --- selection --------------------------------------------------------------------------------------------------
function toggle(code) {
  const has = state.selection.includes(code);
  setSelection(has ? state.selection.filter((c) => c !== code) : [...state.selection, code]);
}

function setSelection(codes) {
  state.selection = codes;
  map.setSelection(codes);
  units?.select(codes);
  const chips = $('selection-chips');
  chips.innerHTML = codes.map((c) => `<span class="sel-chip" data-code="${escape(c)}">${escape(feature(c)?.properties.name ?? c)}<button title="Bỏ chọn" data-unselect="${escape(c)}">×</button></span>`).join('');
  for (const b of chips.querySelectorAll('[data-unselect]')) b.addEventListener('click', () => toggle(b.dataset.unselect));
  $('selection-bar').hidden = codes.length === 0;
  updateButtons();
}

function feature(code) {
  return state.units?.features.find((f) => f.properties.code === code);
}

function selectedFeatures() {
  return state.selection.map(feature).filter(Boolean);
}

function focusUnit(code) {
  const f = feature(code);
  if (!f) return;
  map.zoomToCode(code, f.properties.level === 'district' ? 0.08 : 1.5);
}

// A unit picked from the table or the checklist: zoom to it and, for a commune, select it.
function pickUnit(code) {
  focusUnit(code);
  if (feature(code)?.properties.level === 'commune' && !state.selection.includes(code)) toggle(code);
}

function updateButtons() {
  const n = state.selection.length;
  $('btn-suggest').disabled = n !== 1;
  $('btn-merge').disabled = n < 2;
  $('btn-move').disabled = n < 1;
  $('btn-transfer').disabled = n > 1;
  $('btn-rename').disabled = n !== 1;
  const otherTab = (can, list) => state.scenario && state.scenario[list].length > 0 && !can(state.scenario);
  $('btn-undo').disabled = !tab.canUndo(state.scenario);
  $('btn-undo').title = otherTab(tab.canUndo, 'operations') ? tab.OTHER_TAB : 'Hoàn tác (Ctrl+Z)';
  $('btn-redo').disabled = !tab.canRedo(state.scenario);
  $('btn-redo').title = otherTab(tab.canRedo, 'redo') ? tab.OTHER_TAB : 'Làm lại (Ctrl+Y)';
}

// The legend floats over the map's lower right corner: the province is fitted left of it.
function legendWidth() {
  const legend = $('legend').getBoundingClientRect();
  return legend.width ? $('map-frame').getBoundingClientRect().right - legend.left : 0;
}

// --- operations -------------------------------------------------------------------------------------------------
async function ensureScenario() {
  if (state.scenario) return state.scenario;
  const now = new Date();
  const title = `Phương án ngày ${date(now.toISOString().slice(0, 10))} ${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  show(await busy(api.createScenario(title, state.asOf)));
  refreshList().catch(report);
  return state.scenario;
}

// Applies an operation; a refusal or a version conflict is thrown for the dialog to show.
async function apply(operation) {
  const scenario = await ensureScenario();
  try {
    const snapshot = await busy(api.apply(scenario.id, scenario.version, operation, state.asOf));
    tab.made(snapshot.scenario, 'apply');
    state.selection = [];
    show(snapshot);
    selectTab('result');
    refreshList().catch(report);
    return snapshot;
  } catch (e) {
    if (e instanceof ApiProblem && e.type === 'operation-refused') {
      throw new Error(`${REFUSALS[e.problem.check] ?? 'Thao tác bị từ chối'}: ${e.message}`);
    }
    if (e instanceof ApiProblem && e.status === 409 && e.type === 'version-conflict') {
      await conflict(e);
      // The server's words name who saved since, when and what (a shared project), or the version it is at now.
      throw new Error(`${e.message} Phương án đã được tải lại (nay là phiên bản ${e.problem.currentVersion}); thao tác này chưa được áp dụng. Xem lại bản đồ rồi bấm lần nữa để áp dụng lên phiên bản mới.`);
    }
    throw e;
  }
}

async function step(kind) {
  const scenario = state.scenario;
  if (!scenario) return;
  if (!(kind === 'undo' ? tab.canUndo : tab.canRedo)(scenario)) {
    if (scenario[kind === 'undo' ? 'operations' : 'redo'].length) banner(tab.OTHER_TAB, 'warn');
    return;
  }
  try {
    const snapshot = await busy(kind === 'undo' ? api.undo(scenario.id, scenario.version, state.asOf) : api.redo(scenario.id, scenario.version, state.asOf));
    tab.made(snapshot.scenario, kind);
    show(snapshot);
    selectTab('result');
    refreshList().catch(report);
  } catch (e) {
    if (e instanceof ApiProblem && e.status === 409 && e.type === 'version-conflict') await conflict(e);
    else report(e);
  }
}

// Another tab or planner saved first: say who and show their version, never merge silently.
async function conflict(problem) {
  banner(`${problem.message} Đã tải lại phương án (phiên bản ${problem.problem.currentVersion}).`, 'warn');
  await reload();
}

function wireToolbar() {
  $('btn-merge').addEventListener('click', () => dialogs.mergeDialog(selectedFeatures(), apply, (op) => api.preview(state.scenario?.id, op, state.asOf)));
  $('btn-suggest').addEventListener('click', () => suggest().catch(report));
  $('btn-move').addEventListener('click', () => {
    const districts = state.units.features.filter((f) => f.properties.level === 'district').sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'vi'));
    dialogs.moveDialog(selectedFeatures(), districts, apply);
  });
  $('btn-rename').addEventListener('click', () => dialogs.renameDialog(selectedFeatures()[0], apply));
  $('btn-transfer').addEventListener('click', startTransfer);
  $('btn-undo').addEventListener('click', () => step('undo'));
  $('btn-redo').addEventListener('click', () => step('redo'));
  $('zoom-in').addEventListener('click', () => map.zoomBy(1.6));
  $('zoom-out').addEventListener('click', () => map.zoomBy(1 / 1.6));
  $('zoom-fit').addEventListener('click', () => map.fit());
  $('clear-selection').addEventListener('click', () => setSelection([]));
  $('draw-declared').addEventListener('click', () => {
    stopDrawing();
    transfer(null);
  });
  wireSearch($('search'), $('search-results'), () => state.units?.features ?? [], (f) => {
    focusUnit(f.properties.code);
    if (f.properties.level === 'commune' && !state.selection.includes(f.properties.code)) toggle(f.properties.code);
  });
}

// The hearing page asks for its notice (days, places, organiser) before it is downloaded.
$('downloads').addEventListener('click', async (e) => {
  const link = e.target.closest('a.download[href*="/hearing.html"]');
  if (!link) return;
  e.preventDefault();
  const { askNotice } = await import('./notice.js');
  askNotice(link.getAttribute('href'));
});

// The whole-province plan panel: its module is fetched the first time the planner opens it.
async function openPlans() {
  if (plans) return;
  const { PlanPanel } = await import('./plan.js');
  plans ??= new PlanPanel($('tab-plan'), {
    scenarioId: () => state.scenario?.id,
    features: () => (state.units?.features ?? []).filter((f) => f.properties.level === 'commune'),
    // The planner stays on the plan's list after a group is applied.
    apply: (op) => apply(op).finally(() => selectTab('plan')),
    edit: (group) => editGroup(group).finally(() => selectTab('plan')),
    map,
    zoom: focusUnit,
  });
  plans.refresh();
}

// A group of the plan in the merge dialog: its units selected, its new unit filled in; the planner may change them.
function editGroup(group) {
  setSelection(group.members.map((m) => m.code).filter((c) => feature(c)));
  return dialogs.mergeDialog(selectedFeatures(), apply, (op) => api.preview(state.scenario?.id, op, state.asOf), group.operation);
}

// Neighbours to merge the selected commune with; the one chosen joins the selection and the merge dialog opens.
async function suggest() {
  const code = state.selection[0];
  const partner = await suggestionDialog(await busy(api.suggestions(code, state.scenario?.id, state.asOf)));
  if (!partner) return;
  setSelection([code, partner]);
  $('btn-merge').click();
}

async function compareWith(id) {
  if (!state.scenario) return;
  await comparisonDialog(await busy(api.compare(state.scenario.id, id)));
}

function startTransfer() {
  $('btn-transfer').classList.add('active');
  $('draw-hint').hidden = false;
  map.startDrawing((ring) => {
    stopDrawing();
    transfer(ring);
  });
}

function stopDrawing() {
  map.cancelDrawing();
  $('btn-transfer').classList.remove('active');
  $('draw-hint').hidden = true;
}

function transfer(ring) {
  const communes = state.units.features.filter((f) => f.properties.level === 'commune' && f.geometry)
    .sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'vi'));
  const centre = ring ? centroid(ring) : null;
  const from = state.selection[0] ?? (centre && communes.find((f) => contains(f.geometry, centre))?.properties.code) ?? communes[0].properties.code;
  const fromFeature = feature(from);
  const near = (f) => {
    const [x, y] = centre ?? fromFeature.properties.labelAt;
    const [fx, fy] = f.properties.labelAt ?? [Infinity, Infinity];
    return Math.hypot(fx - x, fy - y);
  };
  const toChoices = communes.filter((f) => f.properties.code !== from && touches(f.bbox, fromFeature.bbox)).sort((a, b) => near(a) - near(b));
  const rest = communes.filter((f) => f.properties.code !== from && !toChoices.includes(f));
  dialogs.transferDialog({ fromChoices: communes, from, toChoices: [...toChoices, ...rest], ring }, apply);
}

// --- panel ------------------------------------------------------------------------------------------------------
function wirePanel() {
  for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => selectTab(tab.dataset.tab));
  $('tabbtn-plan').addEventListener('click', () => openPlans().catch(report));
  $('as-of').addEventListener('change', () => {
    // A day not on the calendar (31/02) or a date with no standards never replaces the date the page works with.
    const text = $('as-of').value.trim();
    const chosen = isoDate(text);
    const previous = state.asOf;
    $('as-of').value = date(previous);
    if (!chosen) {
      banner(`Ngày “${text}” không có trên lịch hoặc không đúng dạng ngày/tháng/năm (ví dụ 13/06/2023).`, 'error');
      return;
    }
    state.asOf = chosen;
    $('as-of').value = date(chosen);
    reload().catch((e) => {
      report(e);
      state.asOf = previous;
      $('as-of').value = date(previous);
    });
  });
  $('new-scenario').addEventListener('submit', async (e) => {
    e.preventDefault();
    const title = $('new-title').value.trim();
    if (!title) return;
    try {
      show(await busy(api.createScenario(title, state.asOf)));
      $('new-title').value = '';
      selectTab('result');
      await refreshList();
    } catch (error) {
      report(error);
    }
  });
  $('import-file').addEventListener('change', async () => {
    const file = $('import-file').files[0];
    $('import-file').value = '';
    if (!file) return;
    try {
      show(await busy(api.importScenario(await file.text(), state.asOf)), { fit: true });
      selectTab('result');
      await refreshList();
    } catch (error) {
      report(error);
    }
  });
  $('card-edit').addEventListener('click', () => dialogs.describeDialog(state.scenario, async (body) => {
    try {
      // The version held now: after a conflict or a failed reload the page holds a newer one than when the dialog opened.
      state.scenario = await busy(api.describeScenario(state.scenario.id, { ...body, version: state.scenario.version }));
      tab.described(state.scenario);
    } catch (e) {
      if (e instanceof ApiProblem && e.type === 'version-conflict') await conflict(e);
      throw e;
    }
    await openScenario(state.scenario.id);
    await refreshList();
    return true;
  }));
  $('show-baseline').addEventListener('click', () => {
    state.scenario = null;
    showBaseline().catch(report);
  });
}

async function removeScenario(id, version) {
  const s = state.scenarios.find((x) => x.id === id);
  if (!(await dialogs.confirmDialog('Xóa phương án', `Xóa phương án “${s?.title ?? id}” và tệp của nó? Không thể hoàn tác.`, 'Xóa'))) return;
  try {
    await api.deleteScenario(id, version);
    if (state.scenario?.id === id) {
      state.scenario = null;
      await showBaseline();
    }
  } catch (e) {
    report(e);
  }
  await refreshList().catch(report);
}

function selectTab(name) {
  for (const tab of document.querySelectorAll('.tab')) {
    const active = tab.dataset.tab === name;
    tab.classList.toggle('active', active);
    tab.setAttribute('aria-selected', String(active));
    $(`tab-${tab.dataset.tab}`).hidden = !active;
  }
  document.querySelector('.panel').classList.toggle('wide', name === 'units');
}

// --- keys -------------------------------------------------------------------------------------------------------
function wireKeys() {
  const shortcut = wireShortcuts({
    search: () => $('search').focus(),
    table: () => {
      selectTab('units');
      $('units-table').querySelector('input')?.focus();
    },
    help: () => showShortcuts(),
  });
  $('btn-help').addEventListener('click', () => showShortcuts());
  document.addEventListener('keydown', (e) => {
    if (e.target.closest('input, select, textarea, dialog')) return;
    if (shortcut(e)) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && e.key.toLowerCase() === 'z' && !e.shiftKey) { e.preventDefault(); step('undo'); }
    else if (ctrl && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) { e.preventDefault(); step('redo'); }
    else if (e.key === 'Enter' && map.drawing) map.finishDrawing();
    else if (e.key === 'Escape') {
      if (map.drawing) stopDrawing();
      else setSelection([]);
    }
  });
}

start();
