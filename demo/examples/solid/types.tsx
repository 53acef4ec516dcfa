// Never built: only type-checked (npm run examples), so the generated Solid types stay usable. The first part must
// compile; each marked line after it must stay a type error.
import type {} from 'glute-knots/solid';
import type { StretchCompleteDetail } from 'glute-knots';

export const timer = (
  <stretch-timer
    stretch="pigeon-pose"
    hold={45}
    sound
    theme="dark"
    on:stretch-complete={(event: CustomEvent<StretchCompleteDetail>) => console.log(event.detail.elapsedMs)}
  />
);
export const guide = <glute-knot-guide sections="what,causes" heading-level={3} no-timers />;

export const misspeltAttribute = (
  <stretch-timer
    // @ts-expect-error `strech` is not an attribute of <stretch-timer>
    strech="pigeon-pose"
  />
);

// @ts-expect-error there is no <stretch-timers> element
export const unknownTag = <stretch-timers />;
