// The test post of scripts/test-wordpress.mjs: every block and every shortcode, with script and markup payloads in
// attributes, as an Author writes it (block comments as the block editor serializes them; shortcodes as typed in the
// classic editor, where a typed `<` is saved as `&lt;`).

/** A block comment, its attributes serialized as the block editor does (`<`, `>`, `&`, `"` and `--` escaped). */
export function blockComment(name, attributes = {}) {
  const json = JSON.stringify(attributes).replace(/--/g, '\\u002d\\u002d').replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026').replace(/\\"/g, '\\u0022');
  return `<!-- wp:${name.replace(/^core\//, '')} ${json} /-->`;
}

/** A payload that sets `window.gkPwned` if it ever runs: it must come out as text. */
export const payload = {
  script: '<script>window.gkPwned = "script"</script>',
  img: '"><img src=x onerror="window.gkPwned = \'img\'">',
  typed: "&lt;script&gt;window.gkPwned = 'typed'&lt;/script&gt;", // `<script>` typed in the classic editor
  quote: 'x" autofocus onfocus="window.gkPwned = \'quote\'', // no tag, so kses keeps it: it must not leave the attribute
};

/** The blocks and shortcodes of the test post: an id for each (data-test is not passed on, so the id is the order). */
export const cases = [
  { id: 'block-timer', tag: 'stretch-timer',
    html: blockComment('glute-knots/stretch-timer', { stretch: 'pigeon-pose', hold: 45, label: payload.quote, sound: true, sides: 'one' }),
    attrs: { stretch: 'pigeon-pose', hold: '45', label: payload.quote, sound: '', sides: 'one' }, shows: [payload.quote],
    fallback: { name: payload.quote, hold: 45, reps: 3, sides: 'one' } },
  { id: 'block-routine', tag: 'stretch-routine',
    html: blockComment('glute-knots/stretch-routine', { stretches: 'figure-four:40x2, clamshell:one', heading: payload.img, 'rest-between': 20 }),
    // kses removes what is not allowed of the tag for an Author and keeps `<img src="x">`: that must be text.
    attrs: { stretches: 'figure-four:40x2, clamshell:one', heading: '"><img src="x">', 'rest-between': '20' }, shows: ['"><img src="x">'] },
  { id: 'block-table', tag: 'causes-table',
    html: blockComment('glute-knots/causes-table', { highlight: 'stress', caption: 'Why knots form', theme: 'dark' }),
    attrs: { highlight: 'stress', caption: 'Why knots form', theme: 'dark' }, shows: ['Why knots form'] },
  { id: 'block-guide', tag: 'glute-knot-guide',
    html: blockComment('glute-knots/guide', { sections: 'what, causes, see-a-professional', 'heading-level': 3, 'no-timers': true }),
    attrs: { sections: 'what, causes, see-a-professional', 'heading-level': '3', 'no-timers': '' } },
  { id: 'block-map', tag: 'glute-muscle-map',
    html: blockComment('glute-knots/muscle-map', { muscle: 'piriformis' }), attrs: { muscle: 'piriformis' } },
  { id: 'code-timer', tag: 'stretch-timer', html: '[stretch_timer stretch="pigeon-pose" hold="45" sound]',
    attrs: { stretch: 'pigeon-pose', hold: '45', sound: '' }, fallback: { stretch: 'pigeon-pose', hold: 45, reps: 3, sides: 'both' } },
  { id: 'code-timer-ball', tag: 'stretch-timer', html: '[stretch_timer stretch="massage-ball-release" hold="40" reps="2" sides="one"]',
    attrs: { stretch: 'massage-ball-release', hold: '40', reps: '2', sides: 'one' },
    fallback: { stretch: 'massage-ball-release', hold: 40, reps: 2, sides: 'one' } },
  { id: 'code-timer-flags', tag: 'stretch-timer',
    html: `[stretch_timer stretch="clamshell" sound="false" voice="1" vibrate="true" no-illustration="0" autostart="no" onclick="window.gkPwned='attr'" label="${payload.typed}"]`,
    attrs: { stretch: 'clamshell', voice: '', vibrate: '', label: "<script>window.gkPwned = 'typed'</script>" },
    absent: ['sound', 'no-illustration', 'autostart', 'onclick'], shows: ["<script>window.gkPwned = 'typed'</script>"] },
  { id: 'code-routine', tag: 'stretch-routine',
    html: '[stretch_routine stretches="pigeon-pose:45x2, childs-pose" heading="Your home stretches" share voice]',
    attrs: { stretches: 'pigeon-pose:45x2, childs-pose', heading: 'Your home stretches', share: '', voice: '' }, shows: ['Your home stretches'] },
  { id: 'code-table', tag: 'causes-table', html: `[causes_table caption='"><img src=x onerror=window.gkPwned=1>' highlight="overuse"]`,
    attrs: { highlight: 'overuse' }, shows: ['"><img'] },
  { id: 'code-guide', tag: 'glute-knot-guide', html: '[glute_knot_guide sections="what, symptoms" heading-level="4" no-timers]',
    attrs: { sections: 'what, symptoms', 'heading-level': '4', 'no-timers': '' } },
  { id: 'code-map', tag: 'glute-muscle-map', html: '[glute_muscle_map muscle="gluteus-medius" theme="light" bogus="1"]',
    attrs: { muscle: 'gluteus-medius', theme: 'light' }, absent: ['bogus'] },
];

/** An Administrator's post (unfiltered_html: kses does not run), so a raw `<script>` reaches the plugin. */
export const adminCases = [
  { id: 'admin-block-timer', tag: 'stretch-timer',
    html: blockComment('glute-knots/stretch-timer', { stretch: 'figure-four', label: payload.script, reps: 2 }),
    attrs: { stretch: 'figure-four', label: payload.script, reps: '2' }, shows: [payload.script],
    fallback: { name: payload.script, hold: 30, reps: 2, sides: 'both' } },
  { id: 'admin-code-routine', tag: 'stretch-routine', html: `[stretch_routine stretches="clamshell" heading="${payload.script.replace(/"/g, "'")}"]`,
    attrs: { stretches: 'clamshell', heading: payload.script.replace(/"/g, "'") }, shows: [payload.script.replace(/"/g, "'")] },
];

/** The post's content: each case in its own paragraph-free line, blocks and shortcodes mixed. */
export const contentOf = (list) => list.map((c) => (c.html.startsWith('[') ? `<!-- wp:shortcode -->\n${c.html}\n<!-- /wp:shortcode -->` : c.html)).join('\n\n');
export const content = contentOf(cases);
