// The fleet and costs panel (车队与成本): the county's vehicle classes, counts, costs, shift, handling and hub
// limits as its settings in force, edited and saved as a new version; plans started later use them.
window.GongpeiFleet = function (ctx) {
  'use strict';
  const { t } = ctx;
  const { el, esc, getJson, problemText } = window.GongpeiUi;
  const VEHICLES = ['trunkTruck', 'chilledTruck', 'van'];
  const VEHICLE_FIELDS = ['name', 'capacityKg', 'capacityM3', 'chilledKg', 'chilledM3', 'count', 'fixedYuanPerDay',
    'yuanPerKm', 'yuanPerHour'];
  const DAY_FIELDS = ['shiftStartHour', 'shiftEndHour', 'maxWorkingHours', 'centreHandlingYuanPerParcel',
    'hubHandlingYuanPerParcel', 'hubDocks', 'hubSortingParcelsPerHour', 'vanTripsPerDay', 'reloadMinutes',
    'reloadSecondsPerParcel', 'drivingHoursBeforeBreak', 'breakMinutes'];
  const OPTIONAL = new Set(['count', 'hubDocks', 'hubSortingParcelsPerHour', 'vanTripsPerDay', 'reloadMinutes',
    'reloadSecondsPerParcel', 'drivingHoursBeforeBreak', 'breakMinutes']);
  let county = null;
  let current = null;
  let editable = false;

  const input = (path) => document.querySelector(`#fleet-form [data-field="${path}"]`);

  function fieldRow(path, key, value, text) {
    const type = text ? 'text' : 'number';
    const optional = OPTIONAL.has(key);
    return `<label><span>${esc(t('fleet_' + key))}${optional ? ` <small>${esc(t('fleetOptional'))}</small>` : ''}</span>`
      + `<input type="${type}" data-field="${esc(path)}" value="${esc(value ?? '')}"${text ? ' maxlength="64"' : ' step="any"'}`
      + `${editable ? '' : ' readonly'}${optional || text ? '' : ' required'}></label>`;
  }

  function render() {
    if (!current) { return; }
    const s = current.settings;
    el('fleet-version').textContent = current.version === 0 ? t('fleetDefaults')
      : `${t('fleetVersion')} ${current.version} · ${String(current.savedAt).replace('T', ' ').slice(0, 16)} · ${current.savedBy || ''}`;
    el('fleet-fields').innerHTML = VEHICLES.map((vehicle) => `<fieldset><legend>${esc(t('fleet_' + vehicle))}</legend>`
      + VEHICLE_FIELDS.map((key) => fieldRow(`${vehicle}.${key}`, key, s[vehicle][key], key === 'name')).join('')
      + '</fieldset>').join('')
      + `<fieldset><legend>${esc(t('fleetDay'))}</legend>`
      + DAY_FIELDS.map((key) => fieldRow(key, key, s[key], false)).join('') + '</fieldset>';
    el('fleet-save').hidden = !editable;
  }

  function read() {
    const number = (path) => {
      const raw = input(path).value.trim();
      return raw === '' ? null : Number(raw);
    };
    const settings = {};
    VEHICLES.forEach((vehicle) => {
      settings[vehicle] = {};
      VEHICLE_FIELDS.forEach((key) => {
        settings[vehicle][key] = key === 'name' ? input(`${vehicle}.${key}`).value.trim() : number(`${vehicle}.${key}`);
      });
    });
    DAY_FIELDS.forEach((key) => { settings[key] = number(key); });
    return settings;
  }

  async function save(event) {
    event.preventDefault();
    document.querySelectorAll('#fleet-form [aria-invalid]').forEach((x) => x.removeAttribute('aria-invalid'));
    el('fleet-status').textContent = '';
    const response = await fetch(`/api/v1/counties/${encodeURIComponent(county)}/fleet-settings`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(read())
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      (json.errors || []).forEach((e) => { const field = e.field && input(e.field); if (field) { field.setAttribute('aria-invalid', 'true'); } });
      el('fleet-status').dataset.saved = 'false';
      // each refused field in the page's language: its label and what is wrong with it
      const fields = (json.errors || []).filter((e) => e.code && e.field)
        .map((e) => `${t('fleet_' + e.field.split('.').pop())}${e.field.includes('.') ? ` (${t('fleet_' + e.field.split('.')[0])})` : ''}: ${t('fleetProblem_' + e.code)}`);
      el('fleet-status').textContent = fields.length ? `${t('fleetRefused')}: ${fields.join('; ')}`
        : problemText(json, response.statusText);
      return;
    }
    current = json;
    render();
    el('fleet-status').dataset.saved = 'true';
    el('fleet-status').textContent = `${t('fleetSaved')} ${json.version}`;
  }

  el('fleet-form').addEventListener('submit', (e) => save(e).catch((x) => { el('fleet-status').textContent = x.message; }));

  return {
    /** Shows the county's settings; @param mayEdit whether the user may save a new version */
    async county(code, mayEdit) {
      county = code;
      editable = mayEdit;
      el('fleet-status').textContent = '';
      current = await getJson(`/api/v1/counties/${encodeURIComponent(code)}/fleet-settings`);
      el('fleet-panel').hidden = false;
      render();
    },
    relabel() { render(); }
  };
};
