// The notice of the public hearing page: the organiser types who organises the consultation, its days, its places and
// whom to ask; they go with the download and the page prints them (issue 15 §3). Fetched when the page is first asked for.

import { open } from './dialogs.js';

const FIELDS = ['organiser', 'from', 'to', 'contact'];

export function askNotice(url) {
  const html = `<h2 data-submit-label="Tải trang công khai">Thông báo lấy ý kiến cử tri</h2>
    <p class="lead">Trang công khai in các thông tin dưới đây. Mục nào để trống, trang ghi là sẽ được thông báo sau.</p>
    <label class="field"><span>Cơ quan tổ chức</span><input name="organiser" maxlength="200"></label>
    <div class="two">
      <label class="field"><span>Từ ngày</span><input name="from" type="date"></label>
      <label class="field"><span>Đến hết ngày</span><input name="to" type="date"></label>
    </div>
    <label class="field"><span>Địa điểm</span><textarea name="places" rows="3"></textarea>
      <small>Mỗi dòng một địa điểm: tên đơn vị; địa điểm; thời gian (nếu có).</small></label>
    <label class="field"><span>Liên hệ</span><input name="contact" maxlength="200"></label>`;
  return open(html, async (form) => {
    const query = new URLSearchParams();
    for (const name of FIELDS) if (form.elements[name].value.trim()) query.append(name, form.elements[name].value.trim());
    for (const line of form.elements.places.value.split('\n')) if (line.trim()) query.append('place', line.trim());
    const response = await fetch(`${url}${url.includes('?') ? '&' : '?'}${query}`);
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error(problem?.detail || problem?.title || `Lỗi ${response.status}`);
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = fileName(response.headers.get('Content-Disposition')) ?? 'trang-cong-khai.html';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    return true;
  });
}

// The name the server gives the file (RFC 6266: filename*=UTF-8''… first, else filename=…).
function fileName(disposition) {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]);
  return /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1] ?? null;
}
