import { expect } from '@open-wc/testing';
import { renderFlow, settle } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { FlowState } from '../../src/state/flow-state.js';

/**
 * The theming contract (README "Styling"): every documented `--okta-*` property takes effect wherever an
 * app sets it (`:root`, an ancestor, `<okta-flow>`), in light and dark, and an unset one gives the default.
 * Each probe reads what is drawn: a computed style of the submit button, the card, an error...
 */

type Scheme = 'light' | 'dark';

interface Probe {
  /** The public property. */
  token: string;
  /** What it is drawn on, for the test names. */
  on: string;
  /** A state that shows it. */
  state: FlowState;
  read(flow: OktaFlow): string;
  /** The computed default in each scheme. */
  defaults: Record<Scheme, string>;
  /** A value an app may set, and what is then drawn in each scheme. */
  set: string;
  drawn: Record<Scheme, string>;
}

const style = (element: Element | null | undefined): CSSStyleDeclaration => {
  if (!element) throw new Error('nothing to read a style from');
  return getComputedStyle(element);
};
const submit = (flow: OktaFlow) => flow.querySelector('button[type="submit"]');

/** A theme-aware app colour: the probe must show the light half in light and the dark half in dark. */
const APP_COLOUR = 'light-dark(rgb(1, 2, 3), rgb(4, 5, 6))';
const APP_DRAWN = { light: 'rgb(1, 2, 3)', dark: 'rgb(4, 5, 6)' };

const probes: Probe[] = [
  {
    token: '--okta-primary',
    on: 'the submit button',
    state: states.identify,
    read: (flow) => style(submit(flow)).backgroundColor,
    defaults: { light: 'rgb(22, 98, 221)', dark: 'rgb(122, 167, 255)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-primary',
    on: "the root's own button",
    state: states.expired,
    read: (flow) => style(flow.shadowRoot!.querySelector('[part~="button"]')).backgroundColor,
    defaults: { light: 'rgb(22, 98, 221)', dark: 'rgb(122, 167, 255)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-primary-text',
    on: 'the submit button',
    state: states.identify,
    read: (flow) => style(submit(flow)).color,
    defaults: { light: 'rgb(255, 255, 255)', dark: 'rgb(11, 26, 51)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-background',
    on: 'the card',
    state: states.identify,
    read: (flow) => style(flow).backgroundColor,
    defaults: { light: 'rgb(255, 255, 255)', dark: 'rgb(29, 29, 33)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-text-color',
    on: 'the step heading',
    state: states.identify,
    read: (flow) => style(flow.querySelector('h2')).color,
    defaults: { light: 'rgb(29, 29, 33)', dark: 'rgb(241, 241, 244)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-error-color',
    on: 'a field error',
    state: states.challengeWrongPassword,
    read: (flow) => style(flow.querySelector('.okta-field-error')).color,
    defaults: { light: 'rgb(192, 38, 45)', dark: 'rgb(255, 138, 143)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-error-color',
    on: 'a page-level error',
    state: states.identifyNetworkError,
    read: (flow) => style(flow.shadowRoot!.querySelector('[part~="message-error"]')).color,
    defaults: { light: 'rgb(192, 38, 45)', dark: 'rgb(255, 138, 143)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-border-color',
    on: 'an input',
    state: states.identify,
    read: (flow) => style(flow.querySelector('input[name="identifier"]')).borderTopColor,
    defaults: { light: 'rgb(138, 138, 143)', dark: 'rgb(117, 117, 125)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-card-border-color',
    on: 'the card',
    state: states.identify,
    read: (flow) => style(flow).borderTopColor,
    defaults: { light: 'rgb(215, 215, 220)', dark: 'rgb(58, 58, 64)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-link-color',
    on: 'a link',
    state: states.challengePassword,
    read: (flow) => style(flow.querySelector('.okta-link')).color,
    defaults: { light: 'rgb(22, 98, 221)', dark: 'rgb(122, 167, 255)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-muted-color',
    on: 'a hint',
    state: states.challengePassword,
    read: (flow) => style(flow.querySelector('.okta-hint')).color,
    defaults: { light: 'rgb(92, 92, 99)', dark: 'rgb(180, 180, 189)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-success-color',
    on: 'the signed-in line',
    state: states.success,
    read: (flow) => style(flow.shadowRoot!.querySelector('[part="success"]')).color,
    defaults: { light: 'rgb(22, 121, 76)', dark: 'rgb(111, 215, 164)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-focus-ring',
    on: 'the focused first field',
    state: states.identify,
    read: (flow) => style(flow.querySelector('input[name="identifier"]:focus-visible')).outlineColor,
    defaults: { light: 'rgb(75, 123, 236)', dark: 'rgb(169, 195, 255)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-input-text',
    on: 'an input',
    state: states.identify,
    read: (flow) => style(flow.querySelector('input[name="identifier"]')).color,
    defaults: { light: 'rgb(29, 29, 33)', dark: 'rgb(241, 241, 244)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-input-background',
    on: 'an input',
    state: states.identify,
    read: (flow) => style(flow.querySelector('input[name="identifier"]')).backgroundColor,
    defaults: { light: 'rgba(0, 0, 0, 0)', dark: 'rgba(0, 0, 0, 0)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-link-color',
    on: 'a link, when only --okta-primary is set',
    state: states.challengePassword,
    read: (flow) => {
      flow.style.setProperty('--okta-primary', 'rgb(7, 8, 9)');
      return style(flow.querySelector('.okta-link')).color;
    },
    defaults: { light: 'rgb(7, 8, 9)', dark: 'rgb(7, 8, 9)' },
    set: APP_COLOUR,
    drawn: APP_DRAWN,
  },
  {
    token: '--okta-card-radius',
    on: 'the card',
    state: states.identify,
    read: (flow) => style(flow).borderTopLeftRadius,
    defaults: { light: '12px', dark: '12px' },
    set: '2px',
    drawn: { light: '2px', dark: '2px' },
  },
  {
    token: '--okta-card-shadow',
    on: 'the card',
    state: states.identify,
    read: (flow) => style(flow).boxShadow,
    defaults: { light: 'rgba(0, 0, 0, 0.12) 0px 1px 3px 0px', dark: 'rgba(0, 0, 0, 0.12) 0px 1px 3px 0px' },
    set: 'none',
    drawn: { light: 'none', dark: 'none' },
  },
  {
    token: '--okta-max-width',
    on: 'the card',
    state: states.identify,
    read: (flow) => style(flow).maxWidth,
    defaults: { light: '416px', dark: '416px' },
    set: '300px',
    drawn: { light: '300px', dark: '300px' },
  },
  {
    token: '--okta-padding',
    on: 'the card',
    state: states.identify,
    read: (flow) => style(flow).paddingTop,
    defaults: { light: '32px', dark: '32px' },
    set: '5px',
    drawn: { light: '5px', dark: '5px' },
  },
  {
    token: '--okta-font-size',
    on: 'an input',
    state: states.identify,
    read: (flow) => style(flow.querySelector('input[name="identifier"]')).fontSize,
    defaults: { light: '16px', dark: '16px' },
    set: '20px',
    drawn: { light: '20px', dark: '20px' },
  },
  {
    token: '--okta-space',
    on: 'the step form',
    state: states.identify,
    read: (flow) => style(flow.querySelector('form.okta-step')).rowGap,
    defaults: { light: '16px', dark: '16px' },
    set: '4px',
    drawn: { light: '4px', dark: '4px' },
  },
  {
    token: '--okta-heading-size',
    on: 'the step heading',
    state: states.identify,
    read: (flow) => style(flow.querySelector('h2')).fontSize,
    defaults: { light: '21.6px', dark: '21.6px' },
    set: '30px',
    drawn: { light: '30px', dark: '30px' },
  },
  {
    token: '--okta-radius',
    on: 'the submit button',
    state: states.identify,
    read: (flow) => style(submit(flow)).borderTopLeftRadius,
    defaults: { light: '8px', dark: '8px' },
    set: '3px',
    drawn: { light: '3px', dark: '3px' },
  },
  {
    token: '--okta-font-family',
    on: 'an input',
    state: states.identify,
    read: (flow) => style(flow.querySelector('input[name="identifier"]')).fontFamily,
    defaults: { light: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', dark: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
    set: 'monospace',
    drawn: { light: 'monospace', dark: 'monospace' },
  },
];

/** Where an app may set a property. */
const places: Record<string, (flow: OktaFlow) => HTMLElement> = {
  ':root': () => document.documentElement,
  'an ancestor': (flow) => flow.parentElement!,
  '<okta-flow>': (flow) => flow,
};

async function render(state: FlowState, scheme: Scheme): Promise<OktaFlow> {
  const flow = await renderFlow(state);
  flow.theme = scheme;
  await settle(flow);
  return flow;
}

describe('theming', () => {
  afterEach(() => {
    for (const { token } of probes) document.documentElement.style.removeProperty(token);
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`in ${scheme}`, () => {
      for (const probe of probes) {
        it(`${probe.on}: ${probe.token} unset gives the default`, async () => {
          const flow = await render(probe.state, scheme);
          expect(probe.read(flow)).to.equal(probe.defaults[scheme]);
        });

        for (const [place, target] of Object.entries(places)) {
          it(`${probe.on}: ${probe.token} set on ${place} is drawn`, async () => {
            const flow = await render(probe.state, scheme);
            target(flow).style.setProperty(probe.token, probe.set);
            expect(probe.read(flow)).to.equal(probe.drawn[scheme]);
          });
        }
      }
    });
  }

  it('a value nearer the flow wins over one on :root', async () => {
    const flow = await render(states.identify, 'light');
    document.documentElement.style.setProperty('--okta-primary', 'rgb(1, 2, 3)');
    flow.style.setProperty('--okta-primary', 'rgb(7, 8, 9)');
    expect(style(submit(flow)).backgroundColor).to.equal('rgb(7, 8, 9)');
  });

  it('a step form outside a flow gets the same defaults and the app’s values', async () => {
    // Rendering a flow adopts the light-DOM styles into the document.
    await render(states.identify, 'light');
    const form = document.createElement('form');
    form.className = 'okta-step';
    form.innerHTML = '<button class="okta-button" type="submit">Next</button>';
    document.body.append(form);
    try {
      const button = form.querySelector('button')!;
      expect(style(button).backgroundColor).to.equal('rgb(22, 98, 221)');
      document.documentElement.style.setProperty('--okta-primary', 'rgb(1, 2, 3)');
      expect(style(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      form.remove();
    }
  });
});
