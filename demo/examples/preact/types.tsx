// Never built: only type-checked (npm run examples), so the generated Preact types stay usable. The first part must
// compile; each marked line after it must stay a type error.
import type {} from 'glute-knots/preact';
import { createRef } from 'preact';
import type { StretchCompleteDetail, StretchTimer } from 'glute-knots';

export const timer = (
  <stretch-timer
    stretch="pigeon-pose"
    hold={45}
    sound
    theme="dark"
    onstretch-complete={(event: CustomEvent<StretchCompleteDetail>) => console.log(event.detail.elapsedMs)}
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

// An object ref compiles; a misspelt stretch id does not.
export const withRef = <stretch-timer ref={createRef<StretchTimer>()} stretch="figure-four" />;
export const misspeltStretch = (
  <stretch-timer
    // @ts-expect-error `pigeon-pos` is not a built-in stretch id
    stretch="pigeon-pos"
  />
);
