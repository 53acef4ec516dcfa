// The clinic demo: an editable routine, and the tag that reproduces it, updated on every committed edit.
import '../src/stretch-routine/index.js';
import type { StretchRoutine } from '../src/stretch-routine/index.js';

const routine = document.querySelector<StretchRoutine>('#routine')!;
const code = document.querySelector<HTMLElement>('#code')!;

function show(): void {
  const attributes = ['heading', 'emergency-number', 'stretches']
    .map((name) => `${name}="${(routine.getAttribute(name) ?? '').replaceAll('"', '&quot;')}"`).join(' ');
  code.textContent = `<stretch-routine share ${attributes}>\n  <p slot="note">${routine.querySelector('[slot="note"]')?.textContent ?? ''}</p>\n</stretch-routine>`;
}

routine.addEventListener('routine-edit', () => void routine.updateComplete.then(show));
void routine.updateComplete.then(show);
