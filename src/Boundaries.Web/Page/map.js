// The map: units drawn as SVG from the API's GeoJSON, with a local projection, pan, zoom, hover, selection and
// polygon drawing. No tiles and no library: it works offline.
//
// Projection: equirectangular about the centre of the data, in kilometres (x east, y south). Over one province
// (about 1° across) the scale error is under 1 %, which is enough for drawing; every area the planner reads comes
// from the server, measured on the ellipsoid.

const SVG = 'http://www.w3.org/2000/svg';
const KM_PER_DEGREE = 111.32;
const CLICK_TOLERANCE_PX = 5;

function el(name, attributes = {}, parent = null) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

export class PlannerMap {
  constructor(svg, events) {
    this.svg = svg;
    this.events = events; // { select(code, additive), hover(feature|null, x, y), viewChanged(kmPerPx), reservedRight() → px }
    this.features = new Map();
    this.paths = new Map();
    this.selection = new Set();
    this.view = null; // { cx, cy, kmPerPx }
    this.projection = null;
    this.drawing = null;
    this.hovered = null;
    this.build();
    this.listen();
    new ResizeObserver(() => this.applyView()).observe(svg);
  }

  build() {
    const defs = el('defs', {}, this.svg);
    const grey = el('pattern', { id: 'hatch-grey', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs);
    el('rect', { width: 6, height: 6, fill: '#eef1f3' }, grey);
    el('rect', { width: 2, height: 6, fill: '#c6cdd4' }, grey);
    const red = el('pattern', { id: 'hatch-red', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs);
    el('rect', { width: 6, height: 6, fill: '#f0c9c3' }, red);
    el('rect', { width: 2.5, height: 6, fill: '#b03a2e' }, red);
    this.layers = {};
    for (const name of ['units', 'unassigned', 'districts', 'references', 'plan', 'changed', 'selected', 'hover', 'labels', 'drawing']) {
      this.layers[name] = el('g', { class: name }, this.svg);
    }
  }

  // Shows a FeatureCollection from the API; keeps the view unless asked to fit.
  setFeatures(collection, { fit = false } = {}) {
    const features = collection.features;
    if (!this.projection) this.projection = projectionFor(features);
    this.features.clear();
    this.paths.clear();
    for (const layer of ['units', 'unassigned', 'districts', 'changed', 'labels']) this.layers[layer].replaceChildren();
    for (const feature of features) this.addFeature(feature);
    this.settle(fit);
  }

  // An operation's answer: draws the features added or changed again and takes away those gone; the rest stay as drawn.
  patchFeatures(changed, removed) {
    for (const code of [...removed, ...changed.map((f) => f.properties.code)]) {
      this.features.delete(code);
      this.paths.delete(code);
      for (const node of this.svg.querySelectorAll(`[data-code="${CSS.escape(code)}"]`)) node.remove();
    }
    for (const feature of changed) this.addFeature(feature);
    this.settle(false);
  }

  addFeature(feature) {
    const p = feature.properties;
    this.features.set(p.code, feature);
    if (!feature.geometry) return;
    const d = this.pathData(feature.geometry);
    feature.bbox = this.bbox(feature.geometry);
    if (p.level === 'district') {
      el('path', { d, class: 'district', 'data-code': p.code }, this.layers.districts);
    } else if (p.level === 'unassigned') {
      this.paths.set(p.code, el('path', { d, class: 'unassigned', 'data-code': p.code, 'fill-rule': 'evenodd' }, this.layers.unassigned));
    } else {
      this.paths.set(p.code, el('path', { d, class: `unit s-${p.status}`, 'data-code': p.code, 'fill-rule': 'evenodd' }, this.layers.units));
      if (p.changed) el('path', { d, class: 'hl changed', 'data-code': p.code }, this.layers.changed);
    }
    if (p.labelAt && p.level !== 'unassigned') {
      const [x, y] = this.project(p.labelAt);
      const text = el('text', { x, y, class: p.level === 'district' ? 'district-label' : 'unit-label', 'data-code': p.code }, this.layers.labels);
      text.textContent = p.level === 'district' ? p.name : shortName(p.name);
    }
  }

  // A reference layer (lines of another time or source): its polygons stroked without fill, under the labels.
  // Drawn once when first turned on, then only shown or hidden.
  showReference(id, shapes) {
    let group = this.layers.references.querySelector(`[data-reference="${CSS.escape(id)}"]`);
    if (!group) {
      group = el('g', { 'data-reference': id }, this.layers.references);
      for (const shape of shapes) el('path', { d: this.pathData(shape.geometry), class: `ref ref-${shape.kind}` }, group);
    }
    group.removeAttribute('display');
  }

  hideReference(id) {
    this.layers.references.querySelector(`[data-reference="${CSS.escape(id)}"]`)?.setAttribute('display', 'none');
  }

  settle(fit) {
    for (const code of [...this.selection]) if (!this.paths.has(code)) this.selection.delete(code);
    this.renderSelection();
    this.hovered = undefined;
    this.setHover(null);
    if (fit || !this.view) this.fit(); else this.applyView();
  }

  setSelection(codes) {
    this.selection = new Set(codes);
    this.renderSelection();
  }

  renderSelection() {
    this.layers.selected.replaceChildren();
    for (const code of this.selection) {
      const path = this.paths.get(code);
      if (path) el('path', { d: path.getAttribute('d'), class: 'hl selected', 'fill-rule': 'evenodd' }, this.layers.selected);
    }
  }

  // The groups of a whole-province plan over the units, each tinted in one of six tones; [{ key, codes, tone, stale }].
  setPlan(groups) {
    this.layers.plan.replaceChildren();
    for (const group of groups) {
      const g = el('g', { class: `plan-group tone-${group.tone}${group.stale ? ' stale' : ''}`, 'data-group': group.key }, this.layers.plan);
      for (const code of group.codes) {
        const path = this.paths.get(code);
        if (path) el('path', { d: path.getAttribute('d'), 'fill-rule': 'evenodd' }, g);
      }
    }
  }

  setHover(code) {
    if (this.hovered === code) return;
    this.hovered = code;
    this.layers.hover.replaceChildren();
    const path = code && this.paths.get(code);
    if (path) el('path', { d: path.getAttribute('d'), class: 'hl hover' }, this.layers.hover);
  }

  // --- projection -------------------------------------------------------------------------------------------
  project([lon, lat]) {
    const { lon0, lat0, kx } = this.projection;
    return [round((lon - lon0) * kx), round((lat0 - lat) * KM_PER_DEGREE)];
  }

  unproject([x, y]) {
    const { lon0, lat0, kx } = this.projection;
    return [lon0 + x / kx, lat0 - y / KM_PER_DEGREE];
  }

  // The view on screen in lon/lat, "west,south,east,north", for a printed map of it; null before the first fit.
  viewBounds() {
    if (!this.view || !this.projection) return null;
    const { width, height } = this.size();
    const [west, north] = this.unproject(this.toMap({ x: 0, y: 0 }));
    const [east, south] = this.unproject(this.toMap({ x: width, y: height }));
    return [west, south, east, north].map((v) => v.toFixed(5)).join(',');
  }

  pathData(geometry) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    let d = '';
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length - 1; i++) {
          const [x, y] = this.project(ring[i]);
          d += (i === 0 ? 'M' : 'L') + x + ' ' + y;
        }
        d += 'Z';
      }
    }
    return d;
  }

  bbox(geometry) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygons) {
      for (const [lon, lat] of polygon[0]) {
        const [x, y] = this.project([lon, lat]);
        minX = Math.min(minX, x); maxX = Math.max(maxX, x);
        minY = Math.min(minY, y); maxY = Math.max(maxY, y);
      }
    }
    return { minX, minY, maxX, maxY };
  }

  // --- view -------------------------------------------------------------------------------------------------
  size() {
    const r = this.svg.getBoundingClientRect();
    return { width: Math.max(r.width, 1), height: Math.max(r.height, 1) };
  }

  // Fits the province beside what floats over the map's right side (the legend), never under it.
  fit() {
    const boxes = [...this.features.values()].filter((f) => f.bbox && f.properties.level !== 'district').map((f) => f.bbox);
    if (boxes.length) this.zoomToBox(union(boxes), 0.04, this.events.reservedRight?.() ?? 0);
  }

  zoomToCode(code, padding = 1.6) {
    const feature = this.features.get(code);
    if (feature?.bbox) this.zoomToBox(feature.bbox, padding);
  }

  // Shows the box with `padding` (a share of its size) around it, in the part of the map left of `rightPx` pixels.
  zoomToBox(box, padding, rightPx = 0) {
    const { width, height } = this.size();
    const free = Math.max(width - rightPx, width / 3);
    const w = (box.maxX - box.minX) * (1 + 2 * padding) || 1;
    const h = (box.maxY - box.minY) * (1 + 2 * padding) || 1;
    const kmPerPx = Math.max(w / free, h / height);
    this.view = { cx: (box.minX + box.maxX) / 2 + ((width - free) / 2) * kmPerPx, cy: (box.minY + box.maxY) / 2, kmPerPx };
    this.applyView();
  }

  zoomBy(factor, atPx = null) {
    if (!this.view) return;
    const { width, height } = this.size();
    const px = atPx ?? { x: width / 2, y: height / 2 };
    const before = this.toMap(px);
    this.view.kmPerPx = clamp(this.view.kmPerPx / factor, 0.0005, 2);
    const after = this.toMap(px);
    this.view.cx += before[0] - after[0];
    this.view.cy += before[1] - after[1];
    this.applyView();
  }

  toMap({ x, y }) {
    const { width, height } = this.size();
    const { cx, cy, kmPerPx } = this.view;
    return [cx + (x - width / 2) * kmPerPx, cy + (y - height / 2) * kmPerPx];
  }

  applyView() {
    if (!this.view) return;
    const { width, height } = this.size();
    const { cx, cy, kmPerPx } = this.view;
    const w = width * kmPerPx;
    const h = height * kmPerPx;
    this.svg.setAttribute('viewBox', `${cx - w / 2} ${cy - h / 2} ${w} ${h}`);
    this.layers.labels.setAttribute('font-size', 11.5 * kmPerPx);
    // Hatching is drawn in screen pixels, whatever the zoom.
    for (const pattern of this.svg.querySelectorAll('pattern')) pattern.setAttribute('patternTransform', `rotate(45) scale(${kmPerPx})`);
    this.placeLabels(width, height);
    this.events.viewChanged?.(kmPerPx);
  }

  // Shows the labels that fit inside their unit and do not collide with a label already placed: districts first
  // (when zoomed out), then larger units before smaller ones.
  placeLabels(width, height) {
    const { cx, cy, kmPerPx } = this.view;
    const placed = [];
    const labels = [...this.layers.labels.children].map((text) => {
      const feature = this.features.get(text.dataset.code);
      const box = feature?.bbox;
      const district = feature?.properties.level === 'district';
      const area = box ? (box.maxX - box.minX) * (box.maxY - box.minY) : 0;
      return { text, box, district, priority: (district ? 1e9 : 0) + area };
    }).sort((a, b) => b.priority - a.priority);
    for (const { text, box, district } of labels) {
      let show = false;
      if (box && (district ? kmPerPx > 0.035 : kmPerPx <= 0.07)) {
        const charPx = district ? 7.6 : 6.4;
        const w = text.textContent.length * charPx + 6;
        const h = district ? 17 : 15;
        const x = (Number(text.getAttribute('x')) - cx) / kmPerPx + width / 2;
        const y = (Number(text.getAttribute('y')) - cy) / kmPerPx + height / 2;
        const rect = { l: x - w / 2, r: x + w / 2, t: y - h / 2, b: y + h / 2 };
        const unitW = (box.maxX - box.minX) / kmPerPx;
        const unitH = (box.maxY - box.minY) / kmPerPx;
        const inside = district || (unitW > w * 0.8 && unitH > h);
        const onScreen = rect.r > 0 && rect.l < width && rect.b > 0 && rect.t < height;
        show = inside && onScreen && !placed.some((p) => rect.l < p.r && rect.r > p.l && rect.t < p.b && rect.b > p.t);
        if (show) placed.push(rect);
      }
      text.classList.toggle('off', !show);
      if (district) text.setAttribute('font-size', 13 * kmPerPx);
    }
  }

  // --- interaction ------------------------------------------------------------------------------------------
  listen() {
    let press = null;
    this.svg.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      press = { x: e.clientX, y: e.clientY, view: { ...this.view }, moved: false };
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener('pointermove', (e) => {
      const local = this.local(e);
      if (press) {
        const dx = e.clientX - press.x;
        const dy = e.clientY - press.y;
        if (!press.moved && Math.hypot(dx, dy) > CLICK_TOLERANCE_PX) {
          press.moved = true;
          this.svg.classList.add('panning');
          this.events.hover?.(null);
        }
        if (press.moved && this.view) {
          this.view.cx = press.view.cx - dx * this.view.kmPerPx;
          this.view.cy = press.view.cy - dy * this.view.kmPerPx;
          this.applyView();
        }
        return;
      }
      if (this.drawing) {
        this.drawing.cursor = this.unproject(this.toMap(local));
        this.renderDrawing();
      }
      const code = this.codeAt(e);
      this.setHover(code);
      this.events.hover?.(code ? this.features.get(code) : null, local.x, local.y);
    });
    this.svg.addEventListener('pointerup', (e) => {
      const wasClick = press && !press.moved;
      press = null;
      this.svg.classList.remove('panning');
      if (!wasClick) return;
      if (this.drawing) {
        this.addVertex(this.unproject(this.toMap(this.local(e))));
        return;
      }
      const code = this.codeAt(e);
      if (code) this.events.select?.(code, e.shiftKey || e.ctrlKey || e.metaKey);
    });
    this.svg.addEventListener('pointerleave', () => {
      this.setHover(null);
      this.events.hover?.(null);
    });
    this.svg.addEventListener('dblclick', (e) => {
      e.preventDefault();
      if (this.drawing) this.finishDrawing();
      else this.zoomBy(2, this.local(e));
    });
    this.svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      this.zoomBy(Math.exp(-e.deltaY * 0.0016), this.local(e));
    }, { passive: false });
  }

  local(e) {
    const r = this.svg.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  codeAt(e) {
    const target = document.elementFromPoint(e.clientX, e.clientY);
    return target?.dataset?.code && this.paths.has(target.dataset.code) && target.classList.contains('unit') ? target.dataset.code : null;
  }

  // --- drawing a part ---------------------------------------------------------------------------------------
  startDrawing(onDone) {
    this.drawing = { points: [], cursor: null, onDone };
    this.svg.classList.add('drawing');
    this.renderDrawing();
  }

  cancelDrawing() {
    this.drawing = null;
    this.svg.classList.remove('drawing');
    this.layers.drawing.replaceChildren();
  }

  addVertex(lonLat) {
    const points = this.drawing.points;
    // A click on the first vertex closes the polygon.
    if (points.length >= 3) {
      const [fx, fy] = this.project(points[0]);
      const [x, y] = this.project(lonLat);
      if (Math.hypot(fx - x, fy - y) / this.view.kmPerPx < 8) {
        this.finishDrawing();
        return;
      }
    }
    points.push(lonLat);
    this.renderDrawing();
  }

  finishDrawing() {
    if (!this.drawing) return;
    // A double click adds the same point twice before it finishes: drop repeated vertices.
    const points = this.drawing.points.filter((p, i, all) => i === 0 || Math.hypot(p[0] - all[i - 1][0], p[1] - all[i - 1][1]) > 1e-7);
    if (points.length < 3) return;
    const done = this.drawing.onDone;
    this.cancelDrawing();
    done([...points, points[0]]);
  }

  renderDrawing() {
    const layer = this.layers.drawing;
    layer.replaceChildren();
    if (!this.drawing) return;
    const points = [...this.drawing.points, ...(this.drawing.cursor ? [this.drawing.cursor] : [])];
    if (points.length >= 2) {
      el('path', { d: points.map((p, i) => (i ? 'L' : 'M') + this.project(p).join(' ')).join('') + 'Z' }, layer);
    }
    const r = 4 * (this.view?.kmPerPx ?? 0.01);
    for (const p of this.drawing.points) {
      const [cx, cy] = this.project(p);
      el('circle', { cx, cy, r }, layer);
    }
  }
}

function projectionFor(features) {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    if (!f.geometry) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      for (const [lon, lat] of polygon[0]) {
        minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
      }
    }
  }
  const lat0 = (minLat + maxLat) / 2;
  return { lon0: (minLon + maxLon) / 2, lat0, kx: KM_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180) };
}

function union(boxes) {
  return boxes.reduce((a, b) => ({
    minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY),
  }));
}

// "Xã Long Đức" → "Long Đức" on the map, where the colour already says what it is; "Phường 3" stays.
function shortName(name) {
  return name.replace(/^(Xã|Thị trấn) /, '');
}

const round = (v) => Math.round(v * 1000) / 1000;
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
