import { expect, html } from '@open-wc/testing';
import { renderFlow } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';

/** The boxes of each line of a rule's own words (not its mark). */
function lineBoxes(li: Element): DOMRect[] {
  const text = [...li.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
  const range = document.createRange();
  range.selectNodeContents(text);
  // One box per line: a line may hold several (one per word run); keep the first of each line.
  const byLine = new Map<number, DOMRect>();
  for (const rect of range.getClientRects()) if (rect.width > 0 && !byLine.has(Math.round(rect.top))) byLine.set(Math.round(rect.top), rect);
  return [...byLine.values()];
}

for (const dir of ['ltr', 'rtl'] as const) {
  describe(`password rules: a wrapped rule keeps its hanging indent (${dir})`, () => {
    it('its second line starts where its first line’s words start, after the mark', async () => {
      const flow = await renderFlow(states.enrollPassword, html`<okta-enroll dir=${dir} style="display:block;inline-size:9rem"></okta-enroll>`);
      const li = flow.querySelector('okta-enroll .okta-requirements li[data-rule="excludeAttributes"]')!;
      const lines = lineBoxes(li);
      expect(lines.length, 'the rule wraps').to.be.greaterThan(1);
      const edge = (r: DOMRect) => (dir === 'ltr' ? r.left : r.right);
      expect(Math.abs(edge(lines[1]) - edge(lines[0]))).to.be.lessThan(1.5);
      // The mark sits in the indent, before the words.
      const mark = li.getBoundingClientRect();
      expect(Math.abs(edge(lines[0]) - edge(mark))).to.be.greaterThan(8);
    });
  });
}
