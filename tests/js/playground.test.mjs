// End-to-end through Microsoft's local Teams emulator (Microsoft 365 Agents Playground): the real bot process,
// the real emulator acting as Teams client and Bot Connector, a conversation driven over the emulator's test API.
// Needs a Release build of the host (test.sh runs `dotnet build -c Release` first; this file builds it if missing).
// Skips (exit 0, "skipped" line) only when dotnet or the playground binary is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const hostProject = join(repo, 'bot', 'ChatBot.Host');
const hostDll = join(hostProject, 'bin', 'Release', 'net10.0', 'ChatBot.Host.dll');
const playgroundBin = join(here, 'node_modules', '.bin', process.platform === 'win32' ? 'agentsplayground.cmd' : 'agentsplayground');

// A valid My Number (check digit 8) in the forms people type; none may ever come back from the bot.
const MY_NUMBER_FORMS = ['123456789018', '1234 5678 9018', '1234-5678-9018', '１２３４５６７８９０１８', '56789018'];
const WELCOME_TITLES = ['マイナンバー取扱いアシスタントへようこそ', 'Welcome to the My Number handling assistant'];
const HELP_TITLES = ['できること', 'What I can do'];
const MASKED_WARNINGS = ['マイナンバー（個人番号）と思われる番号', 'looks like a My Number'];

const skipReason = (() => {
  if (spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).status !== 0) return 'dotnet is not installed';
  if (!existsSync(playgroundBin)) return `the playground binary is missing (${playgroundBin}); run npm ci`;
  return null;
})();

const state = { processes: [], output: { bot: '', playground: '' }, messages: [], socket: null, dir: null };

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

function start(name, command, args, env, cwd = repo) {
  // detached: its own process group, so the stop reaches `dotnet run`'s child (the bot) too.
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => { state.output[name] += d; });
  child.stderr.on('data', (d) => { state.output[name] += d; });
  state.processes.push(child);
  return child;
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(() => { kill(child, 'SIGKILL'); ok(); }, 5000);
    child.once('exit', () => { clearTimeout(timer); ok(); });
    kill(child, 'SIGTERM');
  });
}

function kill(child, signal) {
  try {
    if (process.platform !== 'win32') process.kill(-child.pid, signal); else child.kill(signal);
  } catch { /* already gone */ }
}

async function waitUntil(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const result = await check();
      if (result) return result;
    } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}\n--- bot ---\n${state.output.bot.slice(-3000)}\n--- playground ---\n${state.output.playground.slice(-2000)}`);
}

async function ok(url, init) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  return response.ok ? response : null;
}

const text = (m) => JSON.stringify(m.message ?? m);
const botMessages = () => state.messages.filter((m) => m.action === 'createMessage' || m.action === 'updateMessage');
const cards = (m) => (m.message?.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content);

let playground;
let conversationId;
let userId;

before(async () => {
  if (skipReason) return;
  assert.ok(typeof globalThis.WebSocket === 'function', 'Node needs a global WebSocket: Node 22+, or Node 20 with --experimental-websocket (npm test passes it)');
  if (!existsSync(hostDll)) {
    const build = spawnSync('dotnet', ['build', '-c', 'Release', hostProject], { cwd: repo, stdio: 'inherit', timeout: 300_000 });
    assert.equal(build.status, 0, 'dotnet build -c Release of the host failed');
  }

  state.dir = mkdtempSync(join(tmpdir(), 'chatbot-playground-'));
  const botPort = await freePort();
  const playgroundPort = await freePort();
  const bot = `http://127.0.0.1:${botPort}`;
  playground = `http://127.0.0.1:${playgroundPort}`;

  start('bot', 'dotnet', ['run', '--no-build', '-c', 'Release', '--project', hostProject, '--urls', bot], {
    Storage__ConnectionString: `Data Source=${join(state.dir, 'bot.db')}`,
    Bot__AppId: '',
    DOTNET_NOLOGO: '1',
  });
  start('playground', playgroundBin, ['--app-endpoint', `${bot}/api/messages`, '--port', String(playgroundPort), '--disable-telemetry'], {
    TEAMSAPPTESTER_BROWSER: 'none',
    TEAMSAPPTESTER_PORT: String(playgroundPort),
  }, state.dir); // it writes devTools/m365agentsplayground.log into its working directory

  await waitUntil('the bot to be ready', () => ok(`${bot}/health/ready`), 90_000);
  await waitUntil('the playground to answer', () => ok(`${playground}/_debug/ping`), 60_000);

  const { config } = await (await ok(`${playground}/_internal/v1/config`)).json();
  conversationId = config.personalChat.id;
  userId = config.currentUser.id;

  state.socket = new WebSocket(`${playground.replace('http', 'ws')}/_ws_conversation/v1/conversations/stream`);
  state.socket.addEventListener('message', (e) => {
    try { state.messages.push(JSON.parse(String(e.data))); } catch { /* not a conversation event */ }
  });
  await new Promise((resolveOpen, reject) => {
    state.socket.addEventListener('open', resolveOpen, { once: true });
    state.socket.addEventListener('error', () => reject(new Error('the playground WebSocket failed')), { once: true });
    setTimeout(() => reject(new Error('the playground WebSocket did not open')), 10_000);
  });
});

after(async () => {
  try { state.socket?.close(); } catch { /* closed */ }
  await Promise.all(state.processes.map(stop));
  if (state.dir) rmSync(state.dir, { recursive: true, force: true });
});

async function say(message) {
  const response = await fetch(`${playground}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: { id: userId }, text: message, textFormat: 'plain' }),
    signal: AbortSignal.timeout(15_000),
  });
  assert.equal(response.status, 200, `the playground refused the message: ${await response.text()}`);
}

async function nextBotMessage(what, predicate, since) {
  return waitUntil(what, () => botMessages().slice(since).find(predicate), 20_000);
}

test('Playground conversation: install → welcome card, help → help card, My Number → warning and never echoed', { timeout: 240_000, skip: skipReason ? `skipped: ${skipReason}` : false }, async (t) => {
  await t.test('install sends the welcome card', async () => {
    const since = botMessages().length;
    const response = await fetch(`${playground}/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, { method: 'POST', signal: AbortSignal.timeout(15_000) });
    assert.equal(response.status, 200);
    const welcome = await nextBotMessage('the welcome card', (m) => cards(m).some((c) => WELCOME_TITLES.some((w) => JSON.stringify(c).includes(w))), since);
    assert.equal(cards(welcome)[0].version, '1.5');
  });

  await t.test('help sends the help card', async () => {
    const since = botMessages().length;
    await say('help');
    const help = await nextBotMessage('the help card', (m) => cards(m).some((c) => HELP_TITLES.some((h) => JSON.stringify(c).includes(h))), since);
    assert.equal(cards(help)[0].version, '1.5');
  });

  await t.test('a My Number is masked: the user is warned and the digits never come back', async () => {
    const since = botMessages().length;
    await say('私の番号は 1234 5678 9018 です');
    await nextBotMessage('the masked-number warning', (m) => MASKED_WARNINGS.some((w) => (m.message?.text ?? '').includes(w)), since);
    await say('full width: １２３４５６７８９０１８');
    await nextBotMessage('the second warning', (m) => MASKED_WARNINGS.some((w) => (m.message?.text ?? '').includes(w)), since + 1);
    await new Promise((r) => setTimeout(r, 500)); // anything else the bot might still send
    for (const message of botMessages()) {
      for (const form of MY_NUMBER_FORMS) assert.ok(!text(message).includes(form), `a bot message contains ${form}: ${text(message)}`);
    }
    for (const form of MY_NUMBER_FORMS) assert.ok(!state.output.bot.includes(form), `the bot's log contains ${form}`);
  });
});

if (skipReason) console.log(`# skipped: ${skipReason}`);
