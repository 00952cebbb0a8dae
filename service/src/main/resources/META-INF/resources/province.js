// The province tab (省级视图), for the bureau and evaluators: the provinces of the counties the user sees, and for
// one of them and a period the counties side by side with their indicators, the totals over them, a chart of each
// county's station coverage and share of parcels within the target, and the table as a workbook.
window.GongpeiProvince = function (ctx) {
  'use strict';
  const { t, lang } = ctx;
  const { el, getJson } = window.GongpeiUi;
  const { draw, number, percent, wrapped } = window.GongpeiCharts;
  let provinces = [];
  let view = null;

  const share = (value) => (value === null || value === undefined ? '' : percent(value));
  const money = (value) => (value === null || value === undefined ? '' : number(value, 2));
  const table = window.GongpeiTable(el('province-table'), {
    t,
    emptyKey: 'provinceNoCounties',
    rowData: (c) => ({ county: c.countyCode }),
    columns: [
      { key: 'code', label: 'provinceCountyCode', value: (c) => c.countyCode },
      { key: 'name', label: 'provinceCountyName', value: (c) => c.countyName },
      { key: 'villages', label: 'provinceVillages', numeric: true, value: (c) => c.coverage.villages },
      { key: 'stations', label: 'provinceStations', numeric: true, value: (c) => c.coverage.stations },
      { key: 'coverage', label: 'provinceCoverage', numeric: true, value: (c) => c.coverage.shareOfVillages,
        text: (c) => share(c.coverage.shareOfVillages) },
      { key: 'poor', label: 'provincePoorCoverage', numeric: true, value: (c) => c.coverage.shareOfPoor,
        text: (c) => share(c.coverage.shareOfPoor) },
      { key: 'townships', label: 'provinceTownships', numeric: true, value: (c) => c.coverage.townshipsWithStation,
        text: (c) => `${c.coverage.townshipsWithStation} / ${c.coverage.townships}` },
      { key: 'parcels', label: 'provinceRecordParcels', numeric: true, value: (c) => c.delivery.recordParcels },
      { key: 'within', label: 'provinceWithin', numeric: true, value: (c) => c.delivery.recordShareWithin,
        text: (c) => share(c.delivery.recordShareWithin) },
      { key: 'planned', label: 'provincePlannedWithin', numeric: true,
        value: (c) => c.delivery.plannedShareOfParcelsWithin, text: (c) => share(c.delivery.plannedShareOfParcelsWithin) },
      { key: 'cost', label: 'provinceCostPerParcel', numeric: true, value: (c) => c.costs.costPerParcelYuan,
        text: (c) => money(c.costs.costPerParcelYuan) },
      { key: 'ratio', label: 'provinceRatio', numeric: true, value: (c) => c.costs.ratio,
        text: (c) => money(c.costs.ratio) }
    ]
  });

  function query() {
    return new URLSearchParams({ from: el('province-from').value, to: el('province-to').value,
      targetHours: el('province-target').value });
  }

  const base = () => `/api/v1/provinces/${encodeURIComponent(el('province-choice').value)}/indicators`;

  async function show(event) {
    if (event) { event.preventDefault(); }
    if (!el('province-choice').value) { return; }
    el('province-status').textContent = t('provinceLoading');
    try {
      view = await getJson(`${base()}?${query()}`);
    } catch (e) {
      view = null;
      el('province-result').hidden = true;
      el('province-status').textContent = e.message;
      return;
    }
    el('province-status').textContent = '';
    el('province-result').hidden = false;
    render();
  }

  function render() {
    if (!view) { return; }
    const q = query();
    q.set('lang', lang());
    el('province-xlsx').href = `${base()}/export.xlsx?${q}`;
    const s = view.totals;
    const figures = [
      ['provinceCounties', String(s.counties)],
      ['provinceStationsOfVillages', `${number(s.stations)} / ${number(s.villages)} (${percent(s.shareOfVillages)})`],
      ['provincePoorCoverage', `${number(s.poorWithStation)} / ${number(s.poorVillages)} (${percent(s.shareOfPoor)})`],
      ['provinceTownships', `${number(s.townshipsWithStation)} / ${number(s.townships)} (${percent(s.shareOfTownships)})`],
      ['provinceWithin', s.recordParcels === null ? t('provinceNone')
        : `${percent(s.recordShareWithin)} (${number(s.recordParcels)})`],
      ['provinceMedianCost', s.medianCostPerParcelYuan === null ? t('provinceNone') : money(s.medianCostPerParcelYuan)],
      ['provinceMedianRatio', s.medianRatio === null ? t('provinceNone') : money(s.medianRatio)],
      ['provinceOnPar', String(s.countiesOnPar)]
    ];
    const list = el('province-totals');
    list.replaceChildren();
    figures.forEach(([key, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = t(key);
      const dd = document.createElement('dd');
      dd.textContent = value;
      list.append(dt, dd);
    });
    table.setRows(view.counties);
    chart();
  }

  /** Each county's share of villages with a station and of parcels within the target, side by side. */
  function chart() {
    const counties = view.counties;
    draw('province-chart', {
      title: t('provinceChart'),
      height: 110 + counties.length * 52,
      option: (width) => ({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (v === '-' ? '–' : percent(v)) },
        grid: { bottom: 34 },
        xAxis: { type: 'value', min: 0, max: 1, splitNumber: Math.max(2, Math.floor(width * 0.66 / 100)),
          axisLabel: { formatter: (v) => percent(v), hideOverlap: true } },
        yAxis: { type: 'category', inverse: true, data: counties.map((c) => c.countyName),
          axisLabel: wrapped(width * 0.34) },
        series: [
          { type: 'bar', name: t('provinceCoverage'), color: '#0969da', barMaxWidth: 20,
            data: counties.map((c) => c.coverage.shareOfVillages) },
          { type: 'bar', name: t('provinceWithin'), color: '#1a7f37', barMaxWidth: 20,
            data: counties.map((c) => (c.delivery.recordShareWithin === null ? '-' : c.delivery.recordShareWithin)) }
        ]
      })
    });
  }

  el('province-form').addEventListener('submit', (e) => show(e));

  return {
    /** Shows the tab to a user who may use it, with the provinces of the counties they see. */
    async show(allowed) {
      el('province-panel').hidden = !allowed;
      if (!allowed) { return; }
      provinces = await getJson('/api/v1/provinces');
      const choice = el('province-choice');
      const kept = choice.value;
      choice.replaceChildren(...provinces.map((p) => {
        const option = document.createElement('option');
        option.value = p.name;
        option.textContent = `${p.name} (${p.counties.length})`;
        return option;
      }));
      if (provinces.some((p) => p.name === kept)) { choice.value = kept; }
    },
    relabel() {
      table.relabel();
      render();
    }
  };
};
