// The end-to-end walk every example must pass in Chromium, as a person would do it: open the app, type the
// demo user's username, leave for the app's other route (which unmounts <okta-flow>) and come back, type the
// password, and see the app's own "Signed in as …", which each app renders from the okta-success event it
// received through its framework's API. Any okta-error, console error or uncaught exception fails the walk.
const DEMO = { username: 'demo@example.com', password: 'Okta-Demo-2026!' };
const TIMEOUT = 20_000;

const identifierInput = 'okta-flow [active] input[name="identifier"]';
const passwordInput = 'okta-flow [active] input[name="credentials.passcode"]';

/**
 * Resolves to { resumedAt, jsLoaded: the paths of the app's own scripts the page loaded } or throws with what went
 * wrong. `leaveAndComeBack: false` signs in on the first <okta-flow>: for an SSR app, the one React hydrated.
 */
export async function signIn(browser, url, { leaveAndComeBack = true } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const problems = [];
  const jsLoaded = new Set();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} ${message.location()?.url ?? ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    const { origin, pathname } = new URL(response.url());
    if (origin === new URL(url).origin && /javascript/.test(response.headers()['content-type'] ?? '')) jsLoaded.add(pathname);
  });
  // Events bubble and are composed: the window sees every okta-error whatever the app does with it.
  await page.evaluateOnNewDocument(() => {
    window.__oktaErrors = [];
    addEventListener('okta-error', (event) => window.__oktaErrors.push(`${event.code}: ${event.message}`), true);
  });
  const fail = (what) => {
    throw new Error(`${what}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`);
  };
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(identifierInput, { visible: true }).catch(() => fail('no username field'));
    // Every example styles the flow from its own (component-scoped where the framework has it) CSS: a token on
    // <okta-flow> and a rule on the light-DOM form's button. Both must reach the element the person sees.
    const styled = await page.$eval('okta-flow [active] button[type="submit"]', (button) => ({
      primary: getComputedStyle(button.closest('okta-flow')).getPropertyValue('--okta-primary').trim(),
      textTransform: getComputedStyle(button).textTransform,
    }));
    if (!styled.primary || styled.textTransform !== 'uppercase') fail(`the app's CSS did not reach the flow: ${JSON.stringify(styled)}`);
    await page.type(identifierInput, DEMO.username);
    await page.keyboard.press('Enter');
    await page.waitForSelector(passwordInput, { visible: true }).catch(() => fail('no password step after the username'));

    let resumedAt = 'no route change';
    if (leaveAndComeBack) resumedAt = await leaveAndReturn(page, fail);
    await page.type(passwordInput, DEMO.password);
    await page.keyboard.press('Enter');
    await page
      .waitForFunction((email) => document.body.innerText.includes(`Signed in as ${email}`), {}, DEMO.username)
      .catch(() => fail('the app never showed "Signed in as demo@example.com" (no okta-success through its API)'));

    const oktaErrors = await page.evaluate(() => window.__oktaErrors);
    problems.push(...oktaErrors.map((error) => `okta-error ${error}`));
    if (problems.length) fail('signed in, but');
    return { resumedAt, jsLoaded: [...jsLoaded] };
  } finally {
    await context.close();
  }
}

/** Leaves for the app's About route (which must unmount <okta-flow>) and comes back; returns the step shown then. */
async function leaveAndReturn(page, fail) {
  await page.locator('nav a::-p-text(About)').click();
  await page.waitForFunction(() => document.querySelector('okta-flow') === null).catch(() => fail('<okta-flow> still mounted on About'));
  // And back: a new <okta-flow> resumes the saved transaction (or starts over: then the username again).
  await page.locator('nav a::-p-text(Sign in)').click();
  const back = await page.waitForSelector(`${passwordInput}, ${identifierInput}`, { visible: true }).catch(() => fail('no form after coming back'));
  const resumedAt = (await back.evaluate((input) => input.name)) === 'identifier' ? 'identify' : 'password';
  if (resumedAt === 'identify') {
    await page.type(identifierInput, DEMO.username);
    await page.keyboard.press('Enter');
    await page.waitForSelector(passwordInput, { visible: true }).catch(() => fail('no password step after coming back'));
  }
  return resumedAt;
}
