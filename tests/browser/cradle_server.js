// Starts a real `cradle serve` on a free loopback port with a fresh data dir
// (the bundled packs are installed on first start) and stops it afterwards.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

async function startCradle() {
  const bin = process.env.CRADLE_BIN;
  if (!bin) throw new Error('CRADLE_BIN is not set: run through ctest');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cradle-browser-'));
  const child = spawn(bin, ['--data-dir', dataDir, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('cradle serve did not start: ' + out)), 30000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/Serving your library on (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`cradle serve exited with ${code}: ${out}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      const code = await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

// Debian's Chromium, with the flags this sandbox needs (no network beyond loopback).
function launchOptions() {
  return {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}

// Registers node:test hooks that start `cradle serve` and Chromium before a
// file's tests and stop both after them (cradle must exit 0 on SIGTERM).
// Returns { server, browser }, filled in once the hooks have run.
function cradleAndChromium() {
  const { before, after } = require('node:test');
  const assert = require('node:assert/strict');
  const { chromium } = require('playwright-core');
  const env = {};
  before(async () => {
    env.server = await startCradle();
    env.browser = await chromium.launch(launchOptions());
  });
  after(async () => {
    await env.browser?.close();
    assert.equal(await env.server?.stop(), 0, 'cradle serve exits 0 on SIGTERM');
  });
  return env;
}

module.exports = { startCradle, launchOptions, cradleAndChromium };
