// The weekly calendar panel: plan a service calendar for a delivery-time target and show its week grid
// (villages × days, filterable by township) and compliance; compare the cost of 24, 48 and 72 h targets.
window.GongpeiCalendar = function (ctx) {
  'use strict';
  const { t, postInit } = ctx;
  const { el, esc, getJson, followJob, phaseText, phrase } = window.GongpeiUi;
  const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
  let county = null;
  let calendar = null;
  let job = null;
  let compliance = null;
  let targetCosts = null;
  let calendarId = null;
  let targetCostId = null;
  let lastStatus = null;

  // The week's demand is generated unless demand CSV files are chosen; then the form is uploaded with them.
  async function post(url, fields) {
    const response = await fetch(url, postInit(fields, el('calendar-down'), el('calendar-up')));
    const json = await response.json();
    if (!response.ok) {
      throw new Error(window.GongpeiUi.problemText(json, response.statusText));
    }
    return json;
  }

  function follow(url, onDone) {
    if (job) { job.stop(); }
    job = followJob(url, {
      onUpdate: (status) => {
        lastStatus = status;
        showStatus();
      },
      onEnd: (status) => {
        job = null;
        if (status.status === 'DONE') {
          onDone(status.result, status.id);
        } else {
          el('calendar-status').textContent = `${t('status' + status.status)}: ${status.error || ''}`;
        }
      },
      onError: (e) => {
        job = null;
        el('calendar-status').textContent = e.message;
      }
    });
  }

  function showStatus() {
    if (lastStatus) {
      el('calendar-status').textContent = `${t('status' + lastStatus.status)} ${phaseText(t, lastStatus.phase)} `
          + `${Math.round(lastStatus.fractionDone * 100)}%`;
    }
  }

  function serviceDays() {
    return DAYS.filter((day) => el('calendar-day-' + day).checked);
  }

  async function startCalendar(event) {
    event.preventDefault();
    try {
      const started = await post(`/api/v1/counties/${encodeURIComponent(county)}/calendars`, {
        weekStart: el('calendar-week').value, targetHours: Number(el('calendar-target').value),
        serviceDays: serviceDays(), dayTimeLimitSeconds: Number(el('calendar-limit').value)
      });
      follow(`/api/v1/calendars/${started.id}`, showCalendar);
    } catch (e) {
      el('calendar-status').textContent = e.message;
    }
  }

  async function startTargetCost() {
    try {
      const started = await post(`/api/v1/counties/${encodeURIComponent(county)}/target-costs`, {
        weekStart: el('calendar-week').value, serviceDays: serviceDays(),
        dayTimeLimitSeconds: Number(el('calendar-limit').value)
      });
      follow(`/api/v1/target-costs/${started.id}`, showTargetCost);
    } catch (e) {
      el('calendar-status').textContent = e.message;
    }
  }

  // The workbooks of the calendar and of the comparison shown, in the page's language.
  function workbookLinks() {
    const lang = new URLSearchParams({ lang: t('reportLang') });
    if (calendarId !== null) { el('calendar-xlsx').href = `/api/v1/calendars/${calendarId}/export.xlsx?${lang}`; }
    if (targetCostId !== null) { el('target-cost-xlsx').href = `/api/v1/target-costs/${targetCostId}/export.xlsx?${lang}`; }
  }

  async function showCalendar(result, id) {
    calendar = result;
    calendarId = id;
    workbookLinks();
    const townships = [...new Set(result.villages.map((v) => v.townshipCode))].sort();
    renderTownships(townships);
    compliance = await getJson(`/api/v1/calendars/${id}/compliance`);
    renderCompliance();
    el('calendar-result').hidden = false;
    renderGrid();
  }

  function renderTownships(townships) {
    const chosen = el('calendar-township').value;
    el('calendar-township').innerHTML = `<option value="">${esc(t('allTownships'))}</option>`
        + townships.map((code) => `<option>${esc(code)}</option>`).join('');
    el('calendar-township').value = chosen;
  }

  function renderCompliance() {
    const result = calendar;
    el('calendar-compliance').innerHTML = `<dt>${esc(t('weeklyCost'))}</dt><dd>${result.weeklyCostYuan.toFixed(0)}</dd>`
        + `<dt>${esc(t('costPerParcel'))}</dt><dd>${result.costPerParcelYuan.toFixed(3)}</dd>`
        + `<dt>${esc(t('vehicleDays'))}</dt><dd>${result.vehicleDays}</dd>`
        + `<dt>${esc(t('villagesWithin'))}</dt><dd>${(compliance.shareOfVillagesWithin * 100).toFixed(1)}%</dd>`
        + `<dt>${esc(t('parcelsWithin'))}</dt><dd>${(compliance.shareOfParcelsWithin * 100).toFixed(1)}%</dd>`
        + `<dt>${esc(t('remoteVillages'))}</dt><dd>${compliance.remoteVillages.length}</dd>`;
  }

  // Why a village misses the target even with daily visits, in the page's language; a calendar stored before
  // reasons had codes has only the English sentence.
  function unmetText(v) {
    if (!v.unmetCode) { return v.unmetReason || ''; }
    const args = v.unmetArguments.slice();
    if (v.unmetCode === 'DAILY_VISITS_OVER_TARGET') { args[0] = t('day' + args[0].slice(0, 3)); }
    return phrase(t, 'unmetTarget' + v.unmetCode, args, v.unmetReason);
  }

  // The week's visits of each village: a row per village that sorts, filters and pages, late villages in red with
  // why they miss the target.
  const grid = window.GongpeiTable(el('calendar-grid'), {
    t,
    rowData: (v) => ({ village: v.code, late: v.withinTarget ? '' : 'true' }),
    columns: [
      { key: 'village', label: 'village', value: (v) => v.name },
      ...DAYS.map((day) => ({ key: day, label: 'day' + day, value: (v) => (v.visitDays.includes(day) ? 1 : 0),
        html: (v) => (v.visitDays.includes(day) ? '<span class="visit">●</span>' : '') })),
      { key: 'worst', label: 'worstAge', numeric: true, value: (v) => v.worstAgeHours, text: (v) => v.worstAgeHours.toFixed(1) },
      { key: 'unmet', label: 'unmetCol', wrap: true, value: (v) => unmetText(v) }
    ]
  });

  function renderGrid() {
    const township = el('calendar-township').value;
    grid.setRows(calendar.villages.filter((v) => !township || v.townshipCode === township));
  }

  function showTargetCost(rows, id) {
    targetCosts = rows;
    if (id !== undefined) { targetCostId = id; }
    workbookLinks();
    el('target-cost-table').innerHTML = `<table><thead><tr><th>${esc(t('target'))}</th><th>${esc(t('weeklyCost'))}</th>`
        + `<th>${esc(t('costPerParcel'))}</th><th>${esc(t('vehicleDays'))}</th><th>${esc(t('km'))}</th>`
        + `<th>${esc(t('visitsPerWeek'))}</th></tr></thead><tbody>`
        + rows.map((r) => `<tr><td>${esc(r.targetHours ? r.plan : t('everyDaily'))}</td><td>${r.weeklyCostYuan.toFixed(0)}</td>`
            + `<td>${r.costPerParcelYuan.toFixed(3)}</td><td>${r.vehicleDays}</td><td>${r.kilometres.toFixed(0)}</td>`
            + `<td>${r.visitsPerWeek}</td></tr>`).join('')
        + '</tbody></table>';
    el('target-cost').hidden = false;
    window.GongpeiPanelCharts.targetCosts(t, rows);
  }

  el('calendar-form').addEventListener('submit', startCalendar);
  el('target-cost-start').addEventListener('click', startTargetCost);
  el('calendar-township').addEventListener('change', renderGrid);

  return {
    /** Writes the shown status, compliance, week grid and target costs again in the page's language. */
    relabel() {
      showStatus();
      if (calendar && compliance) {
        renderTownships([...new Set(calendar.villages.map((v) => v.townshipCode))].sort());
        renderCompliance();
        renderGrid();
        workbookLinks();
      }
      if (targetCosts) { showTargetCost(targetCosts); }
    },
    county(code) {
      if (job) { job.stop(); job = null; }
      calendar = null;
      compliance = null;
      targetCosts = null;
      calendarId = null;
      targetCostId = null;
      lastStatus = null;
      county = code;
      el('calendar-panel').hidden = false;
      el('calendar-result').hidden = true;
      el('target-cost').hidden = true;
      el('calendar-status').textContent = '';
    }
  };
};
