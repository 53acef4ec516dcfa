/**
 * Where to paste the code on each site builder: the one source of the README's "Paste it into your site" table
 * (written there by scripts/readme-platforms.mjs) and of the configurator's platform tabs. Markdown: **bold** and
 * `code` only. Written from each builder's documentation, not verified on the live platforms.
 */
export interface Platform { name: string; editor?: string; where: string }

/**
 * The WordPress plugin's names for an element (scripts/wordpress.mjs builds the plugin with them): its block
 * `glute-knots/guide` titled "Glute knot guide", and its shortcode `[glute_knot_guide]`.
 */
export const wordpressNames = (tag: string) => ({
  block: `glute-knots/${tag.replace(/^glute-(knot-)?/, '')}`,
  title: tag.replace(/^./, (c) => c.toUpperCase()).replaceAll('-', ' '),
  shortcode: tag.replaceAll('-', '_'),
});

export const platforms: readonly Platform[] = [
  {
    name: 'WordPress',
    editor: 'block editor',
    where: 'Install the glute-knots plugin (**Plugins** → **Add New** → **Upload Plugin**, then **Activate**) and add its block, or paste its shortcode: both work for every author. Only an Administrator may paste the script instead, in a **Custom HTML** block (`+` → search "Custom HTML"); WordPress may rewrite `sound` as `sound=""`: that works.',
  },
  {
    name: 'Squarespace',
    where: 'Edit the page → **Add Block** → **Code**; paste, and leave "Display Source" off. Scripts in code blocks run only on plans that allow custom code, and only on the live page, not in the editor preview.',
  },
  {
    name: 'Webflow',
    where: 'Drag an **Embed** element (Add panel → Components → Embed) onto the page; paste; Save & Close. Scripts run on the published site (and in preview), not in the Designer canvas.',
  },
  { name: 'Ghost', where: 'In the editor, type `/html` to add an **HTML card**; paste.' },
  {
    name: 'Wix',
    where: "**Add Elements** → **Embed Code** → **Embed HTML** → Enter Code → **Code**; paste. Wix puts it in a sandboxed frame: set the frame's height to fit.",
  },
];
