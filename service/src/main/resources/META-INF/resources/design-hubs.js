// The hub siting section of the network design panel: compare hub networks (today's, the siting search's, cold
// storage at the hub with the most chilled parcels, and one of the user's own) by daily plans of the same day;
// follow the run, then show the candidates side by side, their cost per day as a chart, and the chosen candidate's
// hubs on the map as rings around the sites, next to today's hub markers.
window.GongpeiDesignHubs = function (ctx) {
  'use strict';
  const { map, t, lang } = ctx;
  const { el, esc, getJson, jobForm } = window.GongpeiUi;
  const { draw: drawChart, yuan, number } = window.GongpeiCharts;
  const layer = L.layerGroup().addTo(map);
  const RINGS = { KEPT: '#1a7f37', OPENED: '#bc4c00', COLD: '#0969da', CLOSED: '#cf222e' };
  const ACTIONS = ['KEEP', 'CLOSE', 'OPEN', 'ADD_COLD_STORAGE'];
  let county = null;
  let sites = [];
  let plan = null;
  let chosen = null;

  const base = () => `/api/v1/counties/${encodeURIComponent(county)}/hub-plans`;
  const nameOf = (c) => (c.origin === 'USER' ? c.name : t('hubsOrigin_' + c.origin));
  const span = (range, digits = 0) => {
    if (!range) { return '–'; }
    const [a, b] = [number(range.min, digits), number(range.max, digits)];
    return a === b ? a : `${a}–${b}`;
  };
  const ranged = (key, figure, digits = 0) => ({ key, label: 'hubsColumn_' + key, numeric: true,
    value: (c) => (c[figure] ? c[figure].min : null), text: (c) => span(c[figure], digits) });
  const table = window.GongpeiTable(el('hubs-table'), {
    t,
    columns: [
      { key: 'name', label: 'hubsColumn_name', value: nameOf },
      { key: 'open', label: 'hubsColumn_open', numeric: true, value: (c) => c.hubs.filter((h) => h.open).length },
      { key: 'fixed', label: 'hubsColumn_fixed', numeric: true, value: (c) => c.fixedYuanPerYear,
        text: (c) => yuan(c.fixedYuanPerYear) },
      ranged('cost', 'costPerDayYuan'), ranged('perParcel', 'costPerParcelYuan', 2), ranged('km', 'km'), ranged('vehicleDays', 'vehicleDays'),
      ranged('unserved', 'unservedParcels'), ranged('meanAge', 'meanParcelAgeHours', 1),
      ranged('maxAge', 'maxParcelAgeHours', 1), ranged('stations', 'stationVillagesServed'),
      ranged('hubsUsed', 'hubsUsed')
    ],
    rowData: (c) => ({ candidate: c.origin }),
    rowKey: (c) => c.name,
    onRowClick: (c) => { chosen = c; showChosen(); }
  });

  function settings() {
    const value = (id) => Number(el(id).value);
    const own = el('hubs-own-name').value.trim();
    const actions = sites.map((h) => ({ hubCode: h.code, action: el('hubs-own-' + h.code).value }))
      .filter((a) => a.action !== 'KEEP');
    return {
      date: el('hubs-date').value, timeLimitSeconds: value('hubs-limit'), seeds: value('hubs-seeds'),
      runningCostYuanPerYear: value('hubs-running'), openingCostYuanPerYear: value('hubs-opening'),
      coldStorageCostYuanPerYear: value('hubs-cold'), serviceDaysPerYear: value('hubs-days'),
      propose: el('hubs-propose').checked,
      candidates: own && actions.length ? [{ name: own, actions }] : []
    };
  }

  // A refused request: each bad field named in the page's language (indexes left out of its key).
  function problem(body, fallback) {
    const errors = (body && body.errors) || [];
    if (!errors.length || errors.some((e) => !e.code)) { return window.GongpeiUi.problemText(body, fallback); }
    return errors.map((e) => {
      const key = 'hubsField_' + String(e.field).replace(/\[\d+\]/g, '');
      return `${t(key) === key ? e.field : t(key)}: ${t('hubsProblem_' + e.code)}`;
    }).join('; ');
  }

  function show(view) {
    plan = view;
    const planned = view.result.candidates.filter((c) => c.costPerDayYuan);
    chosen = planned.reduce((best, c) => (!best || c.costPerDayYuan.min < best.costPerDayYuan.min ? c : best), null);
    render();
    el('hubs-result').hidden = false;
  }

  function render() {
    const r = plan.result;
    table.setRows(r.candidates);
    chart(r.candidates);
    el('hubs-xlsx').href = `${base()}/${plan.id}/export.xlsx?lang=${lang() === 'zh' ? 'zh' : 'en'}`;
    showChosen();
  }

  /** Cost per day of each candidate: the hubs' fixed cost per day and the transport of its cheapest daily plan. */
  function chart(candidates) {
    const cheapest = (c) => c.runs.reduce((best, run) => (!best || run.costPerDayYuan < best.costPerDayYuan ? run : best), null);
    drawChart('hubs-cost-chart', {
      title: t('hubsChart'),
      height: 110 + candidates.length * 40,
      option: (width) => ({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${yuan(v)} ${t('yuan')}` },
        grid: { bottom: 34 },
        xAxis: { type: 'value', name: t('yuan'), nameLocation: 'middle', nameGap: 26, axisLabel: { formatter: yuan } },
        yAxis: { type: 'category', inverse: true, data: candidates.map(nameOf),
          axisLabel: window.GongpeiCharts.wrapped(width * 0.34) },
        series: [
          { type: 'bar', stack: 'cost', name: t('hubsChartFixed'), barMaxWidth: 26, itemStyle: { color: '#8250df' },
            data: candidates.map((c) => Math.round(c.fixedYuanPerDay)) },
          { type: 'bar', stack: 'cost', name: t('hubsChartTransport'), barMaxWidth: 26, itemStyle: { color: '#0969da' },
            data: candidates.map((c) => (cheapest(c) ? Math.round(cheapest(c).transportYuan) : 0)) }]
      })
    });
  }

  function showChosen() {
    el('hubs-chosen').textContent = chosen ? `${t('hubsChosen')}: ${nameOf(chosen)}` : '';
    drawRings();
  }

  function ring(hub, kind, radius) {
    L.circleMarker([hub.lat, hub.lon], { radius, weight: 3, color: RINGS[kind], fill: false,
      dashArray: kind === 'CLOSED' ? '4 3' : null, className: 'hubs-ring hubs-' + kind })
      .bindTooltip(`${esc(hub.name)} (${esc(hub.code)}) · ${esc(t('hubsMark_' + kind))}`
        + (hub.capacityParcelsPerDay ? ` · ${esc(number(hub.capacityParcelsPerDay))} ${esc(t('hubsParcelsPerDay'))}` : ''))
      .addTo(layer);
  }

  function drawRings() {
    layer.clearLayers();
    if (!chosen || !el('hubs-map').checked) { return; }
    chosen.hubs.forEach((h) => {
      const kind = h.open ? (h.openToday ? 'KEPT' : 'OPENED') : (h.openToday ? 'CLOSED' : null);
      if (kind) { ring(h, kind, 12); }
      if (h.open && h.action === 'ADD_COLD_STORAGE') { ring(h, 'COLD', 16); }
    });
  }

  function ownSites() {
    el('hubs-own-sites').innerHTML = `<table class="data-table"><thead><tr><th>${esc(t('hubsColumn_site'))}</th>`
      + `<th>${esc(t('hubsColumn_today'))}</th><th>${esc(t('hubsColumn_action'))}</th></tr></thead><tbody>`
      + sites.map((h) => `<tr><td>${esc(h.name)} (${esc(h.code)})</td>`
        + `<td>${esc(t(h.designated ? 'designated' : 'candidate'))}</td><td><select id="hubs-own-${esc(h.code)}">`
        + ACTIONS.map((a) => `<option value="${a}">${esc(t('hubsAction_' + a))}</option>`).join('')
        + '</select></td></tr>').join('') + '</tbody></table>';
  }

  const jobs = jobForm(t, { prefix: 'hubs', base, settings, problem, onDone: show,
    onStart: () => { plan = null; el('hubs-result').hidden = true; layer.clearLayers(); } });
  el('hubs-map').addEventListener('change', drawRings);

  return {
    /** Opens the county's section with its latest done comparison (the panel shows it only to roles that may). */
    async county(code, allowed) {
      jobs.reset();
      county = code;
      plan = null;
      chosen = null;
      sites = [];
      layer.clearLayers();
      el('hubs-result').hidden = true;
      el('hubs-own-sites').innerHTML = '';
      if (!allowed) { return; }
      const [network, earlier] = await Promise.all([getJson(`/api/v1/counties/${encodeURIComponent(code)}`),
        getJson(base())]);
      sites = network.hubs;
      ownSites();
      const latest = earlier[0];
      if (latest && (latest.status === 'QUEUED' || latest.status === 'SOLVING')) {
        jobs.follow(latest.id);
      } else {
        const done = earlier.find((p) => p.status === 'DONE');
        if (done) { show(await getJson(`${base()}/${done.id}`)); }
      }
    },
    /** Writes the status, table, chart and rings again in the page's language. */
    relabel() {
      jobs.showStatus();
      const actions = sites.map((h) => el('hubs-own-' + h.code).value);
      ownSites();
      sites.forEach((h, i) => { el('hubs-own-' + h.code).value = actions[i]; });
      table.relabel();
      if (plan) { render(); }
    }
  };
};
