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
`;
