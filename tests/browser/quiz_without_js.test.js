// A reader takes the adult attachment quiz in Chromium with JavaScript off:
// answers by clicking, submits the plain HTML form, and lands on a result
// page with both scores, the result, the picture and the notice.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { cradleAndChromium } = require('./cradle_server');

const env = cradleAndChromium();

test('the quiz works with JavaScript off', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(env.server.url + '/p/ababy-attachment-quiz/adult-attachment-quiz');
  assert.match(await page.textContent('main'), /not a diagnosis/);

  const questions = await page.$$('fieldset');
  assert.equal(questions.length, 20);
  // 6 to every anxiety statement and 2 to every avoidance one: with the
  // reverse-keyed items that gives means of 4.4 and 3.6, off the centre.
  for (const fieldset of questions) {
    const name = await (await fieldset.$('input')).getAttribute('name');
    const value = name.startsWith('anx') ? 6 : 2;
    await fieldset.$(`input[value="${value}"]`).then((radio) => radio.click());
  }
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);

  const main = await page.textContent('main');
  assert.match(main, /Anxiety about closeness/);
  assert.match(main, /Avoidance of closeness/);
  assert.equal(await page.locator('.score-value').count(), 2);
  assert.equal(await page.locator('svg[role=img] circle.plane-you').count(), 1);
  assert.match(await page.textContent('svg desc'), /on a scale from 1 to 7/);
  assert.match(main, /not a diagnosis/);
  assert.match(main, /Your answers were not kept/);

  const shot = path.join(process.env.CRADLE_SCREENSHOTS || '.', 'quiz-result-no-js.png');
  await page.screenshot({ path: shot, fullPage: true });
  assert.ok(fs.statSync(shot).size > 20000, 'the screenshot is not blank');
  await context.close();
});
