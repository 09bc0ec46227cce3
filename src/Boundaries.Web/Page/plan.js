// The whole-province plan (issue 16, \`boundaries plan\`) as a layer over the map: each group of units that would form one
// new unit is tinted and listed with its figures, the orientation's verdict and the plan's explanation. The planner
// accepts a group (its merge goes through the ordinary operation endpoint, so undo, versions and the checklist follow),
// edits it in the merge dialog, or passes over it. Loaded only when the planner opens the panel.

import { api } from './api.js';
import { escape, km2, people, percent } from './format.js';
import { banner, busy, report } from './messages.js';

const TONES = 6;
const PASSING = new Set(['meets', 'merger-of-three-or-more']);

// `host`: { scenarioId(), features(), apply(operation) → snapshot, edit(group) → snapshot|null, map, zoom(code) }.
export class PlanPanel {
  constructor(root, host) {
    this.root = root;
    this.host = host;
    this.plan = null;
    this.decided = new Map(); // group key → 'accepted' | 'rejected'
    this.seen = new Map(); // member code → "area|population" when the plan was loaded
    root.querySelector('#plan-compute').addEventListener('submit', (e) => {
      e.preventDefault();
      const wanted = Number.parseInt(root.querySelector('#plan-target').value, 10);
      this.load(() => api.plan(host.scenarioId(), Number.isInteger(wanted) ? wanted : null)).catch(report);
    });
    root.querySelector('#plan-file').addEventListener('change', async (e) => {
      const file = e.target.files[0];
      e.target.value = '';
      if (file) await this.load(async () => api.readPlan(await file.text(), host.scenarioId())).catch(report);
    });
  }

  async load(fetchPlan) {
    this.plan = await busy(fetchPlan());
    this.decided.clear();
    this.seen = new Map(this.host.features().map((f) => [f.properties.code, fingerprint(f)]));
    this.refresh();
    banner(`Đã tải phương án tổng thể: ${this.plan.unitCount} đơn vị, ${this.plan.failingCount} nhóm không đạt định hướng.`);
  }

  // A group whose units the scenario has changed since the plan was loaded no longer applies as it is.
  stale(group) {
    if (group.stale) return true;
    const now = new Map(this.host.features().map((f) => [f.properties.code, f]));
    return group.members.some((m) => !now.has(m.code) || fingerprint(now.get(m.code)) !== this.seen.get(m.code));
  }

  pending() {
    return (this.plan?.groups ?? []).filter((g) => g.operation && !this.decided.has(g.key));
  }

  // Called after every change of what is shown: redraws the layer and the list.
  refresh() {
    const list = this.root.querySelector('#plan-groups');
    if (!this.plan) {
      this.host.map.setPlan([]);
      return;
    }
    const merges = this.plan.groups.filter((g) => g.operation && this.decided.get(g.key) !== 'rejected');
    const kept = this.plan.groups.filter((g) => !g.operation);
    const shown = merges.filter((g) => this.decided.get(g.key) !== 'accepted');
    this.host.map.setPlan(shown.map((g, i) => ({ key: g.key, codes: g.members.map((m) => m.code), tone: i % TONES, stale: this.stale(g) })));
    const ready = this.pending().filter((g) => PASSING.has(g.status) && !this.stale(g));
    const accepted = merges.length - shown.length;
    list.innerHTML = `<h3 class="plan-title">${escape(this.plan.title)}</h3>
      <p class="hint">${escape(this.plan.summary)}</p>
      <p class="plan-count" data-accepted="${accepted}">${merges.length} nhóm nhập · đã chấp nhận ${accepted} · còn ${shown.length}${this.plan.skipped ? ` · ${this.plan.skipped} thao tác khác của tệp không được đưa vào` : ''}</p>
      <div class="row-actions"><button type="button" class="primary" id="plan-accept-all" ${ready.length ? '' : 'disabled'}>Chấp nhận tất cả các nhóm đạt (${ready.length})</button>
        <button type="button" class="secondary" id="plan-close">Đóng phương án tổng thể</button></div>
      <ol class="plan-groups" aria-label="Các nhóm của phương án tổng thể">${merges.map((g) => this.item(g)).join('')}</ol>
      ${kept.length ? `<details class="plan-kept"><summary>${kept.length} đơn vị giữ nguyên</summary><ul>${kept.map((g) => `<li>${escape(g.name)} — ${verdict(g)}<div class="unit-sub">${escape(g.explanation)}</div></li>`).join('')}</ul></details>` : ''}`;
    list.querySelector('#plan-accept-all').addEventListener('click', () => this.acceptAll(ready).catch(report));
    list.querySelector('#plan-close').addEventListener('click', () => {
      this.plan = null;
      list.innerHTML = '';
      this.refresh();
    });
    for (const button of list.querySelectorAll('[data-act]')) {
      const group = this.plan.groups.find((g) => g.key === button.dataset.group);
      button.addEventListener('click', () => this.act(button.dataset.act, group).catch(report));
    }
  }

  item(g) {
    const done = this.decided.get(g.key) === 'accepted';
    const stale = !done && this.stale(g);
    const name = escape(g.name);
    return `<li class="plan-group${done ? ' done' : ''}${stale ? ' stale' : ''}" data-group="${escape(g.key)}" data-members="${escape(g.members.map((m) => m.code).join(' '))}">
      <div class="plan-head"><b>${name}</b> ${verdict(g)}${done ? ' <span class="chip s-meets">đã chấp nhận</span>' : ''}${stale ? ' <span class="chip s-none">đã thay đổi trong phương án đang mở</span>' : ''}</div>
      <div class="unit-sub">Nhập ${g.members.map((m) => escape(m.name)).join(', ')}</div>
      <div class="unit-sub">${km2(g.areaKm2)} km² (${percent(g.areaPercent)} DT) · ${people(g.population)} người (${percent(g.populationPercent)} DS)</div>
      <details><summary>Giải thích</summary><p class="note">${escape(g.explanation)}</p></details>
      ${done ? '' : `<div class="row-actions">
        <button type="button" class="primary" data-act="accept" data-group="${escape(g.key)}" ${stale ? 'disabled' : ''} aria-label="Chấp nhận nhóm ${name}">Chấp nhận</button>
        <button type="button" class="secondary" data-act="edit" data-group="${escape(g.key)}" aria-label="Sửa nhóm ${name}">Sửa</button>
        <button type="button" class="secondary" data-act="reject" data-group="${escape(g.key)}" aria-label="Bỏ qua nhóm ${name}">Bỏ qua</button>
        <button type="button" class="link" data-act="view" data-group="${escape(g.key)}" aria-label="Xem nhóm ${name} trên bản đồ">Xem</button></div>`}</li>`;
  }

  async act(kind, group) {
    if (kind === 'view') return this.host.zoom(group.members[0].code);
    if (kind === 'reject') this.decided.set(group.key, 'rejected');
    else if (kind === 'accept') await this.accept(group);
    else if ((await this.host.edit(group)) !== null) this.decided.set(group.key, 'accepted');
    return this.refresh();
  }

  async accept(group) {
    // Marked before the answer is shown, so the list drawn with the new scenario already counts it.
    this.decided.set(group.key, 'accepted');
    try {
      await this.host.apply(group.operation);
    } catch (e) {
      this.decided.delete(group.key);
      throw e;
    }
  }

  async acceptAll(groups) {
    for (const group of groups) await this.accept(group);
    this.refresh();
  }
}

function fingerprint(feature) {
  return `${feature.properties.areaKm2}|${feature.properties.population}`;
}

function verdict(group) {
  const kind = PASSING.has(group.status) ? 's-meets' : group.status === 'cannot-meet' ? 's-must-arrange' : 's-none';
  return `<span class="chip ${kind}">${escape(group.verdict)}</span>`;
}
