// The users tab (用户与权限), for admins: the users with their role and the counties they see, a form to create one
// (its one-time password is shown once), and per user: lock or unlock, a new one-time password, delete. Below, the
// latest audit events.
window.GongpeiUsers = function (ctx) {
  'use strict';
  const { t } = ctx;
  const { el, esc, getJson, problemText } = window.GongpeiUi;
  let users = [];
  let events = [];

  const scopeText = (u) => (u.allCounties ? t('scopeAll') : u.province ? `${t('scopeProvince')}: ${u.province}`
    : u.counties.join(', '));
  const actionText = (code) => (t('auditAction_' + code) === 'auditAction_' + code ? code : t('auditAction_' + code));

  const userTable = window.GongpeiTable(el('users-table'), {
    t,
    rowData: (u) => ({ user: u.username }),
    columns: [
      { key: 'username', label: 'userName', value: (u) => u.username },
      { key: 'role', label: 'userRole', value: (u) => t('role' + u.role) },
      { key: 'scope', label: 'userScope', wrap: true, value: scopeText },
      { key: 'state', label: 'userState', value: (u) => t(!u.enabled ? 'userLocked' : u.mustChangePassword ? 'userMustChange' : 'userActive') },
      { key: 'actions', label: 'userActions', value: () => '',
        html: (u) => `<button type="button" data-act="${u.enabled ? 'lock' : 'unlock'}">${esc(t(u.enabled ? 'userLock' : 'userUnlock'))}</button> `
          + `<button type="button" data-act="password">${esc(t('userResetPassword'))}</button> `
          + `<button type="button" data-act="delete">${esc(t('userDelete'))}</button>` }
    ]
  });
  const auditTable = window.GongpeiTable(el('audit-table'), {
    t,
    columns: [
      { key: 'at', label: 'auditAt', value: (e) => String(e.at).replace('T', ' ').slice(0, 19) },
      { key: 'user', label: 'userName', value: (e) => e.username || '' },
      { key: 'action', label: 'auditAction', value: (e) => actionText(e.action) },
      { key: 'county', label: 'counties', value: (e) => e.countyCode || '' },
      { key: 'outcome', label: 'auditOutcome', numeric: true, value: (e) => e.outcome }
    ]
  });

  function status(text, ok) {
    el('users-status').textContent = text;
    el('users-status').dataset.ok = String(ok);
  }

  async function send(method, url, body) {
    const response = await fetch(url, { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined });
    const json = response.status === 204 ? {} : await response.json().catch(() => ({}));
    if (!response.ok) { throw new Error(problemText(json, response.statusText)); }
    return json;
  }

  async function refresh() {
    [users, events] = await Promise.all([getJson('/api/v1/users'), getJson('/api/v1/audit?limit=200')]);
    userTable.setRows(users);
    auditTable.setRows(events);
  }

  function showScopeFields() {
    const scope = el('user-new-scope').value;
    el('user-new-counties-label').hidden = scope !== 'counties';
    el('user-new-province-label').hidden = scope !== 'province';
  }

  async function create(event) {
    event.preventDefault();
    const scope = el('user-new-scope').value;
    const username = el('user-new-name').value.trim();
    const created = await send('POST', '/api/v1/users', {
      username, role: el('user-new-role').value, allCounties: scope === 'all',
      province: scope === 'province' ? el('user-new-province').value.trim() : null,
      counties: scope === 'counties' ? el('user-new-counties').value.split(/[,，\s]+/).filter(Boolean) : []
    });
    el('user-form').reset();
    showScopeFields();
    status(t('userCreated').replace('{0}', username).replace('{1}', created.oneTimePassword), true);
    await refresh();
  }

  async function act(button) {
    const name = button.closest('tr').dataset.user;
    const user = users.find((u) => u.username === name);
    const url = `/api/v1/users/${encodeURIComponent(name)}`;
    if (button.dataset.act === 'delete') {
      if (!window.confirm(t('userConfirmDelete').replace('{0}', name))) { return; }
      await send('DELETE', url);
      status(t('userDeleted').replace('{0}', name), true);
    } else if (button.dataset.act === 'password') {
      const reset = await send('POST', url + '/password');
      status(t('userCreated').replace('{0}', name).replace('{1}', reset.oneTimePassword), true);
    } else {
      await send('PUT', url, { enabled: !user.enabled });
      status(t(user.enabled ? 'userLockedNow' : 'userUnlockedNow').replace('{0}', name), true);
    }
    await refresh();
  }

  el('user-form').addEventListener('submit', (e) => create(e).catch((x) => status(x.message, false)));
  el('user-new-scope').addEventListener('change', showScopeFields);
  el('users-table').addEventListener('click', (e) => {
    const button = e.target.closest('button[data-act]');
    if (button) { e.stopPropagation(); act(button).catch((x) => status(x.message, false)); }
  });

  return {
    /** Shows the tab to admins and reads the users and the audit log. */
    async show(mayManage) {
      el('users-panel').hidden = !mayManage;
      if (mayManage) { await refresh(); }
    },
    relabel() { userTable.relabel(); auditTable.relabel(); }
  };
};
