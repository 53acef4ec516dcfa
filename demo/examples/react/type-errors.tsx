// Never built: only type-checked (npm run examples). Each marked line must stay a type error, so the generated
// React types keep catching a misspelt attribute, a wrong prop type and a wrong event detail.
import type {} from 'glute-knots/react';

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
