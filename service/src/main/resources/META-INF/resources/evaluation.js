// The evaluation panel (评估): import delivery record files into the county's append-only ledger, the
// delivery-time indicator from the records (villages coloured on the map by their share within the target),
// the integrity checks with the road-time rules' findings, plan against record, the check of the digest chain,
// the trace of a waybill and the evaluation report to download (PDF, Excel).
window.GongpeiEvaluation = function (ctx) {
  'use strict';
  const { map, t } = ctx;
  const { el, esc, getJson, followJob } = window.GongpeiUi;
  const layer = L.layerGroup().addTo(map);
  let county = null;
  let network = null;
  let compliance = null;
  let importJob = null;

  const percent = (share) => `${(share * 100).toFixed(1)} %`;
  const hours = (h) => h.toFixed(1);
  const colour = (share) => share >= 0.95 ? '#1a7f37' : share >= 0.8 ? '#bf8700' : '#cf222e';
  let byCode = new Map();
  const villageOf = (code) => byCode.get(code);
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  // The villages' delivery times; a click on one centres the map on it.
  const villageTable = window.GongpeiTable(el('eval-villages'), {
    t,
    rowKey: (v) => v.key,
    rowData: (v) => ({ village: v.key }),
    onRowClick: (v) => {
      const at = villageOf(v.key);
      if (at) { map.setView([at.lat, at.lon], Math.max(map.getZoom(), 13)); }
    },
    columns: [
      { key: 'village', label: 'village', value: (v) => (villageOf(v.key) || {}).name || v.key },
      { key: 'parcels', label: 'parcels', numeric: true, value: (v) => v.figures.parcels },
      { key: 'share', label: 'share', numeric: true, value: (v) => v.figures.share, text: (v) => percent(v.figures.share) },
      { key: 'median', label: 'medianHours', numeric: true, value: (v) => v.figures.medianHours,
        text: (v) => hours(v.figures.medianHours) },
      { key: 'p95', label: 'p95Hours', numeric: true, value: (v) => v.figures.p95Hours, text: (v) => hours(v.figures.p95Hours) }
    ],
    totals: (rows) => ({ parcels: sum(rows.map((v) => v.figures.parcels)) })
  });
  const problemText = (body) => `${window.GongpeiUi.problemText({ code: body.code, detail: body.detail })} ${Object.entries(body.counts || {})
    .map(([rule, n]) => `${t('rule' + rule)} ${n}`).join(' · ')}`;

  // XMLHttpRequest rather than fetch: it reports the upload's progress.
  function upload(event) {
    event.preventDefault();
    const file = el('records-file').files[0];
    if (!file) { return; }
    const form = new FormData();
    form.append('file', file);
    form.append('kind', el('records-kind').value);
    form.append('acceptValid', String(el('records-accept').checked));
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/counties/${encodeURIComponent(county)}/records`);
    request.setRequestHeader('Accept', 'application/json');
    el('records-progress').hidden = false;
    el('records-progress').value = 0;
    el('records-status').textContent = t('uploading');
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) { el('records-progress').value = e.loaded / e.total; }
    };
    request.upload.onload = () => { el('records-status').textContent = t('checkingRows'); };
    request.onload = () => {
      let body = {};
      try { body = JSON.parse(request.responseText); } catch (e) { /* not JSON */ }
      if (request.status === 202) {
        el('records-progress').value = 0;
        el('records-status').textContent = t('importQueued');
        follow(request.getResponseHeader('Location') || `/api/v1/record-imports/${body.id}`);
      } else {
        el('records-progress').hidden = true;
        el('records-status').textContent = rejectionText(body);
      }
    };
    request.onerror = () => { el('records-progress').hidden = true; el('records-status').textContent = t('loadFailed'); };
    request.send(form);
  }

  const rejectionText = (body) => problemText(body)
    + (body.problems || []).slice(0, 5).map((p) => ` · ${t('row')} ${p.row} ${p.column || ''} ${p.value || ''}`).join('');

  // The import runs as a job: its phase, rows read and share done while it runs, then its batch or rejection.
  function follow(statusUrl) {
    if (importJob) { importJob.stop(); }
    importJob = followJob(statusUrl, {
      onUpdate: (s) => {
        if (s.status !== 'SOLVING') { return; }
        el('records-progress').value = s.fractionDone;
        el('records-status').textContent = `${t('phase' + s.phase)} · ${s.rowsRead} ${t('rowsRead')}`;
      },
      onEnd: (s) => {
        el('records-progress').hidden = true;
        if (s.status === 'DONE' && s.batch) {
          const b = s.batch;
          el('records-status').textContent = `${t('batch')} ${b.seq}: ${b.rows} ${t('rowsStored')}`
            + (b.rejectedRows ? `, ${b.rejectedRows} ${t('rowsRejected')}` : '');
          el('records-status').dataset.batch = String(b.seq);
          batches();
        } else if (s.rejection) {
          el('records-status').textContent = rejectionText(s.rejection);
        } else {
          el('records-status').textContent = s.status === 'INTERRUPTED' ? t('importInterrupted') : (s.error || '');
        }
      },
      onError: (e) => { el('records-progress').hidden = true; el('records-status').textContent = e.message; },
    });
  }

  async function batches() {
    const list = await getJson(`/api/v1/counties/${encodeURIComponent(county)}/records/batches`);
    el('records-batches').innerHTML = list.length === 0 ? `<li>${esc(t('noBatches'))}</li>` : list.map((b) =>
      `<li>${b.seq} · ${esc(b.kind === 'CORRECTION' ? t('kindCorrection') : t('kindImport'))} · ${esc(b.fileName)} · `
      + `${b.rows} ${esc(t('rowsStored'))} · <code title="${esc(b.chainSha256)}">${esc(b.chainSha256.slice(0, 12))}…</code></li>`)
      .join('');
  }

  async function showCompliance(event) {
    if (event) { event.preventDefault(); }
    const query = new URLSearchParams({ from: el('eval-from').value, to: el('eval-to').value,
      targetHours: el('eval-target').value });
    if (el('eval-remote').value !== '') { query.set('remoteMinutes', el('eval-remote').value); }
    try {
      compliance = await getJson(`/api/v1/counties/${encodeURIComponent(county)}/records/compliance?${query}`);
    } catch (e) {
      el('eval-summary').innerHTML = `<dt>${esc(t('loadFailed'))}</dt><dd>${esc(e.message)}</dd>`;
      return;
    }
    const c = compliance;
    el('eval-summary').innerHTML = [
      ['parcels', c.total.parcels], ['withinTarget', `${c.total.withinTarget} (${percent(c.total.share)})`],
      ['medianHours', hours(c.total.medianHours)], ['p95Hours', hours(c.total.p95Hours)],
      ['ledgerComplete', percent(c.completeShare)], ['villagesWithout', c.villagesWithoutDelivery.length]]
      .concat(!c.exemption ? [] : [['exempted', `${c.exemption.applied ? '' : `${t('exemptionNotApplied')} · `}`
        + `${c.exemption.villages.map((v) => (v.roadMinutes == null ? v.name : `${v.name} ${v.roadMinutes.toFixed(0)} min`))
          .join('、') || '0'} · ${window.GongpeiUi.phrase(t, 'parityRuleSource_' + c.exemption.rule.source,
          [c.exemption.rule.roadMinutes, c.exemption.rule.villageCodes.length])}`]])
      .map(([key, value]) => `<dt>${esc(t(key))}</dt><dd data-key="${key}">${esc(value)}</dd>`).join('');
    villageTable.setRows(c.villages);
    drawShares();
    el('eval-result').hidden = false;
    window.GongpeiPanelCharts.townshipCompliance(t, c, (code) => (villageOf(code) || {}).townshipCode);
  }

  function drawShares() {
    layer.clearLayers();
    if (!compliance || !network || !el('eval-map').checked) { return; }
    const where = Object.fromEntries(network.villages.map((v) => [v.code, v]));
    compliance.villages.forEach((v) => {
      const at = where[v.key];
      if (!at) { return; }
      L.circleMarker([at.lat, at.lon], { radius: 6, weight: 1, color: '#333', fillColor: colour(v.figures.share),
        fillOpacity: 0.95, className: 'share-village' })
        .bindTooltip(`${esc(at.name)}<br>${percent(v.figures.share)} · ${v.figures.parcels} ${esc(t('parcels'))}`)
        .addTo(layer);
    });
  }

  async function showIntegrity() {
    const query = new URLSearchParams({ from: el('eval-from').value, to: el('eval-to').value });
    try {
      const r = await getJson(`/api/v1/counties/${encodeURIComponent(county)}/records/integrity?${query}`);
      integrity.show(r.rules);
    } catch (e) {
      el('eval-integrity').textContent = e.message;
    }
  }

  const period = () => ({ from: el('eval-from').value, to: el('eval-to').value });
  const villageName = (code) => (villageOf(code) || {}).name || code;
  const integrity = window.GongpeiIntegrity({ t, villageName });

  function reportLinks() {
    if (!county) { return; }
    const query = new URLSearchParams({ ...period(), targetHours: el('eval-target').value, lang: t('reportLang') });
    const base = `/api/v1/counties/${encodeURIComponent(county)}/records/report`;
    el('eval-report-pdf').href = `${base}.pdf?${query}`;
    el('eval-report-xlsx').href = `${base}.xlsx?${query}`;
    el('eval-indicators').href = `/api/v1/counties/${encodeURIComponent(county)}/indicators/report?${query}`;
    el('eval-indicators-xlsx').href = `/api/v1/counties/${encodeURIComponent(county)}/indicators/export.xlsx?${query}`;
  }

  async function planAgainstRecord() {
    const query = new URLSearchParams(period());
    try {
      const r = await getJson(`/api/v1/counties/${encodeURIComponent(county)}/records/plan-comparison?${query}`);
      const days = (list) => list.map((d) => d.slice(5)).join(' ');
      const age = (h) => (h === null || h === undefined ? '' : hours(h));
      const gaps = (v) => v.plannedWithoutRecord.length + v.recordedWithoutPlan.length;
      const villages = [...r.villages].sort((a, b) => gaps(b) - gaps(a));
      el('eval-plan-record').innerHTML = `<h3>${esc(t('planRecord'))}</h3><dl id="plan-record-totals">`
        + [['plannedVisits', r.plannedVisits], ['recordedVisits', r.recordedVisits],
          ['plannedWithoutRecord', r.plannedWithoutRecord], ['recordedWithoutPlan', r.recordedWithoutPlan]]
          .map(([key, value]) => `<dt>${esc(t(key))}</dt><dd data-key="${key}">${value}</dd>`).join('') + '</dl>'
        + (r.dailyPlans.length + r.calendars.length === 0 ? `<p>${esc(t('noPlansInPeriod'))}</p>` : '')
        + '<div id="plan-record-table"></div>';
      // Every village, those with the most days planned without record or recorded without plan first.
      window.GongpeiTable(el('plan-record-table'), {
        t,
        rowData: (v) => ({ village: v.villageCode }),
        onRowClick: (v) => {
          const at = villageOf(v.villageCode);
          if (at) { map.setView([at.lat, at.lon], Math.max(map.getZoom(), 13)); }
        },
        columns: [
          { key: 'village', label: 'village', value: (v) => v.name || v.villageCode },
          { key: 'planned', label: 'plannedDays', value: (v) => days(v.plannedDays) },
          { key: 'plannedAge', label: 'plannedAge', numeric: true, value: (v) => v.plannedMeanAgeHours,
            text: (v) => age(v.plannedMeanAgeHours) },
          { key: 'recorded', label: 'recordedDays', value: (v) => days(v.recordedDays) },
          { key: 'median', label: 'medianHours', numeric: true, value: (v) => v.recordedMedianHours,
            text: (v) => age(v.recordedMedianHours) },
          { key: 'missing', label: 'plannedWithoutRecord', numeric: true, value: (v) => v.plannedWithoutRecord.length,
            text: (v) => days(v.plannedWithoutRecord) },
          { key: 'unplanned', label: 'recordedWithoutPlan', numeric: true, value: (v) => v.recordedWithoutPlan.length,
            text: (v) => days(v.recordedWithoutPlan) }
        ]
      }).setRows(villages);
    } catch (e) {
      el('eval-plan-record').textContent = e.message;
    }
  }

  async function verify() {
    try {
      const r = await getJson(`/api/v1/counties/${encodeURIComponent(county)}/records/verification`);
      el('eval-chain').dataset.intact = String(r.intact);
      el('eval-chain').textContent = r.intact
        ? `${t('chainIntact')} (${r.batches} ${t('batches')}, ${r.rows} ${t('rows')}; ${(r.headSha256 || '').slice(0, 16)}…)`
        : `${t('chainChanged')}: ` + r.findings.map((f) => `${t('batch')} ${f.seq} (${f.fileName}): `
          + f.changedRows.slice(0, 5).map((row) => `${t('row')} ${row.rowNumber} ${row.waybill}`).join(', ')).join('; ');
    } catch (e) {
      el('eval-chain').textContent = e.message;
    }
  }

  async function trace(event) {
    event.preventDefault();
    const waybill = el('trace-waybill').value.trim();
    if (!waybill) { return; }
    try {
      const r = await getJson(`/api/v1/counties/${encodeURIComponent(county)}/records/waybills/${encodeURIComponent(waybill)}`);
      el('trace-result').innerHTML = `<table class="bureau-table"><thead><tr><th>${esc(t('batch'))}</th>`
        + `<th>${esc(t('village'))}</th><th>${esc(t('receivedAtCentre'))}</th><th>${esc(t('arrivedAtStation'))}</th>`
        + `<th>${esc(t('signedAt'))}</th><th>${esc(t('vehicleCol'))}</th></tr></thead><tbody>`
        + r.rows.map((row) => `<tr${row.current ? ' class="current"' : ''}><td>${row.batchSeq} `
          + `${esc(row.batchKind === 'CORRECTION' ? t('kindCorrection') : t('kindImport'))}</td>`
          + `<td>${esc(row.villageCode)}</td><td>${esc(row.receivedAtCentre)}</td><td>${esc(row.arrivedAtStation)}</td>`
          + `<td>${esc(row.signedAt || '')}</td><td>${esc(row.vehicle || '')}</td></tr>`).join('') + '</tbody></table>';
    } catch (e) {
      el('trace-result').textContent = e.message;
    }
  }

  el('records-form').addEventListener('submit', upload);
  el('eval-form').addEventListener('submit', showCompliance);
  el('eval-integrity-run').addEventListener('click', showIntegrity);
  el('eval-verify').addEventListener('click', verify);
  el('trace-form').addEventListener('submit', trace);
  el('eval-map').addEventListener('change', drawShares);
  el('eval-plan-record-run').addEventListener('click', planAgainstRecord);
  ['eval-from', 'eval-to', 'eval-target'].forEach((id) => el(id).addEventListener('change', reportLinks));

  return {
    async county(code) {
      county = code;
      compliance = null;
      layer.clearLayers();
      el('evaluation-panel').hidden = false;
      el('eval-result').hidden = true;
      el('records-status').textContent = '';
      el('eval-chain').textContent = '';
      integrity.clear();
      el('trace-result').textContent = '';
      el('eval-plan-record').textContent = '';
      reportLinks();
      network = await getJson(`/api/v1/counties/${encodeURIComponent(code)}`);
      byCode = new Map(network.villages.map((v) => [v.code, v]));
      await batches();
    },
    relabel() {
      reportLinks();
      if (county) { batches().catch((e) => { el('records-status').textContent = e.message; }); }
      if (compliance) { showCompliance(); }
      integrity.relabel();
    }
  };
};
