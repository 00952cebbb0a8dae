// The network design panel: site the county's service stations (every coverage rule met at the least cost),
// follow the search, then show the proposed stations on the map, the coverage rules as the independent checker
// found them, the cost against a station in every village, and a workbook to download.
window.GongpeiDesign = function (ctx) {
  'use strict';
  const { map, t, lang } = ctx;
  const { el, esc, getJson, jobForm } = window.GongpeiUi;
  const layer = L.layerGroup().addTo(map);
  const hubs = window.GongpeiDesignHubs(ctx);
  // Marker of each choice (and of today's stations the plan gives up): fill colour and radius.
  const MARKERS = {
    EXISTING: { fill: '#2da44e', radius: 5 }, UPGRADED: { fill: '#0969da', radius: 6 },
    NEW: { fill: '#cf222e', radius: 7 }, CLOSED: { fill: '#ffffff', radius: 4 }
  };
  const FIELDS = ['minStationSharePercent', 'populationThreshold', 'reachMetres', 'upgradeCostYuan',
    'newStationCostYuan', 'stationDayCostYuan', 'timeLimitSeconds'];
  const money = (yuan) => Math.round(yuan).toLocaleString();
  let county = null;
  let plan = null;

  const base = () => `/api/v1/counties/${encodeURIComponent(county)}/station-plans`;

  function settings() {
    const value = (id) => Number(el(id).value);
    return {
      minStationSharePercent: value('design-share'), populationThreshold: value('design-population'),
      reachMetres: value('design-reach') * 1000, upgradeCostYuan: value('design-upgrade'),
      newStationCostYuan: value('design-new'), stationDayCostYuan: value('design-day-cost'),
      keepTodaysStations: el('design-keep').checked, timeLimitSeconds: value('design-limit')
    };
  }

  // A refused request: each bad field named in the page's language; otherwise the problem's own text.
  function problem(body, fallback) {
    const errors = (body && body.errors) || [];
    if (!errors.length || errors.some((e) => !e.code || !FIELDS.includes(e.field))) {
      return window.GongpeiUi.problemText(body, fallback);
    }
    return errors.map((e) => `${t('designField_' + e.field)}: ${t('designProblem_' + e.code)}`).join('; ');
  }

  function show(view) {
    plan = view;
    render();
    el('design-result').hidden = false;
  }

  function render() {
    const r = plan.result;
    const roads = r.roads && r.roads.source === 'ESTIMATE' ? t('designRoadsEstimate') : (r.roads ? r.roads.source : '');
    const saving = r.allVillagesCostYuan ? 1 - r.constructionCostYuan / r.allVillagesCostYuan : 0;
    const figures = [
      ['designStations', `${r.stationsToday} → ${r.stations}`], ['designKept', r.stationsKept],
      ['designUpgraded', r.stationsUpgraded], ['designNew', r.stationsNew], ['designClosed', r.stationsClosed],
      ['designDeliveryCost', money(r.deliveryCostYuan)], ['designRoads', roads],
      ['designSolveTime', (r.solveMillis / 1000).toFixed(1)], ['designPasses', r.passes ? '✓' : '✗']
    ];
    el('design-figures').innerHTML = figures.map(([k, v]) => `<dt>${esc(t(k))}</dt><dd data-figure="${k}">${esc(v)}</dd>`).join('');
    el('design-rules').innerHTML = `<table class="design-rules"><thead><tr><th>${esc(t('designRule'))}</th>`
      + `<th>${esc(t('designRequired'))}</th><th>${esc(t('designToday'))}</th><th>${esc(t('designAchieved'))}</th>`
      + `<th>${esc(t('designHeld'))}</th></tr></thead><tbody>`
      + r.rules.map((rule) => `<tr data-rule="${rule.rule}" class="${rule.held ? '' : 'late'}"`
        + ` title="${esc(rule.breaking.join(', '))}"><td>${esc(t('designRule_' + rule.rule))}</td><td>${rule.required}</td>`
        + `<td>${rule.today ?? '–'}</td><td>${rule.achieved}</td><td class="held">${rule.held ? '✓' : '✗'}</td></tr>`).join('')
      + '</tbody></table>';
    window.GongpeiPanelCharts.stationCosts(t, r);
    el('design-saving').textContent = `${t('designSaving')}: ${(saving * 100).toFixed(1)}%`;
    const link = el('design-xlsx');
    link.href = `${base()}/${plan.id}/export.xlsx?lang=${lang() === 'zh' ? 'zh' : 'en'}`;
    draw();
  }

  function draw() {
    layer.clearLayers();
    if (!plan || !plan.result || !el('design-map').checked) { return; }
    plan.result.villages.forEach((v) => {
      const kind = v.choice === 'NONE' ? (v.stationToday ? 'CLOSED' : null) : v.choice;
      if (!kind) { return; }
      const marker = MARKERS[kind];
      L.circleMarker([v.lat, v.lon], { radius: marker.radius, weight: kind === 'CLOSED' ? 2 : 1,
        color: kind === 'CLOSED' ? '#2da44e' : '#333', fillColor: marker.fill, fillOpacity: 0.95,
        className: 'design-station design-' + kind })
        .bindTooltip(`${esc(v.name)} (${esc(v.code)}) · ${esc(v.townshipName)}<br>${esc(t('designChoice_' + kind))}`
          + (v.constructionCostYuan ? ` · ${esc(money(v.constructionCostYuan))} ${esc(t('yuan'))}` : ''))
        .addTo(layer);
    });
  }

  const jobs = jobForm(t, { prefix: 'design', base, settings, problem, onDone: show,
    onStart: () => { plan = null; el('design-result').hidden = true; layer.clearLayers(); } });
  el('design-map').addEventListener('change', draw);

  return {
    /** Opens the county's panel (when the role may use it) with its latest done plan. */
    async county(code, allowed) {
      jobs.reset();
      county = code;
      plan = null;
      layer.clearLayers();
      el('design-panel').hidden = !allowed;
      el('design-result').hidden = true;
      await hubs.county(code, allowed);
      if (!allowed) { return; }
      const earlier = await getJson(base());
      const latest = earlier[0];
      if (latest && (latest.status === 'QUEUED' || latest.status === 'SOLVING')) {
        jobs.follow(latest.id);
      } else {
        const done = earlier.find((p) => p.status === 'DONE');
        if (done) { show(await getJson(`${base()}/${done.id}`)); }
      }
    },
    /** Writes the status, figures, rules and markers again in the page's language. */
    relabel() {
      jobs.showStatus();
      if (plan) { render(); }
      hubs.relabel();
    }
  };
};
