// The "today's plan" panel: start a daily plan, follow its solve, show and draw the result.
window.GongpeiPlans = function (ctx) {
  'use strict';
  const { map, t } = ctx;
  const { el, esc, yuan, km, clock, active, getJson, followJob } = window.GongpeiUi;
  const COLOURS = { TRUNK_DOWN: '#d1242f', TRUNK_UP: '#1a7f37', LAST_MILE: '#0969da', DIRECT: '#bf8700' };
  const CSS_CLASS = { TRUNK_DOWN: 'trunk-down', TRUNK_UP: 'trunk-up', LAST_MILE: 'last-mile', DIRECT: 'direct' };
  const GEOMETRY_REQUESTS_AT_ONCE = 4;
  // Routes lie under the markers (overlay pane 400), so villages and hubs stay visible and clickable.
  map.createPane('routes').style.zIndex = 350;
  const routeLayer = L.layerGroup().addTo(map);
  let county = null;
  let current = null;
  let job = null;
  let lastStatus = null;
  let lastResult = null;
  // The drawn route of each vehicle, so a click on its row in the table shows it on the map.
  const lines = new Map();
  const tables = window.GongpeiPlanTables({ t, onVehicle: highlight });

  /** Brings the vehicle's route to the front, thicker, with the other routes faded, and fits the map to it. */
  function highlight(route) {
    lines.forEach(({ line, weight }, vehicle) => {
      const on = vehicle === route.vehicleId;
      line.setStyle({ opacity: on ? 1 : 0.25, weight: on ? weight + 3 : weight });
      if (line.getElement()) { line.getElement().classList.toggle('highlighted', on); }
      if (on) {
        line.bringToFront();
        map.fitBounds(line.getBounds(), { padding: [30, 30], maxZoom: 14 });
      }
    });
  }

  const phaseText = (phase) => window.GongpeiUi.phaseText(t, phase);

  async function send(method, url, body) {
    const response = await fetch(url, {
      method,
      headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined
    });
    if (!response.ok) {
      let problem = {};
      try { problem = await response.json(); } catch (e) { /* not JSON */ }
      throw new Error(window.GongpeiUi.problemText(problem, response.statusText));
    }
    return response.status === 204 ? null : response.json();
  }

  function showError(message) {
    el('plan-error').textContent = message;
    el('plan-error').hidden = !message;
  }

  const changes = window.GongpeiPlanChanges({ t, send, showError, reopen: (id) => openPlan(id) });

  function setRunning(running) {
    el('plan-start').disabled = running;
    el('plan-stop').hidden = !running;
    el('plan-progress').hidden = !running;
  }

  function renderProgress(status) {
    lastStatus = status;
    el('plan-bar').value = status.fractionDone || 0;
    el('plan-bar').dataset.status = status.status;
    if (status.status === 'QUEUED') {
      el('plan-progress-text').textContent = t('queued');
      return;
    }
    const parts = [`${t('phase')}: ${phaseText(status.phase)}`];
    if (status.bestScore) { parts.push(`${t('bestScore')}: ${status.bestScore}`); }
    if (status.elapsedSeconds != null) { parts.push(`${t('elapsed')}: ${status.elapsedSeconds.toFixed(0)} ${t('seconds')}`); }
    el('plan-progress-text').textContent = parts.join(' · ');
  }

  function follow(id) {
    if (job) { job.stop(); }
    current = id;
    setRunning(true);
    showError('');
    el('plan-result').hidden = true;
    routeLayer.clearLayers();
    job = followJob(`/api/v1/plans/${id}`, {
      onUpdate: renderProgress,
      onEnd: (status) => {
        job = null;
        finished(status);
      },
      onError: (e) => {
        job = null;
        setRunning(false);
        showError(e.message);
      }
    });
  }

  async function finished(status) {
    setRunning(false);
    await refreshList();
    if (status.status === 'DONE') {
      await openPlan(status.id);
    } else {
      showError(`${t('status' + status.status)}: ${status.error || ''}`);
    }
  }

  async function start(event) {
    event.preventDefault();
    showError('');
    try {
      const plan = await send('POST', `/api/v1/counties/${encodeURIComponent(county)}/plans`, {
        date: el('plan-date').value,
        timeLimitSeconds: Number(el('plan-limit').value),
        hubs: el('plan-hubs').value
      });
      renderProgress(plan);
      follow(plan.id);
      refreshList();
    } catch (e) {
      showError(e.message);
    }
  }

  async function stop() {
    if (current == null) { return; }
    try {
      await send('POST', `/api/v1/plans/${current}/stop`);
    } catch (e) {
      showError(e.message);
    }
  }

  function renderTotals(status, plan) {
    const totals = plan.totals;
    const handled = totals.parcelsDelivered + totals.parcelsPickedUp;
    const rows = [
      ['totalCost', yuan(totals.costFen)],
      ['costPerParcel', handled ? (totals.costFen / 100 / handled).toFixed(2) : '–'],
      ['distanceKm', km(totals.distanceMetres)],
      ['vehiclesUsed', totals.vehiclesUsed],
      ['parcelsDelivered', totals.parcelsDelivered],
      ['parcelsPickedUp', totals.parcelsPickedUp],
      ['unservedCount', new Set(plan.unserved.map((u) => u.villageCode)).size],
      ['feasible', plan.violations.length ? t('feasibleNo') : t('feasibleYes')]
    ];
    el('plan-totals').innerHTML = rows.map(([k, v]) => `<dt>${esc(t(k))}</dt><dd data-total="${k}">${esc(v)}</dd>`).join('');
    el('plan-title').textContent = `#${status.id} · ${status.date}` + (status.stoppedEarly ? t('stoppedEarly') : '');
    const estimate = status.roads && status.roads.estimate;
    el('plan-estimate').hidden = !estimate;
    el('plan-estimate').textContent = estimate ? window.GongpeiEstimateText(t, estimate) : '';
  }

  async function drawRoutes(id, plan) {
    routeLayer.clearLayers();
    lines.clear();
    const mapBox = el('map');
    mapBox.dataset.routesDrawn = '0';
    let drawn = 0;
    const queue = plan.routes.slice();
    async function worker() {
      while (queue.length && current === id) {
        const route = queue.shift();
        try {
          const geometry = await getJson(`/api/v1/plans/${id}/routes/${encodeURIComponent(route.vehicleId)}/geometry`);
          if (current !== id) { return; }
          const weight = route.echelon.startsWith('TRUNK') ? 4 : 3;
          const line = L.polyline(geometry.legs, {
            pane: 'routes', color: COLOURS[route.echelon], weight, opacity: 0.8,
            // Trunk up runs on the trunk-down roads: dashed, so both stay visible.
            dashArray: route.echelon === 'TRUNK_UP' ? '8 8' : null,
            className: 'route ' + CSS_CLASS[route.echelon]
          }).bindTooltip(`${esc(route.vehicleId)} · ${esc(window.GongpeiUi.vehicleName(route))} · ${esc(t('echelon' + route.echelon))}`)
            .addTo(routeLayer);
          lines.set(route.vehicleId, { line, weight });
          drawn += 1;
          mapBox.dataset.routesDrawn = String(drawn);
        } catch (e) {
          showError(`${route.vehicleId}: ${e.message}`);
        }
      }
    }
    await Promise.all(Array.from({ length: GEOMETRY_REQUESTS_AT_ONCE }, worker));
    mapBox.dataset.plan = String(id);
  }

  async function openPlan(id) {
    try {
      const [status, plan] = await Promise.all([getJson(`/api/v1/plans/${id}`), getJson(`/api/v1/plans/${id}/result`)]);
      current = id;
      lastStatus = status;
      lastResult = plan;
      const query = new URLSearchParams(location.search);
      query.set('plan', String(id));
      history.replaceState(history.state, '', '?' + query);
      renderTotals(status, plan);
      tables.show(plan);
      changes.render(status, plan);
      el('plan-sheets').href = `/api/v1/plans/${id}/sheets`;
      el('plan-result').hidden = false;
      await drawRoutes(id, plan);
    } catch (e) {
      showError(e.message);
    }
  }

  async function refreshList() {
    if (!county) { return; }
    const list = el('plan-list');
    try {
      const plans = await getJson(`/api/v1/counties/${encodeURIComponent(county)}/plans`);
      list.innerHTML = plans.length ? '' : `<li>${esc(t('noPlans'))}</li>`;
      plans.forEach((p) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.plan = String(p.id);
        button.dataset.status = p.status;
        button.textContent = `#${p.id} ${p.date} · ${t('status' + p.status)}`
          + (p.summary ? ` · ${yuan(p.summary.costFen)} ${t('yuan')}` : '');
        button.addEventListener('click', () => {
          if (active(p)) { follow(p.id); } else if (p.status === 'DONE') { openPlan(p.id); } else {
            showError(`${t('status' + p.status)}: ${p.error || ''}`);
          }
        });
        li.appendChild(button);
        list.appendChild(li);
      });
    } catch (e) {
      showError(e.message);
    }
  }

  el('plan-form').addEventListener('submit', start);
  // A joint day of the Daming demo (668 villages) left parcels out below about 5 s.
  const checkLimit = window.GongpeiUi.watchTimeLimit(t, el('plan-limit'), el('plan-limit-warning'), 7.5);
  el('plan-stop').addEventListener('click', stop);

  return {
    /** Shows the panel for a county: its earlier plans, and none open. */
    county(code, planId) {
      if (job) { job.stop(); job = null; }
      county = code;
      current = null;
      lastStatus = null;
      lastResult = null;
      routeLayer.clearLayers();
      setRunning(false);
      showError('');
      el('plan-result').hidden = true;
      el('plan-panel').hidden = false;
      checkLimit();
      refreshList().then(async () => {
        if (planId) { await this.open(planId); return; }
        const running = document.querySelector('#plan-list button[data-status=SOLVING], #plan-list button[data-status=QUEUED]');
        if (running) { follow(Number(running.dataset.plan)); }
      });
    },
    /** Opens a plan of the shown county: follows it while it runs, shows it when done. */
    async open(id) {
      try {
        const status = await getJson(`/api/v1/plans/${id}`);
        if (active(status)) { follow(id); } else if (status.status === 'DONE') {
          await openPlan(id);
        } else {
          showError(`${t('status' + status.status)}: ${status.error || ''}`);
        }
      } catch (e) {
        showError(e.message);
      }
    },
    /** Re-renders the texts after a language switch. */
    relabel() {
      checkLimit();
      if (lastStatus && !el('plan-progress').hidden) { renderProgress(lastStatus); }
      if (lastResult && lastStatus && !el('plan-result').hidden) {
        renderTotals(lastStatus, lastResult);
        tables.relabel();
        changes.render(lastStatus, lastResult);
      }
      refreshList();
    }
  };
};
