// The tables of a daily plan: its vehicles (a click on one shows its route on the map and its stops below,
// with the reloads between trips) and the villages it leaves unserved, with why.
window.GongpeiPlanTables = function (ctx) {
  'use strict';
  const { t, onVehicle } = ctx;
  const { el, esc, yuan, km, clock, unservedText } = window.GongpeiUi;
  const CSS_CLASS = { TRUNK_DOWN: 'trunk-down', TRUNK_UP: 'trunk-up', LAST_MILE: 'last-mile', DIRECT: 'direct' };
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  const parcelsAt = (stop) => sum(Object.values(stop.parcelsByCarrier || {}));
  const hours = (route) => (route.returnSeconds - route.departureSeconds) / 3600;
  let chosen = null;

  const vehicles = window.GongpeiTable(el('plan-routes'), {
    t,
    rowKey: (r) => r.vehicleId,
    rowData: (r) => ({ vehicle: r.vehicleId, trips: r.trips, echelon: r.echelon }),
    onRowClick: (r) => {
      chosen = r;
      renderStops();
      onVehicle(r);
    },
    emptyKey: 'noVehicles',
    columns: [
      { key: 'vehicle', label: 'vehicleCol', value: (r) => r.vehicleId,
        text: (r) => `${r.vehicleId} ${window.GongpeiUi.vehicleName(r)} ${t('echelon' + r.echelon)}`,
        // The vehicle's name (its class and depot) is in its title and the heading of its stops: the row stays narrow.
        html: (r) => `<span class="line ${CSS_CLASS[r.echelon]}" title="${esc(t('echelon' + r.echelon))}"></span> `
          + `<b title="${esc(window.GongpeiUi.vehicleName(r))}">${esc(r.vehicleId)}</b>` },
      { key: 'depot', label: 'depot', value: (r) => r.depotName },
      { key: 'time', label: 'workingTime', value: (r) => r.departureSeconds,
        text: (r) => `${clock(r.departureSeconds)}–${clock(r.returnSeconds)}` },
      { key: 'stops', label: 'stopsCol', numeric: true, value: (r) => r.stops.length },
      { key: 'trips', label: 'tripsCol', numeric: true, value: (r) => r.trips },
      { key: 'parcels', label: 'parcels', numeric: true, value: (r) => r.parcels },
      { key: 'km', label: 'km', numeric: true, value: (r) => r.distanceMetres, text: (r) => km(r.distanceMetres) },
      { key: 'hours', label: 'hoursCol', numeric: true, value: hours, text: (r) => hours(r).toFixed(1) },
      { key: 'cost', label: 'yuan', numeric: true, value: (r) => r.costFen, text: (r) => yuan(r.costFen) }
    ],
    totals: (rows) => ({
      stops: sum(rows.map((r) => r.stops.length)), trips: sum(rows.map((r) => r.trips)),
      parcels: sum(rows.map((r) => r.parcels)), km: km(sum(rows.map((r) => r.distanceMetres))),
      hours: sum(rows.map(hours)).toFixed(1), cost: yuan(sum(rows.map((r) => r.costFen)))
    })
  });

  const unserved = window.GongpeiTable(el('plan-unserved'), {
    t,
    rowData: (u) => ({ village: u.villageCode }),
    emptyKey: 'noUnserved',
    columns: [
      { key: 'village', label: 'village', value: (u) => u.villageName },
      { key: 'code', label: 'villageCode', value: (u) => u.villageCode },
      { key: 'parcels', label: 'parcels', numeric: true, value: (u) => u.parcels },
      { key: 'pickups', label: 'pickups', numeric: true, value: (u) => u.pickupParcels },
      { key: 'reason', label: 'reasonCol', wrap: true, value: (u) => unservedText(t, u) }
    ],
    totals: (rows) => ({ parcels: sum(rows.map((u) => u.parcels)), pickups: sum(rows.map((u) => u.pickupParcels)) })
  });

  function reloadRow(route, stop, index) {
    if (index === 0 || stop.trip === route.stops[index - 1].trip) { return ''; }
    return `<tr class="reload" data-trip="${stop.trip}"><td colspan="8">${esc(t('tripNo'))} ${stop.trip} · `
      + `${esc(t('reloadAt'))} ${esc(route.depotName)} · ${esc(t('leaves'))} ${clock(stop.tripDepartureSeconds)}</td></tr>`;
  }

  function stopRow(route, stop, index) {
    const collected = sum((stop.pickups || []).map((p) => p.parcels));
    return reloadRow(route, stop, index) + `<tr><td class="n">${index + 1}</td><td class="n">${stop.trip || 1}</td>`
      + `<td class="n">${clock(stop.arrivalSeconds)}</td><td>${esc(stop.siteName)}</td><td>${esc(t('kind' + stop.kind))}</td>`
      + `<td class="n">${parcelsAt(stop) || ''}</td><td class="n">${stop.chilledParcels || ''}</td>`
      + `<td class="n">${collected || ''}</td></tr>`;
  }

  // The stops of the vehicle chosen in the table.
  function renderStops() {
    const route = chosen;
    el('plan-stops').innerHTML = !route ? `<p class="hint">${esc(t('chooseVehicle'))}</p>`
      : `<h4 data-vehicle="${esc(route.vehicleId)}">${esc(route.vehicleId)} · ${esc(window.GongpeiUi.vehicleName(route))} · `
      + `${esc(t('echelon' + route.echelon))} · ${esc(route.depotName)} · ${clock(route.departureSeconds)}–`
      + `${clock(route.returnSeconds)}</h4><table class="stops"><thead><tr><th>${esc(t('stopNo'))}</th>`
      + `<th>${esc(t('tripNo'))}</th><th>${esc(t('arrival'))}</th><th>${esc(t('site'))}</th><th>${esc(t('work'))}</th>`
      + `<th>${esc(t('parcels'))}</th><th>${esc(t('chilled'))}</th><th>${esc(t('pickups'))}</th></tr></thead>`
      + `<tbody>${route.stops.map((stop, index) => stopRow(route, stop, index)).join('')}</tbody></table>`;
  }

  return {
    /** Shows a plan's vehicles and unserved villages, none chosen. */
    show(plan) {
      chosen = null;
      vehicles.setRows(plan.routes.map((route) => ({ ...route,
        trips: Math.max(1, ...route.stops.map((s) => s.trip || 1)), parcels: sum(route.stops.map(parcelsAt)) })));
      unserved.setRows(plan.unserved);
      renderStops();
    },
    /** Re-renders the texts after a language switch. */
    relabel() {
      vehicles.relabel();
      unserved.relabel();
      renderStops();
    }
  };
};
