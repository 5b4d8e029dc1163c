import { expect, waitUntil } from '@open-wc/testing';
import { renderFlow } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { FlowState } from '../../src/state/flow-state.js';

/** The state with its QR code replaced by a PNG that cannot load (as under `img-src 'self'`). */
const withBrokenQr = (state: FlowState): FlowState =>
  JSON.parse(JSON.stringify(state).replace(/"href":"data:image\/png;base64,[^"]*"/g, '"href":"data:image/png;base64,AAAA"')) as FlowState;

describe('A QR code that cannot load', () => {
  it('Google Authenticator: shows a sentence pointing to the key instead of an empty box', async () => {
    const flow = await renderFlow(withBrokenQr(states.enrollGoogle));
    await waitUntil(() => flow.querySelector('.okta-qr-failed'), 'the fallback replaces the image');
    expect(flow.querySelector('img.okta-qr')).to.equal(null);
    expect(flow.querySelector('.okta-qr-failed')!.textContent).to.contain('Enter the key below');
    expect(flow.querySelector('.okta-secret')).to.not.equal(null);
  });

  it('Okta Verify: points to the set-up link', async () => {
    const flow = await renderFlow(withBrokenQr(states.enrollOktaVerify));
    await waitUntil(() => flow.querySelector('.okta-qr-failed'), 'the fallback replaces the image');
    expect(flow.querySelector('img.okta-qr')).to.equal(null);
    expect(flow.querySelector('.okta-qr-failed')!.textContent).to.contain('Can’t scan?');
  });

  it('keeps a QR code that loads', async () => {
    const flow = await renderFlow(states.enrollGoogle);
    const img = flow.querySelector<HTMLImageElement>('img.okta-qr')!;
    await waitUntil(() => img.complete, 'the image loads');
    expect(img.naturalWidth).to.be.greaterThan(0);
    expect(flow.querySelector('.okta-qr-failed')).to.equal(null);
  });
});
