import { css } from 'lit';

/** "Send to phone": the button, and the panel with the QR code, the link and its buttons. */
export const shareStyles = css`
  .share {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .share-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .share-panel {
    display: grid;
    gap: 0.5em;
    justify-self: stretch;
    padding: 0.75em;
    border: 1px solid currentColor;
    border-radius: 0.5em;
  }
  .share-panel[hidden] {
    display: none;
  }
  /* The code stays black on white in every theme, as scanners need; its box keeps its size while it is drawn. */
  .qr-box {
    inline-size: min(100%, 14em);
    aspect-ratio: 1;
    background: #fff;
  }
  .qr {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .share-label {
    font-weight: 700;
  }
  .share-link {
    font: inherit;
    inline-size: 100%;
    box-sizing: border-box;
    padding: 0.4em;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 0.25em;
  }
  .share-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .copy-status {
    font-weight: 700;
  }
`;
