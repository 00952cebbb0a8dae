// The integrity checks of the evaluation panel: a table of the rules (findings, or why one was not run, and the
// thresholds it used), and each rule's findings in a table of their own that sorts, filters and pages: the
// road-time rules' findings under their own heading, the other rules' under the checks. Evidence, not verdicts.
window.GongpeiIntegrity = function (ctx) {
  'use strict';
  const { t, villageName } = ctx;
  const { el, esc } = window.GongpeiUi;
  const ROAD_RULES = ['FASTER_THAN_ROAD_FROM_CENTRE', 'VEHICLE_FASTER_THAN_ROAD'];
  const phrase = (key, args) => t(key).replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : args[i]));
  const noteText = (rule) => phrase('integrityNote_' + rule.noteCode, rule.noteCode.startsWith('roadTime')
    ? [t('profile' + rule.noteArguments[0]), ...rule.noteArguments.slice(1)] : rule.noteArguments);
  const detailText = (f) => phrase('integrityDetail_' + f.detailCode, f.detailArguments);
  let shown = null;

  function findingsTable(container, rule) {
    window.GongpeiTable(container, {
      t,
      columns: [
        { key: 'waybill', label: 'waybill', value: (f) => f.waybills.join(', ') },
        { key: 'village', label: 'village', value: (f) => f.villageCodes.map(villageName).join(' → ') },
        { key: 'vehicle', label: 'vehicleCol', value: (f) => f.vehicle || '' },
        { key: 'at', label: 'arrivedAtStation', value: (f) => f.at || '' },
        { key: 'detail', label: 'detail', wrap: true, value: (f) => detailText(f) }
      ]
    }).setRows(rule.findings);
  }

  function section(rule) {
    return `<h4 data-rule="${rule.rule}">${esc(t('rule' + rule.rule))}: ${rule.run ? rule.count : esc(t('notRun'))}</h4>`
      + `<p class="note">${esc(noteText(rule))}</p>`
      + (rule.findings.length === 0 ? '' : `<div class="rule-findings" data-rule="${rule.rule}"></div>`);
  }

  function sections(container, rules) {
    container.innerHTML += rules.map(section).join('');
    rules.filter((rule) => rule.findings.length).forEach((rule) =>
      findingsTable(container.querySelector(`.rule-findings[data-rule="${rule.rule}"]`), rule));
  }

  function render() {
    if (!shown) { return; }
    const other = shown.filter((rule) => !ROAD_RULES.includes(rule.rule));
    const road = shown.filter((rule) => ROAD_RULES.includes(rule.rule));
    el('eval-integrity').innerHTML = '<div class="rule-table"></div>';
    window.GongpeiTable(el('eval-integrity').querySelector('.rule-table'), {
      t,
      rowData: (rule) => ({ rule: rule.rule }),
      columns: [
        { key: 'rule', label: 'ruleCol', value: (rule) => t('rule' + rule.rule) },
        { key: 'count', label: 'findingsCol', numeric: true, value: (rule) => (rule.run ? rule.count : null),
          text: (rule) => (rule.run ? String(rule.count) : t('notRun')) },
        { key: 'note', label: 'thresholdCol', wrap: true, value: (rule) => noteText(rule) }
      ]
    }).setRows(shown);
    sections(el('eval-integrity'), other.filter((rule) => rule.findings.length));
    el('eval-road').innerHTML = `<h3>${esc(t('roadTimeFindings'))}</h3>`;
    sections(el('eval-road'), road);
  }

  return {
    /** Shows the rules' results of an integrity check. */
    show(rules) { shown = rules; render(); },
    clear() { shown = null; el('eval-integrity').textContent = ''; el('eval-road').textContent = ''; },
    relabel: render
  };
};
