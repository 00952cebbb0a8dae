// The road network panel (路网): upload an OpenStreetMap extract for the county with an upload progress bar, follow
// its import job (each profile's contraction hierarchy, then the road check), list the county's road networks, and
// show the road check: villages too far from a road or cut off from the centre, and the farthest by time, on the map.
/** @return the text that labels results on estimated roads, with the assumptions (shared with the plan panel) */
window.GongpeiEstimateText = function (t, estimate) {
  'use strict';
  const speeds = Object.entries(estimate.speedKmh).map(([profile, kmh]) => `${t('profile' + profile)} ${kmh} km/h`);
  return `${t('estimateLabel')}: ${t('estimateNoRoads')} × ${estimate.detourFactor}; ${speeds.join(', ')}`;
};

window.GongpeiRoads = function (ctx) {
  'use strict';
  const { map, t } = ctx;
  const { el, esc, getJson, followJob } = window.GongpeiUi;
  const estimateText = window.GongpeiEstimateText;
  const layer = L.layerGroup().addTo(map);
  let county = null;
  let network = null;
  let check = null;
  let following = null;

  const phaseText = (phase) => (phase ? t('roadPhase' + phase.replace(/^CH_.*/, 'CH')) : '')
    + (phase && phase.startsWith('CH_') ? ` ${t('profile' + phase.slice(3))}` : '');

  function showProgress(status) {
    el('roads-progress').hidden = false;
    el('roads-progress').value = status.fractionDone || 0;
    el('roads-status').textContent = `${t('status' + status.status)} · ${phaseText(status.phase)}`
      + ` · ${Math.round((status.fractionDone || 0) * 100)} %`;
  }

  // Without a road network the county is planned on estimates: a banner says so, with the assumptions.
  async function showRoads() {
    const roads = await getJson(`/api/v1/counties/${encodeURIComponent(county)}/road-networks/current`);
    el('estimate-banner').hidden = !roads.estimate;
    el('estimate-banner').textContent = roads.estimate ? estimateText(t, roads.estimate) : '';
  }

  function ended(status) {
    el('roads-progress').hidden = true;
    el('roads-status').dataset.status = status.status;
    if (status.status === 'DONE') {
      el('roads-status').textContent = `${t('roadsImported')}: ${status.sourceName} · ${status.nodes} ${t('junctions')}`;
      showCheck(status.roadCheck);
    } else {
      el('roads-status').textContent = `${t('status' + status.status)}: ${status.error || ''}`;
    }
    list();
    showRoads();
  }

  // XMLHttpRequest rather than fetch: it reports the upload's progress.
  function upload(event) {
    event.preventDefault();
    const file = el('roads-file').files[0];
    if (!file) { return; }
    const form = new FormData();
    form.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/counties/${encodeURIComponent(county)}/road-networks`);
    request.setRequestHeader('Accept', 'application/json');
    el('roads-progress').hidden = false;
    el('roads-progress').value = 0;
    el('roads-status').textContent = t('uploading');
    delete el('roads-status').dataset.status;
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) { el('roads-progress').value = e.loaded / e.total; }
    };
    request.onload = () => {
      let body = {};
      try { body = JSON.parse(request.responseText); } catch (e) { /* not JSON */ }
      if (request.status !== 202) {
        el('roads-progress').hidden = true;
        el('roads-status').textContent = window.GongpeiUi.problemText(body, request.statusText);
        return;
      }
      showProgress(body);
      if (following) { following.stop(); }
      following = followJob(`/api/v1/road-networks/${body.id}`, { onUpdate: showProgress, onEnd: ended,
        onError: (e) => { el('roads-status').textContent = e.message; } });
    };
    request.onerror = () => { el('roads-progress').hidden = true; el('roads-status').textContent = t('loadFailed'); };
    request.send(form);
  }

  async function list() {
    const networks = await getJson(`/api/v1/counties/${encodeURIComponent(county)}/road-networks`);
    el('roads-list').innerHTML = networks.length === 0 ? `<li>${esc(t('noRoadUploads'))}</li>` : networks.map((n) =>
      `<li data-id="${n.id}"${n.current ? ' class="current"' : ''}>${n.id} · ${esc(n.sourceName)} · `
      + `${((n.sizeBytes || 0) / 1048576).toFixed(1)} MB · ${esc(t('status' + n.status))}`
      + (n.current ? ` · <strong>${esc(t('currentRoads'))}</strong>` : '')
      + (n.contentSha256 ? ` · <code title="${esc(n.contentSha256)}">${esc(n.contentSha256.slice(0, 12))}…</code>` : '')
      + '</li>').join('');
  }

  async function runCheck() {
    try {
      showCheck(await getJson(`/api/v1/counties/${encodeURIComponent(county)}/road-check`));
    } catch (e) {
      el('roads-check').textContent = e.message;
    }
  }

  function showCheck(result) {
    check = result;
    if (!check) { return; }
    const row = (cells) => `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
    el('roads-check').innerHTML = `<p data-routable="${check.routable}">${esc(t('profile' + check.profile))}: `
      + `${check.routable} / ${check.villages} ${esc(t('villagesRoutable'))}</p>`
      + `<h4>${esc(t('roadProblems'))}</h4>`
      + (check.problems.length === 0 ? `<p class="roads-ok">${esc(t('noRoadProblems'))}</p>`
        : `<table class="bureau-table roads-problems"><tbody>${check.problems.map((p) => row([p.villageName,
          t('reason' + p.reason)])).join('')}</tbody></table>`)
      + `<h4>${esc(t('farthestByTime'))}</h4><table class="bureau-table roads-farthest"><thead><tr>`
      + `<th>${esc(t('village'))}</th><th>${esc(t('outMinutes'))}</th><th>${esc(t('backMinutes'))}</th>`
      + `<th>${esc(t('km'))}</th></tr></thead><tbody>`
      + check.farthest.map((f) => row([f.villageName, f.outMinutes.toFixed(0), f.backMinutes.toFixed(0),
        f.outKilometres.toFixed(1)])).join('') + '</tbody></table>';
    draw();
  }

  function draw() {
    layer.clearLayers();
    if (!check || !network) { return; }
    const where = Object.fromEntries(network.villages.map((v) => [v.code, v]));
    const mark = (code, colour, className, text) => {
      const at = where[code];
      if (!at) { return; }
      L.circleMarker([at.lat, at.lon], { radius: 8, weight: 3, color: colour, fill: false, className })
        .bindTooltip(`${esc(at.name)}<br>${esc(text)}`).addTo(layer);
    };
    check.problems.forEach((p) => mark(p.villageCode, '#cf222e', 'road-problem', t('reason' + p.reason)));
    check.farthest.forEach((f) => mark(f.villageCode, '#bf8700', 'road-farthest',
      `${f.outMinutes.toFixed(0)} ${t('minutes')}`));
  }

  el('roads-form').addEventListener('submit', upload);
  el('roads-check-run').addEventListener('click', runCheck);

  return {
    /** @param manage whether the user may upload road networks (else only the estimate banner is shown) */
    async county(code, manage = true) {
      county = code;
      check = null;
      layer.clearLayers();
      if (following) { following.stop(); following = null; }
      el('roads-panel').hidden = !manage;
      el('roads-progress').hidden = true;
      el('roads-status').textContent = '';
      el('roads-check').textContent = '';
      network = await getJson(`/api/v1/counties/${encodeURIComponent(code)}`);
      await Promise.all(manage ? [list(), showRoads()] : [showRoads()]);
    },
    relabel() {
      if (check) { showCheck(check); }
      if (county) { showRoads(); }
    }
  };
};
