// What a parent does on the site, in Debian's Chromium, once with JavaScript
// on and once off: open a FAQ answer, follow its link into the blog, search
// and open a hit, take the whole quiz and read the result. Every page is
// audited with axe-core (no violations allowed) and screenshotted at phone
// and desktop width into the build folder.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { cradleAndChromium } = require('./cradle_server');

const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = process.env.CRADLE_SCREENSHOTS || '.';
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

const env = cradleAndChromium();

// axe-core is injected past the page's CSP (the context bypasses it, as the
// site itself runs no script); any violation fails with its rule and nodes.
async function audit(page, name) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
  const found = result.violations.map((v) =>
    `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe violations on ${name}`);
}

async function shoot(page, name) {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(fs.statSync(file).size > 10000, `${name}.png is not blank`);
}

// Audits the page at both widths and saves both screenshots.
async function look(page, name, js) {
  for (const [width, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    await shoot(page, `${name}-${width}${js ? '' : '-no-js'}`);
    // No sideways scrolling on a phone: nothing is wider than the viewport.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name} scrolls sideways at ${width} width by ${overflow}px`);
  }
  if (js) await audit(page, name);
}

for (const js of [true, false]) {
  const mode = js ? 'with JavaScript' : 'with JavaScript off';

  test(`a parent reads, follows, searches and takes the quiz ${mode}`, async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: js, bypassCSP: true, viewport: WIDTHS.phone });
    const page = await context.newPage();

    await page.goto(env.server.url + '/');
    assert.equal(await page.locator('h1').count(), 1);
    await look(page, 'home', js);

    // A FAQ answer opens in place.
    await page.click('a[href="/p/ababy-faq/"]');
    const question = page.locator('details#more-detail');
    assert.equal(await question.getAttribute('open'), null);
    await question.locator('summary').click();
    assert.notEqual(await question.getAttribute('open'), null);
    assert.ok(await question.locator('.answer').isVisible());
    await look(page, 'faq', js);

    // Its link leads into the blog.
    await page.goto(env.server.url + '/p/ababy-faq/more-detail');
    await Promise.all([page.waitForNavigation(), page.click('a[href="/p/ababy-blog/circle-of-security"]')]);
    assert.equal(new URL(page.url()).pathname, '/p/ababy-blog/circle-of-security');
    assert.match(await page.textContent('h1'), /Circle of Security/);
    await look(page, 'blog-post', js);

    await page.goto(env.server.url + '/p/ababy-blog/');
    await look(page, 'blog', js);

    // Search from the header and open the first hit.
    await page.fill('#site-q', 'secure base');
    await Promise.all([page.waitForNavigation(), page.press('#site-q', 'Enter')]);
    assert.equal(new URL(page.url()).pathname, '/search');
    assert.ok(await page.locator('main mark').count() > 0, 'matches are marked');
    await look(page, 'search', js);
    const hit = page.locator('main .results a').first();
    const href = await hit.getAttribute('href');
    await Promise.all([page.waitForNavigation(), hit.click()]);
    assert.equal(new URL(page.url()).pathname, href);

    // The whole quiz, answered by clicking, and its result.
    await page.goto(env.server.url + '/p/ababy-attachment-quiz/');
    await Promise.all([page.waitForNavigation(), page.click('a.button')]);
    assert.match(await page.textContent('main'), /not a diagnosis/);
    await look(page, 'quiz', js);
    const fieldsets = await page.$$('fieldset');
    assert.equal(fieldsets.length, 20);
    for (const fieldset of fieldsets) {
      const name = await (await fieldset.$('input')).getAttribute('name');
      await (await fieldset.$(`input[value="${name.startsWith('anx') ? 2 : 3}"]`)).click();
    }
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    const result = await page.textContent('main');
    assert.match(result, /Your result/);
    assert.equal(await page.locator('.score-value').count(), 2);
    assert.match(result, /not a diagnosis/);
    await look(page, 'quiz-result', js);
    await context.close();
  });
}

test('a quiz sent with answers missing comes back naming them, and passes the audit', async () => {
  const context = await env.browser.newContext({ bypassCSP: true, viewport: WIDTHS.phone });
  const page = await context.newPage();
  await page.goto(env.server.url + '/p/ababy-attachment-quiz/adult-attachment-quiz');
  await (await page.$('fieldset input[value="4"]')).click();
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  assert.match(await page.textContent('.problems'), /answers need another look/);
  await look(page, 'quiz-problems', true);
  await context.close();
});
