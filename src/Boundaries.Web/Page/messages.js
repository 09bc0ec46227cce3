// Messages to the planner: a banner for conflicts and errors, and the "Đang tính…" badge while a request runs.

import { ApiProblem } from './api.js';

const $ = (id) => document.getElementById(id);

let bannerTimer;
export function banner(text, kind = '') {
  const b = $('banner');
  b.textContent = text;
  b.className = `banner ${kind}`;
  b.hidden = false;
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => (b.hidden = true), 7000);
}

export function report(error) {
  console.error(error);
  banner(error instanceof ApiProblem ? `${error.problem.title ?? 'Lỗi'}: ${error.message}` : `Lỗi: ${error.message}`, 'error');
}

let pending = 0;
export async function busy(promise) {
  pending++;
  const timer = setTimeout(() => ($('busy').hidden = pending === 0), 150);
  try {
    return await promise;
  } finally {
    pending--;
    clearTimeout(timer);
    if (pending === 0) $('busy').hidden = true;
  }
}
