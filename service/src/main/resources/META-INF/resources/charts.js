// Charts of the page, drawn by Apache ECharts as SVG, so that their words are text of the page. A chart is a
// figure of index.html with a caption and a canvas (figure.chart-figure > figcaption + div.chart-canvas). Its
// option is built for the canvas's width, and built again whenever that width changes (the window or the working
// area resized, its tab shown: a chart drawn in a hidden tab has no size until then). Drawing a chart again, e.g.
// in the other language, disposes the one drawn before.
window.GongpeiCharts = (function () {
  'use strict';
  const drawn = new Map();
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => fit(entry.target)));

  const locale = () => (document.documentElement.lang.startsWith('zh') ? 'zh-CN' : 'en');

  /** @return a number with thousands separators and this many decimals (0 unless given) */
  const number = (value, digits = 0) => Number(value).toLocaleString(locale(),
    { minimumFractionDigits: digits, maximumFractionDigits: digits });

  /** @return yuan as whole yuan with thousands separators */
  const yuan = (value) => number(Math.round(value));

  /** @return a share (0–1) as a percentage with one decimal */
  const percent = (share) => `${number(share * 100, 1)} %`;

  /** @return the axis label of a category axis: wrapped to this width, every label shown, never cut */
  const wrapped = (width) => ({ interval: 0, width: Math.max(40, Math.floor(width)), overflow: 'break', lineHeight: 14 });

  const FONT_SIZE = 12;
  // The page's fonts but system-ui, which a canvas (where ECharts measures its labels) may resolve to another font
  // than the SVG text does, so that a label would be wider than the room made for it.
  const FONT_FAMILY = '"Helvetica Neue", Arial, "Noto Sans CJK SC", "Microsoft YaHei", "GongpeiCJK", sans-serif';
  const measure = document.createElement('canvas').getContext('2d');

  /** @return how many rows ECharts's legend wraps these names into at this width (its item: 25 px symbol, gaps) */
  function legendRows(names, width) {
    measure.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
    let rows = 1;
    let x = 0;
    names.forEach((name) => {
      const item = 25 + 5 + measure.measureText(name).width + 10;
      if (x > 0 && x + item > width - 10) { rows += 1; x = 0; }
      x += item;
    });
    return rows;
  }

  /**
   * @return the options every chart shares, then the chart's own; the grid starts below the legend's rows, and
   * its top (unless given) is the room between them
   */
  function withDefaults(option, width) {
    const shown = !option.legend || option.legend.show !== false;
    const names = shown ? [...new Set((option.series || []).map((s) => s.name).filter((name) => name))] : [];
    const legend = names.length ? 8 + legendRows(names, width) * 24 : 0;
    return {
      animation: false,
      textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE },
      tooltip: { confine: true },
      ...option,
      legend: { top: 0, left: 'center', ...option.legend },
      grid: { left: 12, right: 24, bottom: 12, ...option.grid, top: legend + ((option.grid || {}).top ?? 12),
        containLabel: true }
    };
  }

  function render(canvas) {
    const entry = drawn.get(canvas);
    entry.width = canvas.clientWidth;
    entry.height = canvas.clientHeight;
    entry.chart.setOption(withDefaults(entry.spec.option(entry.width), entry.width), { notMerge: true });
  }

  /** Sizes the chart to its canvas and builds it again for the new width, when the canvas is shown and resized. */
  function fit(canvas) {
    const entry = drawn.get(canvas);
    if (!entry || canvas.clientWidth === 0
        || (canvas.clientWidth === entry.width && canvas.clientHeight === entry.height)) { return; }
    entry.chart.resize();
    render(canvas);
  }

  /**
   * Draws a chart in the figure, in place of the one it held.
   * @param figureId the id of the figure
   * @param spec {title, height (px), option: function of the width in px → ECharts option}
   */
  function draw(figureId, spec) {
    const figure = document.getElementById(figureId);
    const canvas = figure.querySelector('.chart-canvas');
    figure.querySelector('figcaption').textContent = spec.title;
    canvas.setAttribute('aria-label', spec.title);
    canvas.style.height = `${spec.height}px`;
    const earlier = drawn.get(canvas);
    if (earlier) {
      earlier.chart.dispose();
    } else {
      observer.observe(canvas);
    }
    const chart = echarts.init(canvas, null, { renderer: 'svg', locale: locale() === 'zh-CN' ? 'ZH' : 'EN' });
    drawn.set(canvas, { chart, spec, width: -1, height: -1 });
    render(canvas);
  }

  /** Fits every chart to its canvas (call when a tab is shown). */
  const resize = () => drawn.forEach((entry, canvas) => fit(canvas));

  return { draw, resize, number, yuan, percent, wrapped };
}());
