(function () {
  'use strict';
  const texts = window.GONGPEI_TEXTS;
  let lang = localStorage.getItem('gongpei.lang') || 'zh';
  let selected = null;
  let counties = [];
  const map = L.map('map', { preferCanvas: false, zoomSnap: 0.25 }).setView([36.28, 115.15], 10);
  const layers = L.layerGroup().addTo(map);
  const tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18, attribution: '&copy; OpenStreetMap contributors'
  });

  const { esc, getJson } = window.GongpeiUi;
  const t = (key) => (texts[lang] && texts[lang][key]) || key;
  window.GongpeiUi.useTexts(t);
  let plans = null;
  let bureau = null;
  let calendar = null;
  let evaluation = null;
  let roads = null;
  let fleet = null;
  let editor = null;
  let users = null;
  let design = null;
  let province = null;

  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.getElementById('lang').textContent = t('switchTo');
    document.getElementById('tabs').setAttribute('aria-label', t('tabsLabel'));
    renderList();
    if (me) { showUser(); }
    if (selected) { renderDetails(selected); }
    if (plans) { plans.relabel(); }
    if (bureau) { bureau.relabel(); }
    if (evaluation) { evaluation.relabel(); }
    if (calendar) { calendar.relabel(); }
    if (roads) { roads.relabel(); }
    if (fleet) { fleet.relabel(); }
    if (editor) { editor.relabel(); }
    if (users) { users.relabel(); }
    if (design) { design.relabel(); }
    if (province) { province.relabel(); }
  }

  function showError(message) {
    const box = document.getElementById('error');
    box.textContent = t('loadFailed') + message;
    box.hidden = false;
  }

  // A POST of the fields as JSON or, when a demand CSV is chosen in one of the file inputs, as a multipart form
  // of the same fields (lists comma-separated) with the files down and up, as the upload endpoints take them.
  function postInit(fields, downInput, upInput) {
    const down = downInput.files[0];
    const up = upInput.files[0];
    if (!down && !up) {
      return { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(fields) };
    }
    const form = new FormData();
    Object.entries(fields).forEach(([name, value]) => {
      if (value == null) { return; }
      form.append(name, Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value));
    });
    if (down) { form.append('down', down); }
    if (up) { form.append('up', up); }
    return { method: 'POST', headers: { Accept: 'application/json' }, body: form };
  }

  // The county list: a choice in the tab bar, so it stays at hand on every tab.
  function renderList() {
    const list = document.getElementById('counties');
    document.getElementById('empty').hidden = counties.length > 0;
    list.innerHTML = counties.map((c) => `<option value="${esc(c.code)}" data-code="${esc(c.code)}">`
      + `${esc(c.name)} (${esc(c.code)}) · ${c.villages} ${esc(t('villages'))}</option>`).join('');
    list.value = selected ? selected.code : '';
  }

  // The county chosen is kept in the address; a plan of another county no longer applies.
  function remember(code) {
    const query = new URLSearchParams(location.search);
    if (query.get('county') === code) { return; }
    query.set('county', code);
    query.delete('plan');
    history.replaceState(history.state, '', '?' + query);
  }

  function renderDetails(network) {
    const summary = counties.find((c) => c.code === network.code) || {};
    document.getElementById('details').hidden = false;
    document.getElementById('county-name').textContent = `${network.name} (${network.code})`;
    document.getElementById('data-note').textContent = network.note || '';
    document.getElementById('data-note').hidden = !network.note;
    document.querySelector('[data-i18n=aboutData]').hidden = !network.note;
    const stats = [
      ['province', network.province], ['capital', network.provincialCapital],
      ['townships', network.townships.length], ['hubs', network.hubs.length],
      ['villages', network.villages.length], ['stations', summary.stations],
      ['poorVillages', summary.poorVillages], ['population', (summary.population ?? 0).toLocaleString()]
    ];
    document.getElementById('county-stats').innerHTML =
      stats.map(([k, v]) => `<dt>${esc(t(k))}</dt><dd data-stat="${k}">${esc(v)}</dd>`).join('');
  }

  function villageStyle(v) {
    const fill = v.station ? '#2da44e' : (v.poor ? '#fb8f44' : '#afb8c1');
    return {
      radius: v.station ? 4 : 3, color: v.poor ? '#fb8f44' : '#333', weight: v.poor && v.station ? 2 : 0.6,
      fillColor: fill, fillOpacity: 0.9,
      className: 'village' + (v.station ? ' station' : '') + (v.poor ? ' poor' : '')
    };
  }

  /** Draws the county; @param keepView whether the map stays where it is (after an edit) */
  function draw(network, keepView) {
    layers.clearLayers();
    const townshipNames = Object.fromEntries(network.townships.map((tw) => [tw.code, tw.name]));
    const bounds = [];
    if (network.boundary && network.boundary.length) {
      const rings = network.boundary.map((ring) => ring.map(([lon, lat]) => [lat, lon]));
      L.polygon(rings, { color: '#1f4e79', weight: 2, fill: true, fillOpacity: 0.04, className: 'boundary', interactive: false })
        .addTo(layers);
      rings[0].forEach((p) => bounds.push(p));
    }
    network.villages.forEach((v) => {
      L.circleMarker([v.lat, v.lon], villageStyle(v))
        .bindTooltip(`${esc(v.name)} (${esc(v.code)})<br>${esc(t('township'))}: ${esc(townshipNames[v.townshipCode])}`
          + `<br>${esc(t('population'))}: ${v.population} · ${esc(v.station ? t('stationYes') : t('stationNo'))}`
          + (v.poor ? ` · ${esc(t('poorYes'))}` : ''))
        .on('click', () => editor.choose('village', v))
        .addTo(layers);
      bounds.push([v.lat, v.lon]);
    });
    network.hubs.forEach((h) => {
      L.circleMarker([h.lat, h.lon], {
        radius: 7, color: '#8250df', weight: 2, fillColor: h.designated ? '#8250df' : '#ffffff', fillOpacity: 1,
        className: 'hub' + (h.designated ? ' designated' : '')
      }).bindTooltip(`${esc(h.name)} · ${esc(h.designated ? t('designated') : t('candidate'))}`
          + (h.coldStorage ? ` · ${esc(t('coldStorage'))}` : '')
          + (h.capacityParcelsPerDay ? ` · ${h.capacityParcelsPerDay} ${esc(t('capacity'))}` : ''))
        .on('click', () => editor.choose('hub', h))
        .addTo(layers);
    });
    L.circleMarker([network.centre.lat, network.centre.lon], {
      radius: 10, color: '#000', weight: 2, fillColor: '#d1242f', fillOpacity: 1, className: 'centre'
    }).bindTooltip(esc(network.centre.name)).addTo(layers);
    bounds.push([network.centre.lat, network.centre.lon]);
    if (!keepView) { map.fitBounds(bounds, { padding: [20, 20] }); }
  }

  /** Reads the county's network and sizes again after an edit, and redraws it where the map is. */
  async function refreshNetwork() {
    const code = selected.code;
    const [network, list] = await Promise.all([getJson(`/api/v1/counties/${encodeURIComponent(code)}`),
      getJson('/api/v1/counties')]);
    counties = list;
    selected = network;
    renderList();
    renderDetails(network);
    draw(network, true);
    document.getElementById('map').dataset.villages = String(network.villages.length);
    editor.county(network, may(PANEL_ROLES.editor));
  }

  async function select(code, planId) {
    try {
      const network = await getJson(`/api/v1/counties/${encodeURIComponent(code)}`);
      selected = network;
      remember(code);
      renderList();
      renderDetails(network);
      draw(network);
      document.getElementById('map').dataset.county = code;
      document.getElementById('map').dataset.villages = String(network.villages.length);
      editor.county(network, may(PANEL_ROLES.editor));
      if (may(PANEL_ROLES.plans)) { plans.county(code, planId); }
      if (may(PANEL_ROLES.bureau)) { bureau.county(code).catch((e) => showError(e.message)); }
      if (may(PANEL_ROLES.calendar)) { calendar.county(code); }
      if (may(PANEL_ROLES.evaluation)) { evaluation.county(code).catch((e) => showError(e.message)); }
      roads.county(code, may(PANEL_ROLES.roads)).catch((e) => showError(e.message));
      fleet.county(code, may(PANEL_ROLES.fleet)).catch((e) => showError(e.message));
      design.county(code, may(PANEL_ROLES.design)).catch((e) => showError(e.message));
    } catch (e) {
      showError(e.message);
    }
  }

  // The panels each role may use; an admin may use every panel.
  const PANEL_ROLES = {
    plans: ['contractor'], bureau: ['bureau'], calendar: ['bureau'], evaluation: ['evaluator'], roads: [],
    fleet: ['contractor', 'bureau'], editor: ['contractor'], design: ['bureau'], province: ['bureau', 'evaluator']
  };
  let me = null;

  function may(roles) {
    return me !== null && (me.roles.includes('admin') || roles.some((role) => me.roles.includes(role)));
  }

  function showAccountForm(id) {
    document.getElementById('account-overlay').hidden = id === null;
    ['login-form', 'password-form'].forEach((form) => { document.getElementById(form).hidden = form !== id; });
  }

  function showUser() {
    document.getElementById('user').hidden = false;
    document.getElementById('logout').hidden = false;
    document.getElementById('user-name').textContent = me.username;
    document.getElementById('user-role').textContent = me.roles.map((role) => t('role' + role)).join(', ');
  }

  async function logIn(event) {
    event.preventDefault();
    const body = new URLSearchParams({
      j_username: document.getElementById('login-user').value,
      j_password: document.getElementById('login-password').value
    });
    const response = await fetch('/j_security_check', { method: 'POST', body });
    const error = document.getElementById('login-error');
    error.hidden = response.ok;
    if (!response.ok) { error.textContent = t('loginFailed'); return; }
    await openSession();
  }

  async function changePassword(event) {
    event.preventDefault();
    const response = await fetch('/api/v1/me/password', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ currentPassword: document.getElementById('password-current').value,
        newPassword: document.getElementById('password-new').value })
    });
    const error = document.getElementById('password-error');
    error.hidden = response.ok;
    if (!response.ok) {
      let problem = {};
      try { problem = await response.json(); } catch (e) { /* not JSON */ }
      error.textContent = window.GongpeiUi.problemText(problem, response.statusText);
      return;
    }
    await openSession();
  }

  async function logOut() {
    await fetch('/api/v1/me/logout', { method: 'POST' });
    location.reload();
  }

  // Who is logged in: the login form when nobody, the password form after a one-time password, else the map.
  async function openSession() {
    const response = await fetch('/api/v1/me', { headers: { Accept: 'application/json' } });
    if (response.status === 401) { showAccountForm('login-form'); return; }
    if (!response.ok) { showError(response.statusText); return; }
    me = await response.json();
    document.body.dataset.roles = me.roles.join(' ');
    if (me.mustChangePassword) { showAccountForm('password-form'); return; }
    showAccountForm(null);
    showUser();
    users.show(may([])).catch((e) => showError(e.message));
    province.show(may(PANEL_ROLES.province)).catch((e) => showError(e.message));
    await openMap();
  }

  async function start() {
    document.getElementById('login-form').addEventListener('submit', (e) => logIn(e).catch((x) => showError(x.message)));
    document.getElementById('password-form').addEventListener('submit', (e) => changePassword(e).catch((x) => showError(x.message)));
    document.getElementById('logout').addEventListener('click', () => logOut());
    plans = window.GongpeiPlans({ map, t });
    bureau = window.GongpeiBureau({ map, t, postInit });
    calendar = window.GongpeiCalendar({ t, postInit });
    evaluation = window.GongpeiEvaluation({ map, t });
    roads = window.GongpeiRoads({ map, t });
    fleet = window.GongpeiFleet({ t });
    editor = window.GongpeiNetworkEditor({ map, t, reload: refreshNetwork });
    users = window.GongpeiUsers({ t });
    design = window.GongpeiDesign({ map, t, lang: () => lang });
    province = window.GongpeiProvince({ t, lang: () => lang });
    // A chart drawn while its tab was hidden has no size: it is fitted when its tab shows.
    window.GongpeiTabs({ onShow: () => { map.invalidateSize(); window.GongpeiCharts.resize(); } });
    document.getElementById('counties').addEventListener('change', (e) => select(e.target.value));
    // The working area can be widened by its corner; the map then fills what is left.
    new ResizeObserver(() => map.invalidateSize()).observe(document.getElementById('map'));
    applyLanguage();
    document.getElementById('lang').addEventListener('click', () => {
      lang = lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem('gongpei.lang', lang);
      applyLanguage();
    });
    document.getElementById('tiles').addEventListener('change', (e) => {
      if (e.target.checked) { tiles.addTo(map); } else { tiles.remove(); }
    });
    await openSession();
  }

  async function openMap() {
    try {
      counties = await getJson('/api/v1/counties');
      renderList();
      const query = new URLSearchParams(location.search);
      const first = counties.find((c) => c.code === query.get('county')) || counties[0];
      const plan = Number(query.get('plan')) || null;
      if (first) { await select(first.code, first.code === query.get('county') ? plan : null); }
    } catch (e) {
      showError(e.message);
    }
  }

  start();
})();
