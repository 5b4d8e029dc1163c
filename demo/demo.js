// The demo page's own script: mounts <okta-flow>, logs its events and shows the ID token's claims.
// Everything from the server is written with textContent, never as HTML.

const flowHost = document.getElementById('flow-host');
const flowTemplate = document.getElementById('flow-template');
const configProblem = document.getElementById('config-problem');
const issuerText = document.getElementById('issuer');
const result = document.getElementById('result');
const resultHeading = document.getElementById('result-heading');
const claimsList = document.getElementById('claims');
const signInAgain = document.getElementById('sign-in-again');
const log = document.getElementById('log');
const logEmpty = document.getElementById('log-empty');
const clearLog = document.getElementById('clear-log');

const MAX_LOG_ENTRIES = 50;
/** Claims holding seconds since the epoch; shown with a readable date too. */
const TIME_CLAIMS = new Set(['iat', 'exp', 'auth_time', 'nbf', 'updated_at']);

let issuer = '';
let theme = '';

/** Replaces any <okta-flow> with a fresh one: a new transaction, back at the first step. */
function mountFlow() {
  const flow = flowTemplate.content.firstElementChild.cloneNode(true);
  flow.setAttribute('issuer', issuer);
  if (theme) flow.setAttribute('theme', theme);
  flowHost.replaceChildren(flow);
  return flow;
}

function formatClaim(name, value) {
  if (TIME_CLAIMS.has(name) && typeof value === 'number') {
    return `${value} (${new Date(value * 1000).toLocaleString()})`;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function showClaims(claims) {
  const rows = Object.entries(claims ?? {}).flatMap(([name, value]) => {
    const term = document.createElement('dt');
    term.textContent = name;
    const detail = document.createElement('dd');
    detail.textContent = formatClaim(name, value);
    return [term, detail];
  });
  claimsList.replaceChildren(...rows);
  const who = claims?.name ?? claims?.email ?? claims?.sub;
  resultHeading.textContent = who ? `Signed in as ${who}` : 'Signed in';
  result.hidden = false;
  resultHeading.focus();
}

function addLogEntry(type, text) {
  const entry = document.createElement('li');
  const now = new Date();
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString();
  const name = document.createElement('code');
  name.textContent = type;
  const details = document.createElement('span');
  details.textContent = text;
  entry.append(time, ' ', name, ' ', details);
  entry.dataset.type = type;
  log.prepend(entry);
  while (log.children.length > MAX_LOG_ENTRIES) log.lastElementChild.remove();
  logEmpty.hidden = true;
}

// The events bubble and are composed, so one set of listeners on the host serves every flow mounted in it.
flowHost.addEventListener('okta-step-change', (event) => {
  addLogEntry(event.type, event.authenticatorKey ? `${event.step} (${event.authenticatorKey})` : event.step);
});

flowHost.addEventListener('okta-error', (event) => {
  addLogEntry(event.type, `${event.code}: ${event.message}`);
});

flowHost.addEventListener('okta-success', (event) => {
  const { accessToken, idToken, refreshToken } = event.tokens;
  const issued = [accessToken && 'access token', idToken && 'ID token', refreshToken && 'refresh token'].filter(Boolean);
  addLogEntry(event.type, `received ${issued.join(', ')}`);
  showClaims(idToken?.claims);
});

signInAgain.addEventListener('click', () => {
  result.hidden = true;
  claimsList.replaceChildren();
  mountFlow();
});

clearLog.addEventListener('click', () => {
  log.replaceChildren();
  logEmpty.hidden = false;
});

for (const radio of document.querySelectorAll('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    theme = radio.value;
    // The page follows the choice, and so does the flow (its `theme` attribute forces a scheme).
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
    const flow = flowHost.querySelector('okta-flow');
    if (flow && theme) flow.setAttribute('theme', theme);
    else flow?.removeAttribute('theme');
  });
}

async function start() {
  try {
    const response = await fetch('/demo-config.json', { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const config = await response.json();
    if (typeof config.issuer !== 'string' || !config.issuer) throw new Error('no issuer in it');
    issuer = config.issuer;
  } catch (error) {
    configProblem.textContent =
      `Could not read /demo-config.json (${error.message}). ` +
      'Start the demo with `npm start`, which serves this page next to the IDX emulator.';
    configProblem.hidden = false;
    issuerText.textContent = 'unknown';
    return;
  }
  issuerText.textContent = issuer;
  mountFlow();
}

start();
