// The charts of the panels: the bureau's cost of each scenario in parts and what joint distribution saves, the
// calendar's weekly cost by delivery-time target, and the evaluation's share within the target per township.
// Each takes the page's translation function and the JSON its panel shows, and draws in its figure of index.html.
window.GongpeiPanelCharts = (function () {
  'use strict';
  const { draw, yuan, percent, wrapped } = window.GongpeiCharts;
  const { esc, phrase } = window.GongpeiUi;
  // The parts of a cost (CostParts) and the keys of their names.
  const PARTS = { fixedFen: 'costPartFixed', distanceFen: 'costPartDistance', timeFen: 'costPartTime',
    handlingFen: 'costPartHandling' };
  const SAVES = '#1a7f37';
  const COSTS_MORE = '#cf222e';
  // A horizontal bar chart's category labels take at most this share of its width.
  const LABEL_SHARE = 0.34;

  /** A horizontal value axis of yuan in a chart of this width, its name below it, a tick every 100 px or more. */
  const yuanAxis = (t, width) => ({ type: 'value', name: t('yuan'), nameLocation: 'middle', nameGap: 26,
    splitNumber: Math.max(2, Math.floor(width * (1 - LABEL_SHARE) / 100)), axisLabel: { formatter: yuan, hideOverlap: true } });

  /** The cost of each scenario of the bureau's report, stacked by its parts. */
  function scenarioCosts(t, report) {
    const scenarios = report.scenarios;
    draw('bureau-cost-chart', {
      title: t('chartCostParts'),
      height: 110 + scenarios.length * 46,
      option: (width) => ({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${yuan(v)} ${t('yuan')}` },
        grid: { bottom: 34 },
        xAxis: yuanAxis(t, width),
        yAxis: { type: 'category', inverse: true, data: scenarios.map((m) => t('scenario' + m.kind)),
          axisLabel: wrapped(width * LABEL_SHARE) },
        series: Object.entries(PARTS).map(([part, key]) => ({ type: 'bar', stack: 'cost', name: t(key), barMaxWidth: 28,
          data: scenarios.map((m) => m.cost[part] / 100) }))
      })
    });
  }

  /**
   * What joint distribution saves against each scenario it is compared with, in yuan; with several seeds, the
   * least and greatest saving over the seeds as a range. A pair that does not serve the same parcels has no bar:
   * its label says it is not comparable.
   */
  function jointSavings(t, report) {
    const savings = report.savings.filter((s) => s.scenario === 'JOINT');
    const seeds = report.seeds && report.seeds.seeds.length > 1 ? report.seeds : null;
    const spreadOf = (s) => seeds && seeds.savings.find((x) => x.against === s.against && x.scenario === s.scenario);
    const ranges = savings.map((s, i) => [spreadOf(s), i]).filter(([spread]) => spread && spread.comparable)
      .map(([spread, i]) => [spread.minFen / 100, spread.maxFen / 100, i]);
    const note = (s) => (!s.comparable ? t('chartNotComparable') : s.costFen >= 0
      ? phrase(t, 'chartSavesPercent', [percent(s.costPercent / 100)])
      : phrase(t, 'chartCostsMorePercent', [percent(-s.costPercent / 100)]));
    const label = (s) => `${phrase(t, 'chartAgainst', [t('scenario' + s.against)])}\n${note(s)}`;
    const tip = (i) => {
      const s = savings[i];
      const spread = spreadOf(s);
      return `${esc(phrase(t, 'chartAgainst', [t('scenario' + s.against)]))}<br>` + (s.comparable
        ? `${esc(t('chartSaving'))}: ${yuan(s.costFen / 100)} ${esc(t('yuan'))} (${percent(s.costPercent / 100)})`
        : esc(t('notComparable')))
        + (spread ? `<br>${esc(phrase(t, 'chartSeedRange', [seeds.seeds.length]))}: ${yuan(spread.minFen / 100)} – `
          + `${yuan(spread.maxFen / 100)} ${esc(t('yuan'))}${spread.comparable ? '' : ` (${esc(t('seedSpreadNotComparable'))})`}` : '');
    };
    draw('bureau-savings-chart', {
      title: t('chartJointSavings'),
      height: 110 + savings.length * 56,
      option: (width) => ({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (items) => tip(items[0].seriesIndex === 0
          ? items[0].dataIndex : ranges[items[0].dataIndex][2]) },
        grid: { bottom: 34 },
        xAxis: yuanAxis(t, width),
        yAxis: { type: 'category', inverse: true, data: savings.map(label),
          axisLabel: wrapped(width * LABEL_SHARE) },
        series: [{ type: 'bar', name: t('chartSaving'), color: SAVES, barMaxWidth: 28,
          data: savings.map((s) => (s.comparable
            ? { value: s.costFen / 100, itemStyle: { color: s.costFen >= 0 ? SAVES : COSTS_MORE } } : '-')) }]
          .concat(ranges.length ? [{ type: 'custom', name: phrase(t, 'chartSeedRange', [seeds.seeds.length]),
            data: ranges, encode: { x: [0, 1], y: 2 }, z: 3, itemStyle: { color: '#1d2733' },
            renderItem: (params, api) => rangeBar(api) }] : [])
      })
    });
  }

  /** A horizontal error bar from the item's least to its greatest value, with a cap at each end. */
  function rangeBar(api) {
    const [x0, y] = api.coord([api.value(0), api.value(2)]);
    const [x1] = api.coord([api.value(1), api.value(2)]);
    const cap = api.size([0, 1])[1] * 0.25;
    const style = { stroke: api.visual('color'), lineWidth: 1.5 };
    const line = (a, b, c, d) => ({ type: 'line', shape: { x1: a, y1: b, x2: c, y2: d }, style });
    return { type: 'group', children: [line(x0, y, x1, y), line(x0, y - cap, x0, y + cap), line(x1, y - cap, x1, y + cap)] };
  }

  /** The weekly cost of each delivery-time target of the target-cost comparison, from every village daily on. */
  function targetCosts(t, rows) {
    const sorted = [...rows].sort((a, b) => a.targetHours - b.targetHours);
    const name = (r) => (r.targetHours ? phrase(t, 'chartHours', [r.targetHours]) : t('everyDaily'));
    draw('target-cost-chart', {
      title: t('chartTargetCost'),
      height: 280,
      option: (width) => ({
        tooltip: { trigger: 'axis', formatter: (items) => {
          const r = sorted[items[0].dataIndex];
          return `${esc(name(r))}<br>${esc(t('weeklyCost'))}: ${yuan(r.weeklyCostYuan)}<br>`
            + `${esc(t('costPerParcel'))}: ${r.costPerParcelYuan.toFixed(3)}<br>${esc(t('vehicleDays'))}: ${r.vehicleDays}`;
        } },
        legend: { show: false },
        grid: { top: 36, bottom: 34, right: 32 },
        xAxis: { type: 'category', data: sorted.map(name), name: t('target'), nameLocation: 'middle', nameGap: 40,
          axisLabel: wrapped((width - 100) / Math.max(1, sorted.length)) },
        yAxis: { type: 'value', name: t('weeklyCost'), nameTextStyle: { align: 'left' },
          axisLabel: { formatter: yuan, hideOverlap: true } },
        series: [{ type: 'line', name: t('weeklyCost'), data: sorted.map((r) => r.weeklyCostYuan), symbolSize: 8,
          label: { show: true, position: 'top', formatter: (p) => yuan(p.value) } }]
      })
    });
  }

  /**
   * Per township, the share of its villages with parcels whose every parcel arrived within the target, and the
   * share of its parcels within the target, from the evaluation's compliance result.
   * @param townshipOf the township code of a village code
   */
  function townshipCompliance(t, compliance, townshipOf) {
    const rows = compliance.townships.map((g) => {
      const villages = compliance.villages.filter((v) => townshipOf(v.key) === g.key);
      const within = villages.filter((v) => v.figures.withinTarget === v.figures.parcels).length;
      return { name: g.name || g.key, villages: villages.length, within, figures: g.figures };
    });
    const tip = (i) => {
      const r = rows[i];
      return `${esc(r.name)}<br>${esc(t('villagesWithin'))}: ${percent(r.villages ? r.within / r.villages : 0)} (`
        + `${esc(phrase(t, 'chartOfVillages', [r.within, r.villages]))})<br>${esc(t('parcelsWithin'))}: `
        + `${percent(r.figures.share)} (${esc(phrase(t, 'chartOfParcels', [r.figures.withinTarget, r.figures.parcels]))})`;
    };
    draw('eval-township-chart', {
      title: phrase(t, 'chartTownshipCompliance', [compliance.targetHours]),
      height: 110 + rows.length * 34,
      option: (width) => ({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (items) => tip(items[0].dataIndex) },
        grid: { bottom: 34 },
        xAxis: { type: 'value', min: 0, max: 100, name: t('chartShareAxis'), nameLocation: 'middle', nameGap: 26,
          axisLabel: { formatter: (v) => `${v} %` } },
        yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: wrapped(width * LABEL_SHARE) },
        series: [
          { type: 'bar', name: t('villagesWithin'), color: '#0969da', barMaxWidth: 12,
            data: rows.map((r) => (r.villages ? 100 * r.within / r.villages : 0)) },
          { type: 'bar', name: t('parcelsWithin'), color: '#1a7f37', barMaxWidth: 12,
            data: rows.map((r) => 100 * r.figures.share) }
        ]
      })
    });
  }

  /** The subsidy's phase-out: per year the subsidy on a parcel and the network's cost per parcel net of it. */
  function subsidyPhaseOut(t, subsidy) {
    const years = subsidy.years;
    draw('bureau-subsidy-chart', {
      title: t('chartSubsidy'),
      height: 260,
      option: (width) => ({
        tooltip: { trigger: 'axis', formatter: (items) => {
          const y = years[items[0].dataIndex];
          return `${y.year}<br>${esc(t('chartSubsidyPerParcel'))}: ${(y.subsidyFenPerParcel / 100).toFixed(2)} ${esc(t('yuan'))}`
            + `<br>${esc(t('chartNetCost'))}: ${(y.netCostPerParcelFen / 100).toFixed(3)} ${esc(t('yuan'))}<br>`
            + `${y.viableVillages} ${esc(t('viable'))}`;
        } },
        grid: { bottom: 30, right: 24 },
        xAxis: { type: 'category', data: years.map((y) => String(y.year)),
          axisLabel: wrapped((width - 80) / Math.max(1, years.length)) },
        yAxis: { type: 'value', name: t('chartYuanPerParcel'), nameTextStyle: { align: 'left' },
          axisLabel: { formatter: (v) => v.toFixed(2), hideOverlap: true } },
        series: [
          { type: 'bar', name: t('chartSubsidyPerParcel'), color: '#bf8700', barMaxWidth: 18,
            data: years.map((y) => y.subsidyFenPerParcel / 100) },
          { type: 'bar', name: t('chartNetCost'), color: '#0969da', barMaxWidth: 18,
            data: years.map((y) => y.netCostPerParcelFen / 100) }
        ]
      })
    });
  }

  /** A station plan's construction cost against a station in every village. */
  function stationCosts(t, plan) {
    const rows = [[t('designPlanCost'), plan.constructionCostYuan, '#0969da'],
      [t('designEveryVillage'), plan.allVillagesCostYuan, '#afb8c1']];
    draw('design-cost-chart', {
      title: t('chartStationCosts'),
      height: 170,
      option: (width) => ({
        legend: { show: false },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${yuan(v)} ${t('yuan')}` },
        grid: { bottom: 34 },
        xAxis: yuanAxis(t, width),
        yAxis: { type: 'category', inverse: true, data: rows.map((r) => r[0]), axisLabel: wrapped(width * LABEL_SHARE) },
        series: [{ type: 'bar', name: t('chartStationCosts'), barMaxWidth: 24,
          data: rows.map((r) => ({ value: r[1] || 0, itemStyle: { color: r[2] } })),
          label: { show: true, position: 'insideLeft', formatter: (p) => yuan(p.value) } }]
      })
    });
  }

  return { scenarioCosts, jointSavings, targetCosts, townshipCompliance, subsidyPhaseOut, stationCosts };
}());
