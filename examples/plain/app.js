// A hash router with two views. Leaving #/sign-in removes <okta-flow> from the page; coming back adds a new
// one, which resumes the sign-in transaction the first one saved (transaction-storage="session", the default).
const view = document.getElementById('view');

function show(templateId) {
  view.replaceChildren(document.getElementById(templateId).content.cloneNode(true));
}

function route() {
  if (location.hash === '#/about') {
    show('about');
    return;
  }
  show('sign-in');
  const flow = view.querySelector('okta-flow');
  flow.addEventListener('okta-success', (event) => {
    // The tokens live in this handler's memory only: hand accessToken.accessToken to your API client.
    const { idToken } = event.tokens;
    show('signed-in');
    view.querySelector('[data-email]').textContent = idToken?.claims.email ?? '';
  });
  flow.addEventListener('okta-error', (event) => {
    console.warn('sign-in problem', event.code, event.message);
  });
}

addEventListener('hashchange', route);
route();
