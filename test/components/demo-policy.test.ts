import { expect, waitUntil } from '@open-wc/testing';
import { pagePolicy } from '../../scripts/page-policy.mjs';
import { GOOGLE_AUTHENTICATOR_QR } from '../fixtures/idx-responses.js';

/**
 * `npm start`'s page policy must let the server's QR code (a `data:image/png` URL) load: a frame under that
 * policy shows the fixture's QR code, and under the old `img-src 'self'` it is blocked (so the check can fail).
 */
async function qrLoadsUnder(policy: string): Promise<boolean> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}"><img id="qr" src="${GOOGLE_AUTHENTICATOR_QR}">`;
  document.body.append(frame);
  try {
    await waitUntil(() => frame.contentDocument?.getElementById('qr'), 'the frame never rendered');
    const img = frame.contentDocument!.getElementById('qr') as HTMLImageElement;
    await waitUntil(() => img.complete, 'the image never settled');
    return img.naturalWidth > 0;
  } finally {
    frame.remove();
  }
}

describe('the demo page policy (scripts/page-policy.mjs)', () => {
  it('lets the QR code load', async () => {
    expect(await qrLoadsUnder(pagePolicy('http://localhost:4999'))).to.equal(true);
  });

  it('blocks it under img-src self alone (what the page had)', async () => {
    expect(await qrLoadsUnder(pagePolicy('http://localhost:4999').replace("img-src 'self' data:", "img-src 'self'"))).to.equal(false);
  });
});
