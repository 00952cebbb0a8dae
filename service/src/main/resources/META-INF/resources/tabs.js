// A tab per task above the working area beside the map; only the chosen task's panel shows. A panel that is
// hidden (the user's role may not use it, or no county is open yet) hides its tab too. The tab chosen is kept
// in the address (?tab=…), so a link opens it and the browser's back and forward move between tabs; a link to a
// plan (?plan=… without a tab) opens the plan's tab.
window.GongpeiTabs = function (options) {
  'use strict';
  const onShow = (options && options.onShow) || (() => {});
  const PANELS = { network: 'details', plan: 'plan-panel', bureau: 'bureau-panel', calendar: 'calendar-panel',
    evaluation: 'evaluation-panel', fleet: 'fleet-panel', design: 'design-panel', province: 'province-panel', roads: 'roads-panel',
    users: 'users-panel' };
  const NAMES = Object.keys(PANELS);
  const panel = (name) => document.getElementById(PANELS[name]);
  const tab = (name) => document.getElementById('tab-' + name);
  let wanted = null;
  let shown = null;

  function fromAddress() {
    const query = new URLSearchParams(location.search);
    const name = query.get('tab') || (query.get('plan') ? 'plan' : 'network');
    wanted = NAMES.includes(name) ? name : 'network';
  }

  const available = (name) => !panel(name).hidden;

  /** Shows the wanted tab when its panel is available, else the county's network, else the first available. */
  function sync() {
    NAMES.forEach((name) => { tab(name).hidden = !available(name); });
    const next = available(wanted) ? wanted : available('network') ? 'network' : NAMES.find(available) || null;
    NAMES.forEach((name) => {
      const on = name === next;
      panel(name).classList.toggle('active', on);
      tab(name).setAttribute('aria-selected', String(on));
      tab(name).tabIndex = on ? 0 : -1;
    });
    if (next !== shown) {
      shown = next;
      document.body.dataset.tab = next || '';
      onShow(next);
    }
  }

  function choose(name) {
    if (name === wanted && name === shown) { return; }
    wanted = name;
    const query = new URLSearchParams(location.search);
    query.set('tab', name);
    history.pushState({ tab: name }, '', '?' + query);
    sync();
  }

  NAMES.forEach((name) => {
    tab(name).addEventListener('click', () => choose(name));
    new MutationObserver(sync).observe(panel(name), { attributes: true, attributeFilter: ['hidden'] });
  });
  // Arrow keys move between the visible tabs, as in other tab lists.
  document.getElementById('tab-list').addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') { return; }
    const open = NAMES.filter(available);
    const next = open[(open.indexOf(shown) + (e.key === 'ArrowRight' ? 1 : open.length - 1)) % open.length];
    if (next) { choose(next); tab(next).focus(); }
  });
  window.addEventListener('popstate', () => { fromAddress(); sync(); });
  fromAddress();
  sync();

  return {
    /** @return the name of the tab shown, or null when none is */
    current: () => shown,
    choose
  };
};
