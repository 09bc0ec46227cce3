// Pan and zoom of the maps of the public hearing page, with no library and no outside address: the wheel or the
// buttons zoom, a drag (one finger) pans, two fingers pinch. The map is an inline SVG; only its view box changes.
(function () {
  for (const view of document.querySelectorAll('.map-view')) {
    const svg = view.querySelector('svg');
    const full = svg.getAttribute('viewBox').split(' ').map(Number);
    let box = full.slice();
    const pointers = new Map();
    const show = () => svg.setAttribute('viewBox', box.join(' '));
    const zoom = (factor, fx, fy) => {
      const w = Math.min(full[2], Math.max(full[2] / 12, box[2] / factor));
      const h = w * full[3] / full[2];
      box = [box[0] + (box[2] - w) * fx, box[1] + (box[3] - h) * fy, w, h];
      show();
    };
    const at = (e) => { const r = svg.getBoundingClientRect(); return [(e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height]; };
    view.addEventListener('wheel', (e) => { e.preventDefault(); zoom(e.deltaY < 0 ? 1.25 : 0.8, ...at(e)); }, { passive: false });
    view.addEventListener('pointerdown', (e) => { view.setPointerCapture(e.pointerId); pointers.set(e.pointerId, [e.clientX, e.clientY]); });
    view.addEventListener('pointermove', (e) => {
      const last = pointers.get(e.pointerId);
      if (!last) return;
      const r = svg.getBoundingClientRect();
      if (pointers.size === 1) {
        box[0] -= (e.clientX - last[0]) * box[2] / r.width;
        box[1] -= (e.clientY - last[1]) * box[3] / r.height;
        show();
      } else if (pointers.size === 2) {
        const other = [...pointers.entries()].find(([id]) => id !== e.pointerId)[1];
        const before = Math.hypot(last[0] - other[0], last[1] - other[1]);
        const after = Math.hypot(e.clientX - other[0], e.clientY - other[1]);
        if (before > 0) zoom(after / before, ((e.clientX + other[0]) / 2 - r.left) / r.width, ((e.clientY + other[1]) / 2 - r.top) / r.height);
      }
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
    });
    for (const end of ['pointerup', 'pointercancel']) view.addEventListener(end, (e) => pointers.delete(e.pointerId));
    const buttons = view.parentElement.querySelector('.zoom');
    buttons.querySelector('[data-zoom="in"]').addEventListener('click', () => zoom(1.5, 0.5, 0.5));
    buttons.querySelector('[data-zoom="out"]').addEventListener('click', () => zoom(1 / 1.5, 0.5, 0.5));
    buttons.querySelector('[data-zoom="reset"]').addEventListener('click', () => { box = full.slice(); show(); });
  }
})();
