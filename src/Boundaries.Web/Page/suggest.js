// Merge suggestions for one commune (as \`boundaries scenario suggest\`): its neighbours ranked by what merging with each
// would give; the planner picks one and goes on to the merge dialog with both selected.

import { openDialog } from './dialogs.js';
import { escape, km2, number, people, percent } from './format.js';

// `list` is the server's SuggestionList; resolves with the chosen neighbour's code, or null.
export function suggestionDialog(list) {
  const rows = list.suggestions.map((s, i) => `<tr>
      <td><input type="radio" name="partner" value="${escape(s.code)}" id="partner-${escape(s.code)}" ${i === 0 ? 'checked' : ''}></td>
      <td><label for="partner-${escape(s.code)}">${escape(s.name)}</label><div class="unit-sub">${escape(s.direction)}${s.sameParent ? '' : ' · khác đơn vị cấp huyện'} · chung ranh giới ${number(s.sharedLengthMeters / 1000, 2)} km</div></td>
      <td class="num">${km2(s.areaKm2)}</td><td class="num">${people(s.population)}</td>
      <td class="num">${percent(s.areaPercent)}<br>${percent(s.populationPercent)}</td>
      <td>${s.meets ? '<span class="chip s-meets">đạt tiêu chuẩn</span>' : '<span class="chip s-below">chưa đạt tiêu chuẩn</span>'}</td></tr>`).join('');
  const html = `<h2 data-submit-label="Chọn và nhập">Gợi ý nhập ${escape(list.name)}</h2>
    <p class="lead">Các đơn vị liền kề, xếp theo kết quả nếu nhập với ${escape(list.name)}: đạt tiêu chuẩn trước, rồi cùng đơn vị cấp huyện, rồi tỷ lệ thấp hơn trong hai tiêu chuẩn, rồi chiều dài ranh giới chung.</p>
    ${list.suggestions.length ? `<div class="units-scroll" tabindex="0"><table class="changes-table suggestions">
      <caption class="visually-hidden">Đơn vị liền kề có thể nhập</caption>
      <thead><tr><th scope="col"><span class="visually-hidden">Chọn</span></th><th scope="col">Đơn vị liền kề</th><th scope="col" class="num">Sau khi nhập km²</th><th scope="col" class="num">Dân số</th><th scope="col" class="num">% TC DT / DS</th><th scope="col">Kết quả</th></tr></thead>
      <tbody>${rows}</tbody></table></div>` : '<p class="empty">Không có đơn vị liền kề.</p>'}`;
  return openDialog(html, (form) => form.querySelector('input[name=partner]:checked')?.value ?? null);
}
