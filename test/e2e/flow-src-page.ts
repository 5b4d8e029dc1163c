import '../../src/index.js';

// The issuer comes from the test that framed the page.
document.querySelector('okta-flow')!.setAttribute('issuer', new URLSearchParams(location.search).get('issuer') ?? '');
