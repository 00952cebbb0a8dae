// The county network's editor (县网络 tab): a click on a village or hub on the map opens it in a form; "add"
// places a new one where the map is clicked next; "move" takes the next click as its new place. Each save or
// removal goes through the API, which validates the whole network as an import does; the map is then redrawn.
window.GongpeiNetworkEditor = function (ctx) {
  'use strict';
  const { map, t, reload } = ctx;
  const { el, esc, problemText } = window.GongpeiUi;
  const FIELDS = {
    village: [['code', 'text'], ['name', 'text'], ['townshipCode', 'township'], ['lat', 'number'], ['lon', 'number'],
      ['population', 'number'], ['poor', 'checkbox'], ['station', 'checkbox']],
    hub: [['code', 'text'], ['name', 'text'], ['townshipCode', 'township'], ['lat', 'number'], ['lon', 'number'],
      ['designated', 'checkbox'], ['coldStorage', 'checkbox'], ['capacityParcelsPerDay', 'number']]
  };
  const COLLECTION = { village: 'villages', hub: 'hubs' };
  let network = null;
  let editable = false;
  let part = null; // { kind, existing, data }
  let placing = null; // 'new' or 'move' while the next map click places the part
  const marker = L.circleMarker([0, 0], { radius: 9, color: '#d1242f', weight: 3, fill: false, className: 'editing' });

  const input = (name) => document.querySelector(`#editor-form [data-field="${name}"]`);

  function fieldRow([name, type]) {
    const label = `<span>${esc(t('editField_' + name))}</span>`;
    const value = part.data[name];
    if (type === 'checkbox') {
      return `<label class="check"><input type="checkbox" data-field="${name}"${value ? ' checked' : ''}>${label}</label>`;
    }
    if (type === 'township') {
      const options = network.townships.map((tw) => `<option value="${esc(tw.code)}"${tw.code === value ? ' selected' : ''}>`
        + `${esc(tw.name)} (${esc(tw.code)})</option>`).join('');
      return `<label>${label}<select data-field="${name}" required>${options}</select></label>`;
    }
    const readonly = name === 'code' && part.existing ? ' readonly' : '';
    const attributes = type === 'number' ? ` step="any"${name === 'lat' || name === 'lon' ? ' required' : ''}` : ' maxlength="200" required';
    return `<label>${label}<input type="${type}" data-field="${name}" value="${esc(value ?? '')}"${attributes}${readonly}></label>`;
  }

  function render() {
    el('editor-tools').hidden = !editable;
    el('editor-hint').textContent = placing ? t(placing === 'new' ? 'editPlaceNew' : 'editPlaceMove') : t('editHint');
    el('editor-form').hidden = !part;
    if (!part) { marker.remove(); return; }
    el('editor-title').textContent = t(part.existing ? 'editChange_' + part.kind : 'editAdd_' + part.kind);
    el('editor-fields').innerHTML = FIELDS[part.kind].map(fieldRow).join('');
    el('editor-remove').hidden = !part.existing;
    if (Number.isFinite(part.data.lat) && Number.isFinite(part.data.lon)) {
      marker.setLatLng([part.data.lat, part.data.lon]).addTo(map);
    }
  }

  /** The form's values, with the position and flags as the API takes them. */
  function read() {
    const data = {};
    FIELDS[part.kind].forEach(([name, type]) => {
      const field = input(name);
      if (type === 'checkbox') { data[name] = field.checked; return; }
      const raw = field.value.trim();
      data[name] = type === 'number' ? (raw === '' ? null : Number(raw)) : raw;
    });
    if (part.kind === 'village' && data.population === null) { data.population = 0; }
    return data;
  }

  function status(text, ok) {
    el('editor-status').textContent = text;
    el('editor-status').dataset.saved = String(ok);
  }

  async function send(method, data) {
    const code = part.existing ? part.data.code : data.code;
    const url = `/api/v1/counties/${encodeURIComponent(network.code)}/${COLLECTION[part.kind]}/${encodeURIComponent(code || '-')}`;
    const response = await fetch(url, { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: data ? JSON.stringify(data) : undefined });
    const json = response.status === 204 ? {} : await response.json().catch(() => ({}));
    return { response, json };
  }

  function refused(response, json) {
    const known = (json.errors || []).filter((e) => e.code && e.field);
    known.forEach((e) => { const field = input(e.field); if (field) { field.setAttribute('aria-invalid', 'true'); } });
    const text = known.length ? known.map((e) => `${t('editField_' + e.field)}: ${t('inputProblem_' + e.code)}`).join('; ')
      : problemText(json, response.statusText);
    status(`${t('editRefused')}: ${text}`, false);
  }

  async function save(event) {
    event.preventDefault();
    document.querySelectorAll('#editor-form [aria-invalid]').forEach((x) => x.removeAttribute('aria-invalid'));
    const data = read();
    const { response, json } = await send('PUT', data);
    if (!response.ok) { refused(response, json); return; }
    part = { kind: part.kind, existing: true, data: json };
    placing = null;
    await reload();
    status(t('editSaved'), true);
  }

  async function remove() {
    if (!window.confirm(t('editConfirmRemove').replace('{0}', part.data.name || part.data.code))) { return; }
    const { response, json } = await send('DELETE', null);
    if (!response.ok) { refused(response, json); return; }
    part = null;
    await reload();
    status(t('editRemoved'), true);
  }

  function start(kind) {
    part = { kind, existing: false, data: { townshipCode: network.townships[0] && network.townships[0].code } };
    placing = 'new';
    status('', true);
    render();
  }

  map.on('click', (e) => {
    if (!placing || !part) { return; }
    Object.assign(part.data, read(), {
      lat: Number(e.latlng.lat.toFixed(6)), lon: Number(e.latlng.lng.toFixed(6))
    });
    placing = null;
    render();
  });
  el('editor-add-village').addEventListener('click', () => start('village'));
  el('editor-add-hub').addEventListener('click', () => start('hub'));
  el('editor-move').addEventListener('click', () => { Object.assign(part.data, read()); placing = 'move'; render(); });
  el('editor-cancel').addEventListener('click', () => { part = null; placing = null; status('', true); render(); });
  el('editor-remove').addEventListener('click', () => remove().catch((x) => status(x.message, false)));
  el('editor-form').addEventListener('submit', (e) => save(e).catch((x) => status(x.message, false)));

  return {
    /** The county shown; @param mayEdit whether the user may change it */
    county(data, mayEdit) {
      if (!network || network.code !== data.code) { part = null; placing = null; status('', true); }
      network = data;
      editable = mayEdit;
      el('editor').hidden = !mayEdit;
      render();
    },
    /** A village or hub clicked on the map: opened in the form unless a click is placing a part. */
    choose(kind, data) {
      if (!editable || placing) { return; }
      part = { kind, existing: true, data: { ...data } };
      status('', true);
      render();
    },
    relabel() { render(); }
  };
};
