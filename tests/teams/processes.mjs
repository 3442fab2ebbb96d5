// Starting and stopping the RecoveryBot host and the Agents Playground for a test, on free loopback ports.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
  });
}

export async function waitFor(check, { timeoutMs = 30000, intervalMs = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try { const value = await check(); if (value) return value; } catch { /* not ready yet */ }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, intervalMs));
  }
}

/** Starts the built host DLL with an empty SQLite database; resolves when /healthz answers. */
export async function startHost(extraEnv = {}) {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'rb-host-'));
  const dll = process.env.RB_HOST_DLL ?? join(repoRoot, 'src/RecoveryBot.Host/bin/Release/net10.0/RecoveryBot.Host.dll');
  const child = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`], {
    env: {
      ...process.env,
      Storage__ConnectionString: `Data Source=${join(data, 'rb.db')}`,
      Logging__LogLevel__Default: 'Warning',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', d => { output += d; });
  child.stderr.on('data', d => { output += d; });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}/healthz`)).ok, { what: `host on ${url}`, timeoutMs: 60000 });
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${e.message}\n${output}`);
  }
  return {
    url, port, child, output: () => output,
    async stop() { child.kill('SIGTERM'); await new Promise(r => child.once('exit', r)); rmSync(data, { recursive: true, force: true }); },
  };
}

/** Starts the Agents Playground (Teams emulator) pointed at the host, with telemetry and browser off. */
export async function startPlayground(botUrl) {
  const port = await freePort();
  const bin = join(repoRoot, 'tests/teams/node_modules/.bin/agentsplayground');
  const child = spawn(bin, ['-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
    cwd: mkdtempSync(join(tmpdir(), 'rb-playground-')),
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', d => { output += d; });
  child.stderr.on('data', d => { output += d; });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/_debug/ping`)).ok, { what: 'playground', timeoutMs: 30000 });
  return {
    url, port, output: () => output,
    async stop() { child.kill('SIGTERM'); await new Promise(r => child.once('exit', r)); },
  };
}
