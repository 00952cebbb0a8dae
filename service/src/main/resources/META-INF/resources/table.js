// A table that stays usable with thousands of rows: a click on a column's heading sorts by it (numbers as
// numbers, text in the order of the page's language), a text filter matches any cell, 50 rows a page, an
// optional totals row over the rows the filter keeps, and a callback for a click on a row.
//
// columns: [{ key, label (text key), numeric, value: row → what it sorts by, text: row → the cell's text
//   (default: the value), html: row → the cell's markup instead of its text (escaped by the caller), wrap: long
//   text that may wrap }]
// options: { t, columns, pageSize, totals: rows → { key: text }, onRowClick: row → …, rowData: row → { name: value }
//   as data-* attributes of its tr, rowKey: row → what identifies the chosen row across pages, emptyKey }
window.GongpeiTable = function (container, options) {
  'use strict';
  const { t, columns, pageSize = 50, totals = null, onRowClick = null, rowData = () => ({}),
    rowKey = null, emptyKey = 'tableEmpty' } = options;
  const { esc, phrase } = window.GongpeiUi;
  let rows = [];
  let sortKey = null;
  let descending = false;
  let filter = '';
  let page = 0;
  let chosen = null;
  let visible = [];

  container.innerHTML = '<div class="table-tools"><input type="search" class="table-filter">'
    + ' <span class="table-count"></span></div>'
    + '<div class="scroll-x"><table class="data-table"><thead></thead><tbody></tbody><tfoot></tfoot></table></div>'
    + '<div class="table-pages"><button type="button" class="table-prev">‹</button> <span class="table-page"></span>'
    + ' <button type="button" class="table-next">›</button></div>';
  const part = (selector) => container.querySelector(selector);
  const textOf = (column, row) => {
    const text = column.text ? column.text(row) : column.value(row);
    return text === null || text === undefined ? '' : String(text);
  };
  const cellClass = (column) => (column.numeric ? 'n' : column.wrap ? 'wrap' : '');

  function compare(column) {
    const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });
    const sign = descending ? -1 : 1;
    if (column.numeric) {
      // A missing number sorts before every number.
      const number = (row) => {
        const raw = column.value(row);
        const v = raw === null || raw === undefined || raw === '' ? NaN : Number(raw);
        return Number.isFinite(v) ? v : -Infinity;
      };
      return (a, b) => {
        const x = number(a);
        const y = number(b);
        return x === y ? 0 : sign * (x < y ? -1 : 1);
      };
    }
    return (a, b) => sign * collator.compare(String(column.value(a) ?? ''), String(column.value(b) ?? ''));
  }

  function filtered() {
    const needle = filter.trim().toLowerCase();
    const kept = needle
      ? rows.filter((row) => columns.some((c) => textOf(c, row).toLowerCase().includes(needle)))
      : rows.slice();
    const column = columns.find((c) => c.key === sortKey);
    return column ? kept.sort(compare(column)) : kept;
  }

  function head() {
    return '<tr>' + columns.map((c) => {
      const sort = c.key === sortKey ? (descending ? 'descending' : 'ascending') : 'none';
      return `<th data-column="${esc(c.key)}" class="${cellClass(c)}" aria-sort="${sort}" tabindex="0"`
        + ` title="${esc(t('tableSort'))}">${esc(t(c.label))}<span class="sort-mark" aria-hidden="true">`
        + `${sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : ''}</span></th>`;
    }).join('') + '</tr>';
  }

  function body(pageRows, start) {
    if (!pageRows.length) {
      return `<tr class="empty"><td colspan="${columns.length}">${esc(t(emptyKey))}</td></tr>`;
    }
    return pageRows.map((row, i) => {
      const data = Object.entries(rowData(row)).map(([name, value]) => ` data-${name}="${esc(value)}"`).join('');
      const selected = rowKey && chosen !== null && rowKey(row) === chosen ? ' class="chosen"' : '';
      return `<tr data-row="${start + i}"${data}${selected}>` + columns.map((c) => `<td class="${cellClass(c)}">`
        + `${c.html ? c.html(row) : esc(textOf(c, row))}</td>`).join('') + '</tr>';
    }).join('');
  }

  function foot(kept) {
    if (!totals || !kept.length) { return ''; }
    const sums = totals(kept);
    return '<tr class="totals">' + columns.map((c, i) => `<td class="${cellClass(c)}">`
      + esc(sums[c.key] !== undefined ? sums[c.key] : i === 0 ? t('tableTotal') : '') + '</td>').join('') + '</tr>';
  }

  function draw() {
    visible = filtered();
    const pages = Math.max(1, Math.ceil(visible.length / pageSize));
    page = Math.min(page, pages - 1);
    const start = page * pageSize;
    part('thead').innerHTML = head();
    part('tbody').innerHTML = body(visible.slice(start, start + pageSize), start);
    part('tfoot').innerHTML = foot(visible);
    part('.table-filter').placeholder = t('tableFilter');
    part('.table-filter').setAttribute('aria-label', t('tableFilter'));
    part('.table-count').textContent = phrase(t, 'tableRows', [visible.length, rows.length]);
    part('.table-count').dataset.rows = String(visible.length);
    part('.table-page').textContent = phrase(t, 'tablePage', [page + 1, pages]);
    part('.table-page').dataset.page = String(page + 1);
    part('.table-page').dataset.pages = String(pages);
    part('.table-prev').disabled = page === 0;
    part('.table-next').disabled = page >= pages - 1;
    part('.table-prev').setAttribute('aria-label', t('tablePrevious'));
    part('.table-next').setAttribute('aria-label', t('tableNext'));
    part('.table-pages').hidden = pages === 1;
  }

  function sortBy(key) {
    descending = sortKey === key ? !descending : false;
    sortKey = key;
    page = 0;
    draw();
  }

  part('thead').addEventListener('click', (e) => {
    const th = e.target.closest('th[data-column]');
    if (th) { sortBy(th.dataset.column); }
  });
  part('thead').addEventListener('keydown', (e) => {
    const th = e.target.closest('th[data-column]');
    if (th && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); sortBy(th.dataset.column); }
  });
  part('.table-filter').addEventListener('input', (e) => {
    filter = e.target.value;
    page = 0;
    draw();
  });
  part('.table-prev').addEventListener('click', () => { page -= 1; draw(); });
  part('.table-next').addEventListener('click', () => { page += 1; draw(); });
  part('tbody').addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-row]');
    if (!tr || !onRowClick) { return; }
    const row = visible[Number(tr.dataset.row)];
    chosen = rowKey ? rowKey(row) : null;
    container.querySelectorAll('tbody tr.chosen').forEach((other) => other.classList.remove('chosen'));
    tr.classList.add('chosen');
    onRowClick(row);
  });
  if (onRowClick) { container.classList.add('clickable'); }

  return {
    /** Shows these rows from the first page, keeping the sort and the filter. */
    setRows(list) {
      rows = list.slice();
      page = 0;
      chosen = null;
      draw();
    },
    /** Re-renders the texts after a language switch, on the same page. */
    relabel: draw
  };
};
