import { useState } from 'react';
import 'glute-knots/stretch-timer.js'; // defines <stretch-timer>
import type {} from 'glute-knots/react'; // types <stretch-timer> and friends in JSX
import type { StretchCompleteDetail } from 'glute-knots/stretch-timer.js';

export default function App() {
  const [done, setDone] = useState<StretchCompleteDetail | null>(null);
  return (
    <main>
      <stretch-timer
        stretch="pigeon-pose"
        hold={30}
        reps={2}
        sound
        onstretch-complete={(event) => setDone(event.detail)}
      />
      <p id="result">{done ? `Done: ${done.reps} rounds of ${done.stretch}.` : 'Not done yet.'}</p>
    </main>
  );
}
