import { css } from 'lit';

/** Buttons, on top of the theme tokens: large enough to hit mid-stretch (44 px or more), one solid primary. */
export const buttonStyles = css`
  button {
    font: inherit;
    color: inherit;
    min-block-size: max(44px, 2.75em);
    min-inline-size: max(44px, 2.75em);
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    cursor: pointer;
    touch-action: manipulation;
  }
  button.primary {
    background: var(--_accent-fill);
    color: var(--_on-accent);
    border-color: var(--_accent-fill);
    font-weight: 700;
  }
  /* In the auto theme the ring is mixed with currentColor, which on a solid button is its own text colour: that
     button takes the light and dark themes' ring, 4.2:1 or more on a white or a #121212 page. */
  :host(:not([theme='light'], [theme='dark'])) button.primary {
    --_focus: var(--gk-color-focus, #168a72);
  }
`;
