import { css } from 'lit';

/**
 * Styles for the stretch drawings; add to the `static styles` of an element
 * that shows them. Colours come from the theme's private variables, with
 * fallbacks for use elsewhere. `--gk-illustration-size` caps the width
 * (default 16em).
 */
export const illustrationStyles = css`
  .gk-illustration {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--gk-illustration-size, 16em);
    block-size: auto;
    margin-inline: auto;
  }
  .gk-illustration .hi {
    fill: var(--_accent, var(--gk-color-accent, #0a6b57));
    stroke: none;
    opacity: 0.4;
  }
  .gk-illustration path.hi {
    fill: none;
    stroke: var(--_accent, var(--gk-color-accent, #0a6b57));
  }
  .gk-illustration .floor,
  .gk-illustration .chair {
    stroke: var(--_border, currentColor);
  }
`;
