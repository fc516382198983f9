/**
 * The page's small inline script: the hover/focus tooltip (copied from the hidden details
 * store, so no HTML is built from strings), linked highlighting of split parts, the badge
 * toggle and table sorting. Without it the page still works: `title` attributes show details.
 */

const SCRIPT = String.raw`(() => {
  const tip = document.getElementById('tip');
  const doc = document.documentElement;
  for (const el of document.querySelectorAll('.hl[title]')) {
    el.setAttribute('data-title', el.getAttribute('title'));
    el.removeAttribute('title');
  }
  let current = null;
  const parts = (ref) => document.querySelectorAll('.hl[data-ref="' + ref + '"], .cue[data-cue-for~="' + ref + '"]');
  function hide() {
    if (current) for (const p of parts(current)) p.classList.remove('on');
    current = null;
    tip.hidden = true;
  }
  function show(el) {
    const ref = el.getAttribute('data-ref');
    const store = document.getElementById('d-' + ref);
    if (!store) return;
    if (current !== ref) {
      hide();
      current = ref;
      for (const p of parts(ref)) p.classList.add('on');
    }
    tip.replaceChildren(...Array.from(store.childNodes, (n) => n.cloneNode(true)));
    for (const a of ['data-kind', 'data-type', 'data-subtype']) {
      if (el.hasAttribute(a)) tip.setAttribute(a, el.getAttribute(a)); else tip.removeAttribute(a);
    }
    tip.hidden = false;
    const r = el.getClientRects()[0] || el.getBoundingClientRect();
    const w = tip.offsetWidth, h = tip.offsetHeight, vw = doc.clientWidth, vh = doc.clientHeight;
    const left = Math.max(8, Math.min(r.left, vw - w - 8));
    const top = r.bottom + 8 + h > vh && r.top - 8 - h > 0 ? r.top - 8 - h : r.bottom + 8;
    tip.style.left = left + window.scrollX + 'px';
    tip.style.top = top + window.scrollY + 'px';
  }
  const hlOf = (t) => (t instanceof Element ? t.closest('.hl') : null);
  document.addEventListener('mouseover', (e) => {
    const el = hlOf(e.target);
    if (el) show(el);
    else if (current && !(document.activeElement && hlOf(document.activeElement))) hide();
  });
  document.addEventListener('focusin', (e) => { const el = hlOf(e.target); if (el) show(el); else hide(); });
  document.addEventListener('focusout', (e) => { if (hlOf(e.target) && !hlOf(e.relatedTarget)) hide(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  window.addEventListener('resize', hide);
  // A table row's number jumps to its highlight and focuses it, which opens its details.
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('table a[href^="#"]') : null;
    const el = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!el) return;
    e.preventDefault();
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    history.replaceState(null, '', '#' + el.id);
  });
  const badges = document.getElementById('show-badges');
  if (badges) badges.addEventListener('change', () => doc.classList.toggle('no-badges', !badges.checked));
  for (const table of document.querySelectorAll('table.sortable')) {
    const heads = Array.from(table.tHead.rows[0].cells);
    heads.forEach((th, col) => {
      th.querySelector('button').addEventListener('click', () => {
        const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        const numeric = th.getAttribute('data-sort-type') === 'num';
        const body = table.tBodies[0];
        const rows = Array.from(body.rows).filter((r) => !r.classList.contains('empty'));
        const key = (r) => {
          const c = r.cells[col];
          const k = c.getAttribute('data-sort');
          return k !== null ? k : c.textContent.trim();
        };
        const sign = dir === 'ascending' ? 1 : -1;
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
          const d = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN');
          return d * sign;
        });
        body.append(...rows);
        for (const h of heads) h.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', dir);
      });
    });
  }
})();`;

/**
 * The inline script's source (contains no `</script`).
 *
 * @example
 * pageScript().includes('</script') //=> false
 */
export function pageScript(): string {
  return SCRIPT;
}
