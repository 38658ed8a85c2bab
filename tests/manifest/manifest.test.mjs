// Builds the Teams app package with manifest/build.sh and checks it offline: the manifest and its English
// localization against the JSON schemas bundled in @microsoft/app-manifest, the commands against
// manifest/commands.json, the icons' sizes and colours, and the zip's contents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const manifestDir = path.join(repo, 'manifest');
const buildScript = path.join(manifestDir, 'build.sh');
const schemasRoot = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

const APP_ID = '6f1c2b4a-9d3e-4f5a-8b7c-1d2e3f4a5b6c';
const DOMAIN = 'ca-chatbot-test.japaneast.azurecontainerapps.io';

let work, out, emptyEnv;

function runBuild(env, args = []) {
  const clean = { PATH: process.env.PATH, HOME: process.env.HOME ?? os.tmpdir(), ...env };
  return spawnSync('bash', [buildScript, '--env-file', emptyEnv, ...args], { env: clean, encoding: 'utf8' });
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-test-'));
  out = path.join(work, 'build');
  emptyEnv = path.join(work, 'empty.env');
  fs.writeFileSync(emptyEnv, '# no settings: the test passes them in the environment\n');
  const r = runBuild({ BOT_APP_ID: APP_ID, BOT_DOMAIN: DOMAIN, APP_VERSION: '1.2.3' }, ['--out', out]);
  assert.equal(r.status, 0, `build.sh failed:\n${r.stdout}\n${r.stderr}`);
});

after(() => fs.rmSync(work, { recursive: true, force: true }));

function schemaValidator(version, file) {
  const schemaPath = path.join(schemasRoot, `v${version}`, file);
  assert.ok(fs.existsSync(schemaPath), `no bundled schema ${schemaPath}`);
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(readJson(schemaPath));
}

function newestBundledVersion() {
  const versions = fs.readdirSync(schemasRoot)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1).split('.').map(Number))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return versions.at(-1).join('.');
}

const errorsText = (validate) => JSON.stringify(validate.errors, null, 2);

test('manifest.json uses the newest manifest schema bundled in @microsoft/app-manifest', () => {
  const manifest = readJson(path.join(out, 'manifest.json'));
  assert.equal(manifest.manifestVersion, newestBundledVersion());
  assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
});

test('manifest.json is valid against the bundled schema', () => {
  const manifest = readJson(path.join(out, 'manifest.json'));
  const validate = schemaValidator(manifest.manifestVersion, 'MicrosoftTeams.schema.json');
  assert.ok(validate(manifest), errorsText(validate));
});

test('en-us.json is valid against the bundled localization schema', () => {
  const manifest = readJson(path.join(out, 'manifest.json'));
  const localization = readJson(path.join(out, 'en-us.json'));
  const validate = schemaValidator(manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json');
  assert.ok(validate(localization), errorsText(validate));
  assert.equal(localization.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
});

test('placeholders are filled and the bot is the single-tenant conversational bot described', () => {
  const text = fs.readFileSync(path.join(out, 'manifest.json'), 'utf8');
  assert.doesNotMatch(text, /\$\{\{/);
  const manifest = JSON.parse(text);
  assert.equal(manifest.id, APP_ID);
  assert.equal(manifest.version, '1.2.3');
  assert.deepEqual(manifest.validDomains, [DOMAIN]);
  assert.equal(manifest.bots.length, 1);
  const bot = manifest.bots[0];
  assert.equal(bot.botId, APP_ID);
  assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  assert.equal(bot.isNotificationOnly, false);
  assert.equal(bot.supportsFiles, false);
  assert.equal(manifest.localizationInfo.defaultLanguageTag, 'ja-jp');
  assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: 'en-us', file: 'en-us.json' }]);
  assert.ok(manifest.webApplicationInfo === undefined, 'webApplicationInfo is not needed yet');
  for (const url of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) assert.match(manifest.developer[url], /^https:\/\//);
});

test('commandLists and en-us.json carry every command of commands.json in each of its scopes', () => {
  const { commands } = readJson(path.join(manifestDir, 'commands.json'));
  const manifest = readJson(path.join(out, 'manifest.json'));
  const localization = readJson(path.join(out, 'en-us.json'));
  const lists = manifest.bots[0].commandLists;
  assert.ok(commands.length > 0);

  const ids = new Set();
  for (const c of commands) {
    assert.ok(!ids.has(c.id), `duplicate id ${c.id}`);
    ids.add(c.id);
    for (const lang of ['ja', 'en']) {
      assert.ok(c[lang].title.length >= 1 && c[lang].title.length <= 32, `${c.id} ${lang} title length`);
      assert.ok(c[lang].description.length >= 1 && c[lang].description.length <= 128, `${c.id} ${lang} description length`);
    }
  }
  for (const lang of ['ja', 'en']) {
    const titles = commands.map((c) => c[lang].title.toLowerCase());
    assert.equal(new Set(titles).size, titles.length, `${lang} titles are unique`);
  }

  for (const scope of ['personal', 'team', 'groupChat']) {
    const expected = commands.filter((c) => c.scopes.includes(scope));
    const matching = lists.map((l, i) => [l, i]).filter(([l]) => l.scopes.includes(scope));
    if (expected.length === 0) {
      assert.equal(matching.length, 0, `no list for ${scope}`);
      continue;
    }
    assert.equal(matching.length, 1, `exactly one command list for ${scope}`);
    const [list, i] = matching[0];
    assert.deepEqual(list.commands, expected.map((c) => ({ title: c.ja.title, description: c.ja.description })));
    expected.forEach((c, j) => {
      assert.equal(localization[`bots[0].commandLists[${i}].commands[${j}].title`], c.en.title);
      assert.equal(localization[`bots[0].commandLists[${i}].commands[${j}].description`], c.en.description);
    });
  }

  // Every localization key names a string that exists in the manifest.
  for (const key of Object.keys(localization).filter((k) => k !== '$schema')) {
    const value = key.split(/\.(?![^[]*\])/).flatMap((part) => {
      const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
      return [m[1], ...[...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))];
    }).reduce((node, k) => (node == null ? undefined : node[k]), manifest);
    assert.equal(typeof value, 'string', `en-us.json key ${key} has no string in manifest.json`);
  }
});

// --- PNG -------------------------------------------------------------------------------------------

function readPng(file) {
  const buf = fs.readFileSync(file);
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is not a PNG`);
  assert.equal(buf.toString('latin1', 12, 16), 'IHDR');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const bitDepth = buf[24];
  const colorType = buf[25];
  const interlace = buf[28];
  const idat = [];
  for (let pos = 8; pos < buf.length;) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    if (type === 'IDAT') idat.push(buf.subarray(pos + 8, pos + 8 + len));
    pos += 12 + len;
  }
  return { width, height, bitDepth, colorType, interlace, idat: Buffer.concat(idat) };
}

/** RGBA pixels of an 8-bit, non-interlaced RGBA PNG (what make_icons.py writes). */
function rgbaPixels(png) {
  assert.equal(png.bitDepth, 8);
  assert.equal(png.colorType, 6, 'RGBA');
  assert.equal(png.interlace, 0);
  const raw = zlib.inflateSync(png.idat);
  const stride = png.width * 4;
  const pixels = Buffer.alloc(stride * png.height);
  for (let y = 0; y < png.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = v & 0xff;
    }
  }
  return pixels;
}

test('color.png is 192x192 and opaque', () => {
  const png = readPng(path.join(out, 'color.png'));
  assert.deepEqual([png.width, png.height], [192, 192]);
  const px = rgbaPixels(png);
  for (let i = 3; i < px.length; i += 4) assert.equal(px[i], 255, 'color icon has no transparent pixels');
});

test('outline.png is 32x32, white on transparent', () => {
  const png = readPng(path.join(out, 'outline.png'));
  assert.deepEqual([png.width, png.height], [32, 32]);
  const px = rgbaPixels(png);
  let opaque = 0, transparent = 0;
  for (let i = 0; i < px.length; i += 4) {
    const alpha = px[i + 3];
    if (alpha === 0) { transparent++; continue; }
    assert.deepEqual([px[i], px[i + 1], px[i + 2]], [255, 255, 255], `pixel ${i / 4} is not white`);
    if (alpha === 255) opaque++;
  }
  assert.ok(transparent > 200, 'mostly transparent background');
  assert.ok(opaque > 50, 'a visible white symbol');
});

test('the committed icons are the ones the script draws', () => {
  const tmp = path.join(work, 'icons');
  fs.mkdirSync(path.join(tmp, 'icons'), { recursive: true });
  fs.copyFileSync(path.join(manifestDir, 'icons', 'make_icons.py'), path.join(tmp, 'icons', 'make_icons.py'));
  execFileSync('python3', [path.join(tmp, 'icons', 'make_icons.py')], { stdio: 'pipe' });
  // Pixels, not bytes: another zlib may compress the same pixels differently.
  for (const name of ['color.png', 'outline.png']) {
    const drawn = readPng(path.join(tmp, name));
    const committed = readPng(path.join(manifestDir, name));
    assert.deepEqual([committed.width, committed.height], [drawn.width, drawn.height]);
    assert.ok(rgbaPixels(drawn).equals(rgbaPixels(committed)), `${name} differs: run python3 manifest/icons/make_icons.py`);
  }
});

// --- zip -------------------------------------------------------------------------------------------

function readZip(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  assert.ok(eocd >= 0, 'zip end of central directory found');
  const count = buf.readUInt16LE(eocd + 10);
  let pos = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(pos), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(pos + 10);
    const compressedSize = buf.readUInt32LE(pos + 20);
    const nameLen = buf.readUInt16LE(pos + 28);
    const extraLen = buf.readUInt16LE(pos + 30);
    const commentLen = buf.readUInt16LE(pos + 32);
    const localOffset = buf.readUInt32LE(pos + 42);
    const name = buf.toString('utf8', pos + 46, pos + 46 + nameLen);
    const localNameLen = buf.readUInt16LE(localOffset + 26);
    const localExtraLen = buf.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLen + localExtraLen;
    const data = buf.subarray(start, start + compressedSize);
    entries.set(name, method === 0 ? data : zlib.inflateRawSync(data));
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

test('appPackage.zip holds exactly the manifest, the localization and the two icons, at its root', () => {
  const entries = readZip(path.join(out, 'appPackage.zip'));
  assert.deepEqual([...entries.keys()].sort(), ['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
  for (const [name, data] of entries) {
    assert.deepEqual(data, fs.readFileSync(path.join(out, name)), `${name} in the zip matches the built file`);
  }
});

test('the zip is also built without the zip command (python3 fallback)', () => {
  const bin = path.join(work, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  // A PATH with bash, python3 and coreutils but no zip.
  const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  fs.symlinkSync(python, path.join(bin, 'python3'));
  for (const tool of ['bash', 'rm', 'mkdir', 'cp', 'sed', 'tr', 'dirname', 'cat']) {
    const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    if (found) fs.symlinkSync(found, path.join(bin, tool));
  }
  const out2 = path.join(work, 'build-nozip');
  const r = spawnSync(path.join(bin, 'bash'), [buildScript, '--env-file', emptyEnv, '--out', out2], {
    env: { PATH: bin, HOME: work, BOT_APP_ID: APP_ID, BOT_DOMAIN: DOMAIN }, encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual([...readZip(path.join(out2, 'appPackage.zip')).keys()].sort(), ['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
});

test('settings are read from an .env file, and the environment wins over it', () => {
  const envFile = path.join(work, 'test.env');
  fs.writeFileSync(envFile, `# comment\nBOT_APP_ID="${APP_ID}"\nexport BOT_DOMAIN=from-file.example.com\nAPP_VERSION=2.0.0\n`);
  const out3 = path.join(work, 'build-env');
  const r = spawnSync('bash', [buildScript, '--env-file', envFile, '--out', out3], {
    env: { PATH: process.env.PATH, HOME: work, APP_VERSION: '3.1.4' }, encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const manifest = readJson(path.join(out3, 'manifest.json'));
  assert.equal(manifest.bots[0].botId, APP_ID);
  assert.deepEqual(manifest.validDomains, ['from-file.example.com']);
  assert.equal(manifest.version, '3.1.4');
});

test('build.sh fails clearly on a missing or invalid app id or host name', () => {
  const cases = [
    [{ BOT_DOMAIN: DOMAIN }, /BOT_APP_ID is not set/],
    [{ BOT_APP_ID: 'not-a-guid', BOT_DOMAIN: DOMAIN }, /BOT_APP_ID 'not-a-guid' is not a GUID/],
    [{ BOT_APP_ID: '00000000-0000-0000-0000-000000000000', BOT_DOMAIN: DOMAIN }, /all-zero GUID/],
    [{ BOT_APP_ID: APP_ID }, /BOT_DOMAIN is not set/],
    [{ BOT_APP_ID: APP_ID, BOT_DOMAIN: `https://${DOMAIN}/api/messages` }, /is not a host name/],
    [{ BOT_APP_ID: APP_ID, BOT_DOMAIN: DOMAIN, APP_VERSION: 'v1' }, /APP_VERSION/],
  ];
  for (const [env, message] of cases) {
    const r = runBuild(env, ['--out', path.join(work, 'build-fail')]);
    assert.notEqual(r.status, 0, `expected failure for ${JSON.stringify(env)}`);
    assert.match(r.stderr, message);
  }
});
