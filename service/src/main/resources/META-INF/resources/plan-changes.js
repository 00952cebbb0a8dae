// A done plan's real-time changes (实时调整): the list of changes applied, each with its re-planning notes in the
// page's language, and the form that reports a breakdown or an urgent pickup and opens the new revision.
window.GongpeiPlanChanges = function (ctx) {
  'use strict';
  const { t, send, showError, reopen } = ctx;
  const { el, esc, clock, phrase } = window.GongpeiUi;
  let plan = null;
  let names = new Map();

  const name = (code) => (names.has(code) ? `${names.get(code)} (${code})` : code);

  /** What was reported, in the page's language, from the change as it was posted; else the server's sentence. */
  function description(change) {
    const r = change.request;
    if (!r) { return change.description; }
    if (change.type === 'BREAKDOWN') { return phrase(t, 'changeText_BREAKDOWN', [r.vehicleId, r.atTime], change.description); }
    const args = [name(r.villageCode), r.ambientParcels || 0, r.chilledParcels || 0, r.readyTime || r.atTime, r.deadline];
    return phrase(t, r.deadline ? 'changeText_URGENT_PICKUP_DEADLINE' : 'changeText_URGENT_PICKUP', args, change.description);
  }

  function note(n) {
    if (!n.code) { return n.text; }
    const args = n.code === 'URGENT_INSERTED' ? [name(n.arguments[0]), ...n.arguments.slice(1)] : n.arguments;
    return phrase(t, 'replanNote_' + n.code, args, n.text);
  }

  function render(status, result) {
    plan = status;
    names = new Map();
    result.routes.forEach((r) => r.stops.forEach((s) => names.set(s.siteCode, s.siteName)));
    result.unserved.forEach((u) => names.set(u.villageCode, u.villageName));
    const changes = status.changes || [];
    el('plan-changes').innerHTML = changes.length
      ? changes.map((c) => `<li data-revision="${c.revision}"><b>${esc(c.atTime)}</b> ${esc(t('change' + c.type))}`
        + ` (${esc(t('revision'))} ${c.revision}${c.feasible ? '' : ', ' + esc(t('feasibleNo'))}): ${esc(description(c))}`
        + (c.notes.length ? `<br><small>${c.notes.map((n) => esc(note(n))).join(' ')}</small>` : '') + '</li>').join('')
      : `<li>${esc(t('noChanges'))}</li>`;
    const vans = result.routes.filter((r) => r.echelon === 'LAST_MILE' || r.echelon === 'DIRECT');
    el('change-vehicle').innerHTML = vans.map((r) => `<option value="${esc(r.vehicleId)}">${esc(r.vehicleId)}`
      + ` · ${esc(r.depotName)} · ${clock(r.departureSeconds)}–${clock(r.returnSeconds)}</option>`).join('');
    el('change-village').innerHTML = result.assignments.map((a) => a.villageCode)
      .map((code) => `<option value="${esc(code)}">${esc(name(code))}</option>`).join('');
  }

  function showFields() {
    const pickup = el('change-type').value === 'URGENT_PICKUP';
    document.querySelectorAll('#change-form .for-pickup').forEach((label) => { label.hidden = !pickup; });
    document.querySelectorAll('#change-form .for-breakdown').forEach((label) => { label.hidden = pickup; });
  }

  async function apply(event) {
    event.preventDefault();
    if (plan == null) { return; }
    showError('');
    const id = plan.id;
    const type = el('change-type').value;
    const body = type === 'BREAKDOWN'
      ? { type, vehicleId: el('change-vehicle').value, atTime: el('change-at').value }
      : {
        type, villageCode: el('change-village').value, atTime: el('change-at').value,
        ambientParcels: Number(el('change-ambient').value || 0), chilledParcels: Number(el('change-chilled').value || 0),
        readyTime: el('change-ready').value || undefined
      };
    const button = el('change-apply');
    button.disabled = true;
    button.textContent = t('replanning');
    try {
      await send('POST', `/api/v1/plans/${id}/changes`, body);
      await reopen(id);
    } catch (e) {
      showError(e.message);
    } finally {
      button.disabled = false;
      button.textContent = t('applyChange');
    }
  }

  el('change-form').addEventListener('submit', apply);
  el('change-type').addEventListener('change', showFields);

  return { render };
};
