// Never built: only type-checked (npm run examples). Each marked line must stay a type error, so the generated
// React types keep catching a misspelt attribute, a misspelt stretch id, a wrong prop type, a wrong event detail and a
// ref of the wrong element; the object ref in ObjectRef must compile.
import { useRef } from 'react';
import type {} from 'glute-knots/react';
import type { StretchTimer } from 'glute-knots/stretch-timer.js';

export const misspeltAttribute = (
  <stretch-timer
    // @ts-expect-error `strech` is not an attribute of <stretch-timer>
    strech="pigeon-pose"
  />
);

export const wrongPropType = (
  <stretch-timer
    // @ts-expect-error `sound` is a boolean
    sound="loud"
  />
);

export const wrongEventDetail = (
  <stretch-timer
    // @ts-expect-error the detail of stretch-complete has no `seconds`
    onstretch-complete={(event) => event.detail.seconds}
  />
);

// @ts-expect-error there is no <stretch-timers> element
export const unknownTag = <stretch-timers />;

export const misspeltStretch = (
  <stretch-timer
    // @ts-expect-error `pigeon-pos` is not a built-in stretch id (`stretch` is typed as StretchId)
    stretch="pigeon-pos"
  />
);

// An object ref compiles (RefObject<StretchTimer | null>), as a callback ref does; a ref to another element does not.
export function ObjectRef() {
  const ref = useRef<StretchTimer>(null);
  const other = useRef<HTMLDivElement>(null);
  return (
    <>
      <stretch-timer ref={ref} stretch="figure-four" />
      <stretch-timer ref={(el) => el?.focus()} />
      <stretch-timer
        // @ts-expect-error a ref to a <div> is not a ref to <stretch-timer>
        ref={other}
      />
    </>
  );
}
