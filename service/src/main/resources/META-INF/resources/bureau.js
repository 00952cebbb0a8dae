// The commerce bureau's view: compare separate, joint and partial distribution of a county day, with the
// cost to serve of each village on the map, parity with the provincial capital and the subsidy phase-out.
window.GongpeiBureau = function (ctx) {
  'use strict';
  const { map, t, postInit } = ctx;
  const { el, esc, yuan, km, getJson, followJob, phrase } = window.GongpeiUi;
  const layer = L.layerGroup().addTo(map);
  const total = (c) => c.fixedFen + c.distanceFen + c.timeFen + c.handlingFen;
  let county = null;
  let network = null;
  let view = null;
  let job = null;
  const parity = window.GongpeiParity({ t });

  // With several random seeds: the saving's median and range over the seeds, and a warning when the range
  // includes no saving or a seed's scenarios did not serve the same parcels.
  function seedSpread(r, s) {
    const spread = r.seeds && r.seeds.seeds.length > 1
      && r.seeds.savings.find((x) => x.against === s.against && x.scenario === s.scenario);
    if (!spread) { return ''; }
    const args = [r.seeds.seeds.length, yuan(spread.medianFen, 0), yuan(spread.minFen, 0), yuan(spread.maxFen, 0)];
    const doubtful = !spread.comparable ? 'seedSpreadNotComparable' : spread.minFen <= 0 ? 'seedSpreadUncertain' : '';
    return `<span class="seed-spread" data-seeds="${args[0]}"> · ${esc(window.GongpeiUi.phrase(t, 'seedSpread', args))}`
      + `${doubtful ? ` <strong>${esc(t(doubtful))}</strong>` : ''}</span>`;
  }

  // A stated price on parcels left out is inside the saving when the two scenarios did not serve the same parcels.
  function penalty(s) {
    if (!(s.penaltyFenPerParcel > 0) || (s.againstUnservedParcels === 0 && s.scenarioUnservedParcels === 0)) { return ''; }
    const args = [yuan(s.penaltyFenPerParcel, 2), scenarioName(s.scenario), s.scenarioUnservedParcels,
      scenarioName(s.against), s.againstUnservedParcels];
    return `<span class="penalty" data-penalty="${s.penaltyFenPerParcel}"> · ${esc(window.GongpeiUi.phrase(t, 'penaltyIncluded', args))}</span>`;
  }

  // Cost per parcel in yuan → colour: green ≤ 0.8, yellow ~1.2 (the default reference), red ≥ 2.
  function colour(yuanPerParcel) {
    const x = Math.max(0, Math.min(1, (yuanPerParcel - 0.8) / 1.2));
    const r = Math.round(x < 0.5 ? 2 * x * 230 + 40 : 230);
    const g = Math.round(x < 0.5 ? 170 : 170 - (x - 0.5) * 2 * 150);
    return `rgb(${r},${g},40)`;
  }

  // The remote rule the parity applied, and where it came from (analyses stored before rules were kept say none).
  function ruleRow(p) {
    const source = view.options.remoteRuleSource;
    if (!source) { return ''; }
    const text = phrase(t, 'parityRuleSource_' + source, [p.options.remoteRoadSeconds / 60, p.options.remoteVillageCodes.length]);
    return `<tr><th>${esc(t('parityRuleApplied'))}</th><td class="note" data-remote-rule="${esc(source)}">${esc(text)}</td></tr>`;
  }

  function scenarioName(kind) { return t('scenario' + kind); }

  function render() {
    const r = view.report;
    const rows = r.scenarios.map((m) => {
      const parcels = m.parcelsDelivered + m.parcelsPickedUp;
      // Today's practice is entered, not planned: its working time, village visits and ages are not known.
      const entered = m.kind === 'CURRENT';
      const unknown = (text) => (entered ? '–' : text);
      return `<tr data-scenario="${m.kind}"><td>${esc(scenarioName(m.kind))}</td><td>${km(m.distanceMetres, 0)}</td>`
        + `<td>${m.vehicleDays}</td><td>${unknown((m.driverSeconds / 3600).toFixed(0))}</td><td>${yuan(total(m.cost), 0)}</td>`
        + `<td>${parcels ? (total(m.cost) / 100 / parcels).toFixed(3) : '–'}</td><td>${(m.co2Grams / 1e6).toFixed(2)}</td>`
        + `<td>${m.villagesServed}</td><td>${unknown(m.villageVisits)}</td>`
        + `<td>${unknown(`${(m.averageParcelAgeSeconds / 3600).toFixed(1)} / ${(m.worstParcelAgeSeconds / 3600).toFixed(1)}`)}</td></tr>`;
    }).join('');
    el('bureau-scenarios').innerHTML = `<table class="bureau-table"><thead><tr><th>${esc(t('scenario'))}</th><th>${esc(t('km'))}</th>`
      + `<th>${esc(t('vehicleDays'))}</th><th>${esc(t('driverHours'))}</th><th>${esc(t('yuan'))}</th><th>${esc(t('costPerParcel'))}</th>`
      + `<th>CO₂ t</th><th>${esc(t('villages'))}</th><th>${esc(t('villageVisits'))}</th><th>${esc(t('parcelAge'))}</th></tr></thead>`
      + `<tbody>${rows}</tbody></table>`
      + r.savings.map((s) => (s.comparable
        ? `<p class="saving" data-saving="${s.scenario}" data-comparable="true">${esc(scenarioName(s.scenario))} ${esc(t('vs'))} `
          + `${esc(scenarioName(s.against))}: ${esc(t('saves'))} ${yuan(s.costFen, 0)} ${esc(t('yuan'))} (${s.costPercent.toFixed(1)} %), `
          + `${km(s.distanceMetres, 0)} ${esc(t('km'))} (${s.distancePercent.toFixed(1)} %)${penalty(s)}${seedSpread(r, s)}</p>`
        : `<p class="saving not-comparable" data-saving="${s.scenario}" data-comparable="false">${esc(scenarioName(s.scenario))} `
          + `${esc(t('vs'))} ${esc(scenarioName(s.against))}: ${esc(t('notComparable'))} (${s.scenarioParcels} / `
          + `${s.againstParcels} ${esc(t('parcels'))})</p>`)).join('');
    const p = r.parity;
    el('bureau-parity').innerHTML = p ? `<table class="bureau-table"><tbody>`
      + `<tr><th>${esc(t('reference'))}</th><td>${esc(p.options.reference.capital)} ${yuan(p.options.reference.referenceFenPerParcel, 2)}</td></tr>`
      + `<tr><th>${esc(t('countyCost'))}</th><td>${yuan(p.countyCostPerParcelFen, 3)} (${p.countyRatio.toFixed(2)})</td></tr>`
      + `<tr><th>${esc(t('withoutRemote'))}</th><td>${yuan(p.nonRemoteCostPerParcelFen, 3)} (${p.nonRemoteRatio.toFixed(2)}), `
      + `${p.villages.filter((v) => v.remote).length} ${esc(t('remoteVillagesCount'))}</td></tr>`
      + `<tr><th>${esc(t('onPar'))}</th><td data-on-par="${p.onPar}">${esc(p.onPar ? t('yes') : t('no'))} `
      + `(±${p.options.tolerancePercent} %; ${p.villages.filter((v) => v.onPar).length}/${p.villages.length})</td></tr>`
      + `<tr><td colspan="2" class="note">${esc(p.options.reference.sourceCode
        ? t('paritySource' + p.options.reference.sourceCode) : p.options.reference.source)}`
      + `${p.options.reference.year ? ` (${esc(phrase(t, 'parityReferenceOf', [p.options.reference.year, p.options.reference.sourceDate]))})` : ''}`
      + `</td></tr>${ruleRow(p)}</tbody></table>` : '';
    const s = r.subsidy;
    el('bureau-subsidy').hidden = !s;
    if (s) { window.GongpeiPanelCharts.subsidyPhaseOut(t, s); }
    const base = `/api/v1/analyses/${view.id}`;
    el('bureau-links').innerHTML = [['report', 'printReport'], [`export.xlsx?lang=${t('reportLang')}`, 'analysisXlsx'],
      ['scenarios.csv', 'scenariosCsv'], ['cost-to-serve.csv', 'costToServeCsv'], ['subsidy.csv', 'subsidyCsv']]
      .map(([path, key]) => `<a href="${base}/${path}" target="_blank" rel="noopener">${esc(t(key))}</a>`).join(' · ');
    drawCosts();
    el('bureau-result').hidden = false;
    window.GongpeiPanelCharts.scenarioCosts(t, r);
    window.GongpeiPanelCharts.jointSavings(t, r);
  }

  function drawCosts() {
    layer.clearLayers();
    if (!view || !view.report || !network || !el('bureau-map').checked) { return; }
    const where = Object.fromEntries(network.villages.map((v) => [v.code, v]));
    view.report.villages.forEach((v) => {
      const at = where[v.code];
      if (!at) { return; }
      const parcels = v.parcelsDelivered + v.parcelsPickedUp;
      const perParcel = parcels ? (v.visitFen + v.trunkFen + v.handlingFen) / 100 / parcels : 0;
      L.circleMarker([at.lat, at.lon], { radius: 6, weight: 1, color: '#333', fillColor: colour(perParcel), fillOpacity: 0.95,
        className: 'cost-village' })
        .bindTooltip(`${esc(v.name)}<br>${perParcel.toFixed(2)} ${esc(t('yuan'))}/${esc(t('parcels'))} · ${parcels} ${esc(t('parcels'))}`
          + `<br>${km(v.roadMetresFromCentre)} ${esc(t('km'))}`)
        .addTo(layer);
    });
  }

  function showStatus() {
    el('bureau-progress').textContent = `${t('status' + view.status)} ${view.phase ? '· ' + window.GongpeiUi.phaseText(t, view.phase) : ''}`
      + (view.status === 'SOLVING' ? ` · ${Math.round(view.fractionDone * 100)} %` : '') + (view.error ? ` · ${view.error}` : '');
  }

  function follow(id) {
    if (job) { job.stop(); }
    job = followJob(`/api/v1/analyses/${id}`, {
      onUpdate: (status) => {
        view = status;
        showStatus();
      },
      onEnd: (status) => {
        job = null;
        if (status.status === 'DONE') { render(); }
      },
      onError: (e) => {
        job = null;
        el('bureau-progress').textContent = e.message;
      }
    });
  }

  // Today's practice: a line per brand, "brand, vehicles, trips a vehicle, km a day[, vehicle cost a day]", and
  // optionally a line per trip, "brand: village code village code …", whose km the server measures on the roads;
  // the server checks the numbers and codes and names each one it cannot use.
  function currentPractice() {
    const lines = (id) => el(id).value.split('\n').map((line) => line.trim()).filter((line) => line);
    const brands = lines('bureau-current').map((line) => {
      const [brand, vehicles, trips, kmPerDay, cost] = line.split(/[,，]/).map((part) => part.trim());
      const number = (text) => (text === undefined || text === '' ? null : Number(text));
      return { brand, vehicles: number(vehicles), tripsPerDay: number(trips), kmPerDay: number(kmPerDay),
        costYuanPerDay: number(cost) };
    });
    lines('bureau-current-routes').forEach((line) => {
      const [brand, villages = ''] = line.split(/[:：]/).map((part) => part.trim());
      let entry = brands.find((b) => b.brand === brand);
      if (!entry) {
        entry = { brand, vehicles: null, tripsPerDay: null, kmPerDay: null, costYuanPerDay: null };
        brands.push(entry);
      }
      (entry.routes = entry.routes || []).push(villages.split(/[\s,，、>→]+/).filter((code) => code));
    });
    const source = el('bureau-current-source').value.trim();
    return brands.length ? { brands, source: source || null } : null;
  }

  async function startAnalysis(event) {
    event.preventDefault();
    el('bureau-result').hidden = true;
    layer.clearLayers();
    // The day's demand is generated unless demand CSV files are chosen; then the form is uploaded with them.
    const response = await fetch(`/api/v1/counties/${encodeURIComponent(county)}/analyses`, postInit({
      date: el('bureau-date').value, timeLimitSeconds: Number(el('bureau-limit').value),
      solverSeeds: Number(el('bureau-seeds').value),
      unservedPenaltyYuanPerParcel: el('bureau-penalty').value === '' ? null : Number(el('bureau-penalty').value),
      tolerancePercent: Number(el('bureau-tolerance').value), currentPractice: currentPractice()
    }, el('bureau-down'), el('bureau-up')));
    const body = await response.json();
    if (!response.ok) {
      el('bureau-progress').textContent = window.GongpeiUi.problemText(body, response.statusText);
      return;
    }
    follow(body.id);
  }

  el('bureau-form').addEventListener('submit', startAnalysis);
  // The separate brands of the Daming demo (668 villages) were comparable only from about 30 s per solve.
  const checkLimit = window.GongpeiUi.watchTimeLimit(t, el('bureau-limit'), el('bureau-limit-warning'), 44);
  el('bureau-map').addEventListener('change', drawCosts);

  return {
    async county(code) {
      county = code;
      view = null;
      if (job) { job.stop(); job = null; }
      layer.clearLayers();
      el('bureau-panel').hidden = false;
      el('bureau-result').hidden = true;
      checkLimit();
      el('bureau-progress').textContent = '';
      network = await getJson(`/api/v1/counties/${encodeURIComponent(code)}`);
      await parity.county(code);
      const earlier = await getJson(`/api/v1/counties/${encodeURIComponent(code)}/analyses`);
      const done = earlier.find((a) => a.status === 'DONE');
      if (done) { follow(done.id); }
    },
    relabel() {
      checkLimit();
      parity.relabel();
      if (view) { showStatus(); }
      if (view && view.report) { render(); }
    }
  };
};
