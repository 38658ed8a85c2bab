// Renders every card fixture in cards/ (written by ChatBot.Host.Tests LifecycleCardFixtureTests from the bot's real
// responses) with the Adaptive Cards JS renderer (npm adaptivecards 3.0.6) in headless Chromium, fails on any parse,
// validation or page error, and saves screenshots under screenshots/.
// Run after the .NET tests (test.sh does): cards/ and screenshots/ are generated, not committed.
// Needs adaptivecards 3.0.6 and playwright-core (package.json) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const cardsDir = path.join(here, 'cards');
const shotsDir = path.join(here, 'screenshots');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rendererScript = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const rendererCss = require.resolve('adaptivecards/dist/adaptivecards.css');
const fixtures = fs.existsSync(cardsDir) ? fs.readdirSync(cardsDir).filter((f) => f.endsWith('.json')).sort() : [];
// The cards the brief asks to look at: the first process step and the gap report.
const screenshotted = new Set(['lifecycle-03-first-step.json', 'lifecycle-07-gap-report.json', 'lifecycle-08-gap-report-en.json',
  'lifecycle-01-step-picker.json', 'lifecycle-02-pattern-picker.json', 'lifecycle-09-assessment-list.json',
  'incident-01-form-with-errors.json', 'incident-02-mandatory.json', 'incident-07-report-offer.json', 'unanswered-keep-en.json',
  'open-work-01-guide-reminder.json', 'open-work-03-typed-not-sure.json']);

// Without Chromium the suite reports itself skipped (with the install command), unless CHATBOT_REQUIRE_ALL=1 (CI).
const skip = !fs.existsSync(chromium) && process.env.CHATBOT_REQUIRE_ALL !== '1'
  ? `Chromium not found at ${chromium} (install: apt-get install chromium, or set CHROMIUM_PATH)`
  : false;
if (skip) console.log(`# skipped: card rendering: ${skip}`);

let browser;
let page;

before(async () => {
  if (skip) return;
  const { chromium: launcher } = await import('playwright-core');
  browser = await launcher.launch({
    executablePath: chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 560, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5;font-family:\'Segoe UI\',\'Noto Sans CJK JP\',sans-serif"><div id="host" style="width:520px;margin:20px;background:#fff"></div></body></html>');
  await page.addStyleTag({ path: rendererCss });
  await page.addScriptTag({ path: rendererScript });
  fs.mkdirSync(shotsDir, { recursive: true });
});

after(async () => { await browser?.close(); });

const pageErrors = [];

test('there are card fixtures to render', { skip }, () => {
  assert.ok(fixtures.length >= 5, `expected the .NET test to have written cards into ${cardsDir}`);
});

for (const file of fixtures) {
  test(`renders ${file} without errors`, { skip }, async () => {
    const json = JSON.parse(fs.readFileSync(path.join(cardsDir, file), 'utf8'));
    assert.equal(json.version, '1.5');
    pageErrors.length = 0;
    const result = await page.evaluate((card) => {
      const AC = window.AdaptiveCards;
      const adaptiveCard = new AC.AdaptiveCard();
      adaptiveCard.hostConfig = new AC.HostConfig({ fontFamily: 'Segoe UI, Noto Sans CJK JP, sans-serif', supportsInteractivity: true });
      const context = new AC.SerializationContext();
      adaptiveCard.parse(card, context);
      const events = [];
      for (let i = 0; i < context.eventCount; i++) {
        const e = context.getEventAt(i);
        events.push(`${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
      }
      for (const e of adaptiveCard.validateProperties().validationEvents) events.push(`${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
      const host = document.getElementById('host');
      host.innerHTML = '';
      const rendered = adaptiveCard.render();
      if (rendered) host.appendChild(rendered);
      return { events, rendered: !!rendered, text: host.innerText, executes: host.querySelectorAll('button').length };
    }, json);
    assert.deepEqual(result.events, [], `${file}: ${result.events.join('; ')}`);
    assert.ok(result.rendered, `${file} did not render`);
    assert.ok(result.text.trim().length > 0, `${file} rendered empty`);
    assert.deepEqual(pageErrors, []);
    if (screenshotted.has(file)) {
      await page.locator('#host').screenshot({ path: path.join(shotsDir, file.replace(/\.json$/, '.png')) });
    }
  });
}
