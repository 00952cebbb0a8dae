// Helpers shared by the page and its panels: element look-up, escaping, JSON requests, number formats, and
// following a queued or solving job (plan, analysis, calendar, target costs) to its end.
window.GongpeiUi = (function () {
  'use strict';
  const POLL_MILLIS = 1000;
  // The page's translation function, set by the page (useTexts); until then every key answers itself.
  let translate = (key) => key;

  /** Sets the page's translation function, which answers the key itself when it has no text. */
  const useTexts = (t) => { translate = t; };

  /**
   * A problem+json answer in the page's language: the text of its code (problem<CODE>) where the page has one,
   * else its English detail; then the messages of its input errors, if any.
   * @param fallback when the answer has neither (e.g. it was no JSON): the status text
   */
  function problemText(problem, fallback = '') {
    const key = 'problem' + (problem && problem.code);
    const text = problem && problem.code && translate(key) !== key ? translate(key) : (problem && problem.detail) || fallback;
    const errors = ((problem && problem.errors) || []).map(inputErrorText).join('; ');
    return errors ? `${text}: ${errors}` : text;
  }

  /**
   * One input error in the page's language where its code has a text (inputProblem_<code>): where it is, the field
   * and what is wrong; else its English message.
   */
  function inputErrorText(error) {
    const key = 'inputProblem_' + error.code;
    if (!error.code || translate(key) === key) { return error.message; }
    return [error.location, error.field].filter(Boolean).join(' · ') + ': ' + translate(key);
  }

  /**
   * A route's vehicle in the page's language: its class's name (vehicleType_<code>) while the county keeps the demo's
   * Chinese name for it, else the name the county gave it.
   */
  function vehicleName(route) {
    const key = 'vehicleType_' + route.vehicleType;
    const demoName = window.GONGPEI_TEXTS.zh[key];
    return demoName && route.vehicleName === demoName ? translate(key) : route.vehicleName;
  }

  /** @return the element with this id */
  const el = (id) => document.getElementById(id);

  /** @return the text with HTML's special characters escaped; empty for null */
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  /** @return fen as yuan with this many decimals (2 unless given) */
  const yuan = (fen, digits = 2) => (fen / 100).toFixed(digits);

  /** @return metres as kilometres with this many decimals (1 unless given) */
  const km = (metres, digits = 1) => (metres / 1000).toFixed(digits);

  /** @return seconds since midnight as the time of day hh:mm (rounded to the minute; past midnight wraps) */
  const clock = (seconds) => {
    const minutes = Math.round(seconds / 60);
    return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  };

  /** @return whether a job's status document says it is still waiting or running */
  const active = (status) => status.status === 'QUEUED' || status.status === 'SOLVING';

  /** @return the JSON at the url; rejects with the problem's text (problemText) when the answer is not OK */
  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let problem = {};
      try { problem = await response.json(); } catch (e) { /* not JSON */ }
      throw new Error(problemText(problem, response.statusText));
    }
    return response.json();
  }

  /**
   * Follows a job by its event stream (statusUrl + '/events', each event the status document GET statusUrl
   * answers), or by polling statusUrl every second when the stream fails before the job ended.
   * onUpdate gets every status, the last one too; onEnd the last one (no longer QUEUED or SOLVING);
   * onError the error of a failed poll, after which the job is no longer followed.
   * @return {{stop: function}} to stop following
   */
  function followJob(statusUrl, { onUpdate = () => {}, onEnd = () => {}, onError = () => {} } = {}) {
    let stopped = false;
    let events = null;
    let timer = null;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      if (events) { events.close(); events = null; }
    };
    // Returns whether to keep following.
    const take = (status) => {
      if (stopped) { return false; }
      onUpdate(status);
      if (active(status)) { return true; }
      stop();
      onEnd(status);
      return false;
    };
    const poll = async () => {
      let status;
      try {
        status = await getJson(statusUrl);
      } catch (e) {
        if (!stopped) { stop(); onError(e); }
        return;
      }
      if (take(status)) { timer = setTimeout(poll, POLL_MILLIS); }
    };
    events = new EventSource(statusUrl + '/events');
    events.onmessage = (message) => take(JSON.parse(message.data));
    events.onerror = () => {
      if (stopped || !events) { return; }
      events.close();
      events = null;
      poll();
    };
    return { stop };
  }

  /**
   * A job started from a form and followed to its end, for the panels whose elements are `${prefix}-form`,
   * `${prefix}-stop` (shown while the job runs) and `${prefix}-status` (its status, phase and progress).
   * settings() gives the request body posted to base(); problem(body, fallback) the text of a refused request;
   * onStart() runs when a new job is accepted, onDone(view) with a job that ended DONE.
   * @return {{follow: function(id), reset: function, showStatus: function}}
   */
  function jobForm(t, { prefix, base, settings, problem, onStart, onDone }) {
    let status = null;
    let job = null;
    const line = () => el(prefix + '-status');
    const stopButton = () => el(prefix + '-stop');

    function showStatus() {
      if (!status) { line().textContent = ''; return; }
      const ended = status.status === 'DONE' ? (status.stoppedEarly ? t('stoppedEarly') : '')
        : active(status) ? `${phaseText(t, status.phase)} ${Math.round(status.fractionDone * 100)}%` : status.error || '';
      line().textContent = `${t('status' + status.status)} ${ended}`;
    }

    function follow(id) {
      if (job) { job.stop(); }
      stopButton().hidden = false;
      job = followJob(`${base()}/${id}`, {
        onUpdate: (s) => { status = s; showStatus(); },
        onEnd: (s) => {
          job = null;
          stopButton().hidden = true;
          if (s.status === 'DONE') { onDone(s); }
        },
        onError: (e) => { job = null; stopButton().hidden = true; line().textContent = e.message; }
      });
    }

    async function start(event) {
      event.preventDefault();
      const response = await fetch(base(), { method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(settings()) });
      const body = await response.json();
      if (!response.ok) {
        status = null;
        line().textContent = problem(body, response.statusText);
        return;
      }
      onStart();
      follow(body.id);
    }

    async function stop() {
      if (!status) { return; }
      await fetch(`${base()}/${status.id}/stop`, { method: 'POST', headers: { Accept: 'application/json' } });
    }

    /** Stops following and clears the status, for another county. */
    function reset() {
      if (job) { job.stop(); job = null; }
      status = null;
      stopButton().hidden = true;
      line().textContent = '';
    }

    el(prefix + '-form').addEventListener('submit', (e) => start(e).catch((x) => { line().textContent = x.message; }));
    stopButton().addEventListener('click', () => stop().catch((x) => { line().textContent = x.message; }));
    return { follow, reset, showStatus };
  }

  /**
   * A job's phase in the page's language. The server reports phases as words and codes: "trunk down",
   * "last mile 2/5", "1/4 visit patterns" (a target-cost run and a calendar step), "PARTIAL CHINA_POST" (a
   * scenario and the carrier or SHARED part it solves), each maybe followed by " again, more vans" (solved once
   * more with more vans, for equal service) and by " seed 2/3" (the second of three random seeds). Each known
   * part is translated by its key (phase…, scenario…, carrier…), counters are kept, and an unknown phase is shown
   * as it came.
   * @param t the page's translation function, which answers the key itself when it has no text
   */
  function phaseText(t, phase) {
    if (!phase) { return ''; }
    const known = (key, fallback) => (t(key) === key ? fallback : t(key));
    const seed = / seed (\d+)\/(\d+)$/.exec(phase);
    const unseeded = seed ? phase.slice(0, seed.index) : phase;
    const again = / again, more vans$/.exec(unseeded);
    const [, before = '', core, after = ''] = /^(\d+\/\d+ )?(.*?)( \d+\/\d+)?$/.exec(again ? unseeded.slice(0, again.index) : unseeded);
    const scenario = /^(SEPARATE|JOINT|PARTIAL) ([A-Z_]+)$/.exec(core);
    const text = scenario
      ? `${known('scenario' + scenario[1], scenario[1])} · ${known('carrier' + scenario[2], scenario[2])}`
      : known('phase' + core, core);
    return before + text + after + (again ? ` · ${known('phaseAgainMoreVans', 'again, more vans')}` : '')
      + (seed ? ` · ${phrase(t, 'phaseSeed', [seed[1], seed[2]], `seed ${seed[1]}/${seed[2]}`)}` : '');
  }

  /** @return the text of the key with {0}, {1}… replaced by the arguments; the fallback when it has no text */
  function phrase(t, key, args = [], fallback = key) {
    const text = t(key);
    return text === key ? fallback : text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : args[i]));
  }

  /**
   * Why a village's demand is left out, in the page's language, from the codes of its reasons (each with the
   * part left out: parcels, chilled or ambient products, an urgent pickup). A plan stored before reasons had
   * codes has only the English sentence, which is shown as it is.
   */
  function unservedText(t, unserved) {
    if (!unserved.reasons || !unserved.reasons.length) { return unserved.reason || ''; }
    return unserved.reasons.map((r) => {
      const cause = phrase(t, 'unserved' + r.code, r.arguments, r.text);
      return r.part ? `${phrase(t, 'unservedPart' + r.part, [r.product], r.part)}: ${cause}` : cause;
    }).join(t('listSeparator'));
  }

  /**
   * Warns under a time-limit field when the limit is shorter than a county of the map's villages needs: the
   * planner then leaves parcels out and scenarios are not comparable (benchmarks/scenarios.md: on the Daming day
   * the separate brands were comparable only from about 30 s per solve, a joint day from about 5 s).
   * @param msPerVillage the advised solver time per village, milliseconds
   * @return a function that checks the field again (call it when the county changes)
   */
  function watchTimeLimit(t, input, warning, msPerVillage) {
    const check = () => {
      const villages = Number(document.getElementById('map').dataset.villages || 0);
      const advised = Math.ceil(villages * msPerVillage / 1000);
      const short = villages > 0 && Number(input.value) < advised;
      warning.hidden = !short;
      warning.dataset.advisedSeconds = String(advised);
      warning.textContent = short ? phrase(t, 'limitTooShort', [advised, villages]) : '';
    };
    input.addEventListener('input', check);
    return check;
  }

  return { el, esc, yuan, km, clock, active, getJson, followJob, jobForm, phaseText, phrase, unservedText, useTexts, problemText,
    inputErrorText, vehicleName, watchTimeLimit };
}());
