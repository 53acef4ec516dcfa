// The block editor of the test WordPress, as an Author, for scripts/test-wordpress.mjs: the five blocks in the
// editor's registry, the sidebar generated from the manifest changing the live preview, the routine's plan editor
// writing the block's `stretches`, and the post saved from the editor rendering on the page. Optional screenshots.
/* global wp -- the editor's global, in the functions that run in the page */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function logIn(page, url, user, password) {
  await page.goto(`${url}/wp-login.php`);
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
}

/** The block's attributes in the editor's store. */
const attributesOf = (page, clientId) => page.evaluate((id) => wp.data.select('core/block-editor').getBlockAttributes(id), clientId);

/** The inspector's control whose label starts with `label`, as an element handle of its input or select. */
const controlOf = (page, label) => page.evaluateHandle((text) => [...document.querySelectorAll('.block-editor-block-inspector .components-base-control')]
  .find((c) => c.querySelector('label')?.textContent.trim() === text)?.querySelector('input, select'), label);

export async function editorChecks({ browser, site, check, screenshots }) {
  const author = await browser.createBrowserContext();
  const page = await author.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await logIn(page, site.url, 'author', 'author-password');
  await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => window.wp?.blocks && wp.data.select('core/editor').getCurrentPostId());
  await page.evaluate(() => {
    if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  const uid = await page.evaluate(() => window.userSettings?.uid);
  check('the editor runs as the Author', uid === String(site.users.author), `uid ${uid}`);
  const registered = await page.evaluate(() => wp.blocks.getBlockTypes().map((b) => b.name).filter((n) => n.startsWith('glute-knots/')).sort());
  check('the editor\'s block registry (wp.blocks) lists the five blocks, for an Author', registered.length === 5, registered.join(', '));

  // The timer block: the sidebar's options (from the manifest) change the live preview.
  const timerId = await page.evaluate(() => {
    const block = wp.blocks.createBlock('glute-knots/stretch-timer', {});
    wp.data.dispatch('core/block-editor').insertBlocks(block);
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    return block.clientId;
  });
  await page.waitForSelector('.block-editor-block-inspector .components-toggle-control');
  const labels = await page.evaluate(() => [...document.querySelectorAll('.block-editor-block-inspector .components-base-control label')].map((l) => l.textContent.trim()));
  check('the timer block\'s sidebar has a control for each documented attribute', ['Stretch', 'Label', 'Hold', 'Reps', 'Rest', 'Lead in', 'Sides', 'Sound', 'Voice', 'Vibrate', 'Cues', 'No illustration', 'Allow sleep', 'Autostart', 'Theme']
    .every((l) => labels.includes(l)), labels.join(', '));
  await (await controlOf(page, 'Stretch')).select('pigeon-pose');
  await (await controlOf(page, 'Sound')).click();
  const hold = await controlOf(page, 'Hold');
  await hold.click({ clickCount: 3 });
  await hold.type('45');
  await sleep(300);
  const timer = await page.evaluate(() => {
    const el = document.querySelector('.editor-styles-wrapper stretch-timer');
    return el && { stretch: el.getAttribute('stretch'), sound: el.hasAttribute('sound'), hold: el.getAttribute('hold'), text: el.shadowRoot?.textContent ?? '' };
  });
  const timerAttrs = await attributesOf(page, timerId);
  check('the sidebar sets the block\'s attributes and the live <stretch-timer> preview shows them',
    timer?.stretch === 'pigeon-pose' && timer.sound && timer.hold === '45' && /Pigeon pose/.test(timer.text) &&
    timerAttrs.stretch === 'pigeon-pose' && timerAttrs.sound === true && timerAttrs.hold === 45, JSON.stringify({ timer: { ...timer, text: timer?.text.slice(0, 80) }, timerAttrs }));

  // The routine block: its plan editor writes the block's `stretches`.
  const routineId = await page.evaluate(() => {
    const block = wp.blocks.createBlock('glute-knots/stretch-routine', { heading: 'Your home stretches', 'rest-between': 20 });
    wp.data.dispatch('core/block-editor').insertBlocks(block);
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    return block.clientId;
  });
  await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper stretch-routine')?.shadowRoot?.querySelector('#edit-add'));
  await page.evaluate(() => {
    const root = document.querySelector('.editor-styles-wrapper stretch-routine').shadowRoot;
    const select = root.querySelector('#edit-add');
    select.value = 'clamshell';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector('.add button').click();
  });
  await page.waitForFunction((id) => /clamshell/.test(wp.data.select('core/block-editor').getBlockAttributes(id).stretches ?? ''), { timeout: 5000 }, routineId).catch(() => {});
  const routineAttrs = await attributesOf(page, routineId);
  check('the routine block shows the plan editor, and an exercise added there is saved in the block\'s stretches',
    routineAttrs.stretches === 'figure-four, pigeon-pose, seated-forward-bend, clamshell', JSON.stringify(routineAttrs));
  if (screenshots) {
    await page.evaluate(() => document.querySelector('.editor-styles-wrapper stretch-routine').shadowRoot.querySelector('.editor').scrollIntoView({ block: 'center' }));
    await sleep(500);
    await page.screenshot({ path: 'demo/screenshots/wordpress-editor-routine.png' });
    await page.evaluate((id) => {
      wp.data.dispatch('core/block-editor').selectBlock(id);
      document.querySelector('.editor-styles-wrapper stretch-timer').scrollIntoView({ block: 'start' });
      document.querySelectorAll('.interface-interface-skeleton__sidebar, .interface-complementary-area').forEach((e) => e.scrollTo(0, 0));
    }, timerId);
    await sleep(500);
    await page.screenshot({ path: 'demo/screenshots/wordpress-editor.png' });
  }

  // Published from the editor by the Author: the page shows what the editor set.
  const url = await page.evaluate(async () => {
    wp.data.dispatch('core/editor').editPost({ title: 'My home stretches', status: 'publish' });
    await wp.data.dispatch('core/editor').savePost();
    return wp.data.select('core/editor').getPermalink();
  });
  check('no page error in the editor', errors.length === 0, errors.join(' | '));
  const reader = await browser.createBrowserContext();
  const view = await reader.newPage();
  await view.setViewport({ width: 1000, height: 1200 });
  await view.goto(url, { waitUntil: 'networkidle0' });
  await view.waitForFunction(() => customElements.get('stretch-routine') && customElements.get('stretch-timer'));
  const shown = await view.evaluate(() => ({
    timer: ['stretch', 'sound', 'hold'].map((a) => document.querySelector('stretch-timer')?.getAttribute(a)),
    routine: document.querySelector('stretch-routine')?.getAttribute('stretches'),
  }));
  check('the post the Author published from the editor renders the blocks with the attributes set there',
    shown.timer.join() === 'pigeon-pose,,45' && shown.routine === 'figure-four, pigeon-pose, seated-forward-bend, clamshell', JSON.stringify(shown));
  if (screenshots) {
    await view.evaluate(() => document.querySelector('.wp-block-post-title, h1')?.scrollIntoView({ block: 'start' }));
    await sleep(500);
    await view.screenshot({ path: 'demo/screenshots/wordpress-page.png' });
  }
  await reader.close();
  await author.close();
}
