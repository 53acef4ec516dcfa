import { css } from 'lit';

/**
 * Styles for the exercise drawings; add to the `static styles` of an element that shows them. Colours come from the
 * theme's private variables, with fallbacks for use elsewhere. `--gk-illustration-size` caps the width (default 16em).
 * An `svg.moving` (see `illustrationFor`'s `moving` option) plays its pose's motion, unless the reader asked for
 * reduced motion: each moving part eases from the still, named position (its `transform` attribute) to the other
 * end of the motion and back.
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
    fill: var(--_accent-fill, var(--gk-color-accent, #0a6b57));
    fill-opacity: 1;
  }
  .gk-illustration .prop {
    stroke: var(--_border, currentColor);
    opacity: 1;
  }
  .gk-illustration rect {
    fill: var(--_border, currentColor);
  }
  @media (prefers-reduced-motion: no-preference) {
    .gk-illustration.moving .mv {
      animation: gk-move 1.8s ease-in-out infinite alternate;
    }
  }
  @keyframes gk-move {
    to {
      transform: none;
    }
  }
`;
