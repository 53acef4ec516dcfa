import { css } from 'lit';

/**
 * Shared design tokens. Public knobs are the documented `--gk-*` custom
 * properties; `--_*` are private and resolved per theme here.
 *
 * - `theme="auto"` (default): text inherits the page colour; surfaces and
 *   borders are tints of that colour, so the element sits on any background.
 *   Accent and danger colours used as text or lines are mixed with the text
 *   colour, so they keep their contrast on a light page and on a dark one
 *   whatever the reader's light/dark setting. Solid buttons use the accent as
 *   is, with their own text colour.
 * - `theme="light"` / `theme="dark"`: the element paints its own surface.
 *
 * All lengths are in `em`, never `rem`: a theme that sets `html { font-size: 62.5% }`
 * must not shrink the element.
 */
export const themeStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--gk-font, inherit);
    color: var(--_text);
    --_text: var(--gk-color-text, inherit);
    --_muted: var(--gk-color-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_surface: var(--gk-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--gk-color-border, color-mix(in srgb, currentColor 30%, transparent));
    --_accent-fill: var(--gk-color-accent, #0a6b57);
    --_on-accent: var(--gk-color-accent-contrast, #ffffff);
    --_accent: color-mix(in srgb, var(--_accent-fill) 62%, currentColor);
    --_danger: color-mix(in srgb, var(--gk-color-danger, #b3261e) 70%, currentColor);
    /* The focus ring: the accent mixed with the page's text colour, so it keeps 3:1 on the page's background. */
    --_focus: var(--gk-color-focus, color-mix(in srgb, var(--_accent-fill) 62%, currentColor));
    --_radius: var(--gk-radius, 0.5em);
    --_space: var(--gk-space, 1em);
    --_bg: transparent;
  }
  :host([theme='light']) {
    color-scheme: light;
    --_accent: var(--_accent-fill);
    --_danger: var(--gk-color-danger, #b3261e);
    --_text: var(--gk-color-text, #1b1f23);
    --_muted: var(--gk-color-muted, #50575e);
    --_surface: var(--gk-color-surface, #f3f5f6);
    --_border: var(--gk-color-border, #8a9197);
    --_focus: var(--gk-color-focus, #168a72);
    --_bg: #ffffff;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_text: var(--gk-color-text, #e9edf0);
    --_muted: var(--gk-color-muted, #b4bcc3);
    --_surface: var(--gk-color-surface, #20262b);
    --_border: var(--gk-color-border, #6b747c);
    --_accent-fill: var(--gk-color-accent, #5fd0b2);
    --_accent: var(--_accent-fill);
    --_on-accent: var(--gk-color-accent-contrast, #062019);
    --_danger: var(--gk-color-danger, #ffb4ab);
    --_focus: var(--gk-color-focus, #168a72);
    --_bg: #14181b;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .gk {
    container-type: inline-size;
    background: var(--_bg);
    color: var(--_text);
    border-radius: var(--_radius);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  :host([theme='light']) .gk,
  :host([theme='dark']) .gk {
    padding: calc(var(--_space) * 0.75);
  }
  /* The light and dark themes' ring (#168a72) is at least 3.6:1 on their own background and surfaces and on a white or
     #121212 page, in case it falls outside the element; the offset keeps it off the control's own fill. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
