// The bureau's parity settings: the provincial capitals' per-parcel costs by province and year (listed, added,
// replaced, deleted, imported from CSV, each with its source and date), and the county's remote-area rule (road
// minutes from the centre and villages declared remote) that parity, compliance and the indicators all apply.
window.GongpeiParity = function (ctx) {
  'use strict';
  const { t } = ctx;
  const { el, esc, getJson, phrase, problemText } = window.GongpeiUi;
  let county = null;
  let references = [];
  let rule = null;

  // Each refused value in the page's language: where, which field, what is wrong.
  function refusal(problem, fallback) {
    const named = (problem.errors || []).filter((e) => e.code).map((e) => {
      const where = e.location && e.location !== 'body' && e.location !== 'path' ? `${e.location} ` : '';
      return `${where}${e.field ? t('parityField_' + e.field) + ' ' : ''}${t('parityProblem_' + e.code)}`.trim();
    });
    return named.length ? `${t('parityRefused')}: ${named.join('; ')}` : problemText(problem, fallback);
  }

  function say(id, text, ok) {
    el(id).textContent = text;
    el(id).dataset.ok = String(ok);
  }

  function renderReferences() {
    const rows = references.map((r, i) => `<tr data-reference="${esc(r.province)}/${r.year}"`
      + `${county && r.province === county.province ? ' class="current"' : ''}>`
      + `<td>${esc(r.province)}</td><td>${r.year}</td><td>${esc(r.capital)}</td><td>${r.yuanPerParcel.toFixed(2)}</td>`
      // a known source by its short name, its whole sentence on hover; who entered it likewise
      + `<td class="reference-source" style="white-space: normal; min-width: 8rem; text-align: left"`
      + ` title="${esc(r.sourceCode ? t('paritySource' + r.sourceCode) : r.source)}">`
      + `${esc(r.sourceCode ? t('paritySourceShort' + r.sourceCode) : r.source)}</td>`
      + `<td title="${esc(`${r.enteredBy || ''} ${String(r.enteredAt || '').replace('T', ' ').slice(0, 16)}`.trim())}">`
      + `${esc(r.sourceDate)}</td><td><button type="button" data-edit="${i}">${esc(t('parityEdit'))}</button> `
      + `<button type="button" data-delete="${i}">${esc(t('parityDelete'))}</button></td></tr>`).join('');
    el('parity-references').innerHTML = references.length === 0 ? `<p>${esc(t('parityNoReferences'))}</p>`
      : `<table class="bureau-table"><thead><tr><th>${esc(t('parityField_province'))}</th><th>${esc(t('parityField_year'))}</th>`
        + `<th>${esc(t('parityField_capital'))}</th><th>${esc(t('parityField_yuanPerParcel'))}</th>`
        + `<th>${esc(t('parityField_source'))}</th><th>${esc(t('paritySourceDateColumn'))}</th>`
        + `<th></th></tr></thead><tbody>${rows}</tbody></table>`;
  }

  async function loadReferences() {
    references = await getJson('/api/v1/province-references');
    renderReferences();
  }

  function edit(reference) {
    el('parity-province').value = reference.province;
    el('parity-year').value = reference.year;
    el('parity-capital').value = reference.capital;
    el('parity-yuan').value = reference.yuanPerParcel;
    el('parity-source').value = reference.source;
    el('parity-source-date').value = reference.sourceDate;
    el('parity-province').focus();
  }

  async function remove(reference) {
    const response = await fetch(`/api/v1/province-references/${encodeURIComponent(reference.province)}/${reference.year}`,
      { method: 'DELETE', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      say('parity-reference-status', refusal(await response.json().catch(() => ({})), response.statusText), false);
      return;
    }
    say('parity-reference-status', phrase(t, 'parityDeleted', [reference.province, reference.year]), true);
    await loadReferences();
  }

  async function save(event) {
    event.preventDefault();
    const province = el('parity-province').value.trim();
    const year = el('parity-year').value.trim();
    const response = await fetch(`/api/v1/province-references/${encodeURIComponent(province)}/${encodeURIComponent(year)}`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ capital: el('parity-capital').value, yuanPerParcel: el('parity-yuan').value.trim(),
        source: el('parity-source').value, sourceDate: el('parity-source-date').value })
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      say('parity-reference-status', refusal(body, response.statusText), false);
      return;
    }
    say('parity-reference-status', phrase(t, response.status === 201 ? 'parityCreated' : 'parityReplaced',
      [body.province, body.year]), true);
    await loadReferences();
  }

  async function importCsv(event) {
    event.preventDefault();
    const file = el('parity-file').files[0];
    if (!file) { return; }
    const form = new FormData();
    form.append('file', file, file.name);
    const response = await fetch('/api/v1/province-references/csv', { method: 'POST', headers: { Accept: 'application/json' },
      body: form });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      say('parity-reference-status', refusal(body, response.statusText), false);
      return;
    }
    say('parity-reference-status', phrase(t, 'parityImported', [body.rows, body.created, body.replaced]), true);
    el('parity-import-form').reset();
    await loadReferences();
  }

  function renderRule() {
    if (!rule) { return; }
    const s = rule.setting;
    el('parity-rule-minutes').value = s && s.roadMinutes !== null && s.roadMinutes !== undefined ? s.roadMinutes : '';
    el('parity-rule-villages').value = s ? s.villageCodes.join('\n') : '';
    const remote = rule.remote;
    const source = phrase(t, 'parityRuleSource_' + rule.rule.source, [rule.rule.roadMinutes, rule.rule.villageCodes.length]);
    el('parity-rule-summary').dataset.remote = String(remote.villages.length);
    el('parity-rule-summary').textContent = `${source} · ${phrase(t, 'parityRuleMakesRemote',
      [remote.villages.length, rule.villages])}${remote.applied ? '' : ` · ${t('parityRuleNoRoads')}`}`;
  }

  async function saveRule(event) {
    event.preventDefault();
    const minutes = el('parity-rule-minutes').value.trim();
    const villageCodes = el('parity-rule-villages').value.split(/[\s,，、]+/).map((c) => c.trim()).filter((c) => c);
    const response = await fetch(`/api/v1/counties/${encodeURIComponent(county.code)}/remote-rule`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ roadMinutes: minutes === '' ? null : Number(minutes), villageCodes })
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      say('parity-rule-status', refusal(body, response.statusText), false);
      return;
    }
    rule = body;
    renderRule();
    say('parity-rule-status', t('parityRuleSaved'), true);
  }

  el('parity-reference-form').addEventListener('submit', (e) => save(e)
    .catch((x) => say('parity-reference-status', x.message, false)));
  el('parity-import-form').addEventListener('submit', (e) => importCsv(e)
    .catch((x) => say('parity-reference-status', x.message, false)));
  el('parity-rule-form').addEventListener('submit', (e) => saveRule(e)
    .catch((x) => say('parity-rule-status', x.message, false)));
  el('parity-references').addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button) { return; }
    if (button.dataset.edit !== undefined) { edit(references[Number(button.dataset.edit)]); }
    if (button.dataset.delete !== undefined) {
      remove(references[Number(button.dataset.delete)]).catch((x) => say('parity-reference-status', x.message, false));
    }
  });

  return {
    /** Shows the references and the county's remote rule. */
    async county(code) {
      const summary = await getJson(`/api/v1/counties/${encodeURIComponent(code)}/summary`);
      county = { code, province: summary.province, capital: summary.provincialCapital };
      el('parity-reference-status').textContent = '';
      el('parity-rule-status').textContent = '';
      el('parity-province').value = county.province || '';
      el('parity-capital').value = county.capital || '';
      await loadReferences();
      rule = await getJson(`/api/v1/counties/${encodeURIComponent(code)}/remote-rule`);
      renderRule();
    },
    relabel() {
      renderReferences();
      renderRule();
    }
  };
};
