import { expect, html } from '@open-wc/testing';
import { renderFlow } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';

const element = html`<okta-select-authenticator style="display:block;inline-size:30rem"></okta-select-authenticator>`;
const rows = (root: Element) => [...root.querySelectorAll<HTMLElement>('.okta-option')];
const buttonsOf = (row: Element) => [...row.querySelectorAll<HTMLButtonElement>('button')];
const center = (el: Element) => {
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2] as const;
};

describe('the authenticator list: rows, buttons and "Set up later"', () => {
  it('makes the whole row the target of its first button: a click on the name chooses it', async () => {
    const flow = await renderFlow(states.selectVerify, element);
    for (const row of rows(flow)) {
      row.scrollIntoView({ block: 'center' });
      const hit = document.elementFromPoint(...center(row.querySelector('.okta-option-text strong')!));
      // Compared, not printed: an element's inspection in a failure message drags in the whole flow.
      expect(hit === buttonsOf(row)[0], `${row.dataset.authenticator}: ${hit?.tagName}.${hit?.className}`).to.equal(true);
    }
  });

  it('keeps a second way (the phone’s call) its own target', async () => {
    const flow = await renderFlow(states.selectVerify, element);
    const phone = flow.querySelector('.okta-option[data-authenticator="phone_number"]')!;
    const [sms, voice] = buttonsOf(phone);
    phone.scrollIntoView({ block: 'center' });
    expect(document.elementFromPoint(...center(voice)) === voice, 'the call button').to.equal(true);
    expect(document.elementFromPoint(...center(sms)) === sms, 'the SMS button').to.equal(true);
    // Side by side on one line, not stacked.
    expect(Math.abs(sms.getBoundingClientRect().top - voice.getBoundingClientRect().top)).to.be.lessThan(1);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`aligns the one-way rows’ buttons at the row’s end, beside the words (${dir})`, async () => {
      const flow = await renderFlow(states.selectEnroll, element);
      flow.querySelector('okta-select-authenticator')!.setAttribute('dir', dir);
      const single = rows(flow).filter((row) => buttonsOf(row).length === 1);
      expect(single.length).to.be.greaterThan(1);
      const ends = single.map((row) => {
        const b = buttonsOf(row)[0].getBoundingClientRect();
        const text = row.querySelector('.okta-option-text')!.getBoundingClientRect();
        expect(b.top, 'beside the words, not under them').to.be.lessThan(text.bottom);
        return dir === 'ltr' ? b.right : b.left;
      });
      for (const end of ends) expect(Math.abs(end - ends[0])).to.be.lessThan(1);
    });
  }

  it('styles "Set up later" as the secondary action, unlike a filled primary button', async () => {
    const flow = await renderFlow(states.selectEnroll, element);
    const later = [...flow.querySelectorAll<HTMLButtonElement>('okta-select-authenticator button')].find((b) => b.textContent!.trim() === 'Set up later')!;
    expect(later.classList.contains('okta-button-secondary')).to.equal(true);
    expect(getComputedStyle(later).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await expect(flow).to.be.accessible();
  });
});
