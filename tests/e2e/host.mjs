// Starts the RecoveryBot host on a free loopback port for a test file, and stops it (by its own pid).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
    server.on('error', fail);
  });
}

export async function startHost(env = {}) {
  const dll = process.env.RB_HOST_DLL || join(repo, 'src/RecoveryBot.Host/bin/Release/net10.0/RecoveryBot.Host.dll');
  const port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'rb-e2e-'));
  const child = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`, '--contentRoot', dirname(dll)], {
    cwd: work,
    env: { ...process.env, Storage__ConnectionString: `Data Source=${join(work, 'rb.db')}`, DirectLine__DataFolder: join(work, 'data'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', d => { output += d; });
  child.stderr.on('data', d => { output += d; });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (true) {
    if (child.exitCode !== null) throw new Error(`host exited (${child.exitCode}):\n${output}`);
    try { if ((await fetch(`${baseUrl}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (Date.now() > deadline) { child.kill(); throw new Error(`host did not start:\n${output}`); }
    await new Promise(r => setTimeout(r, 200));
  }
  return {
    baseUrl,
    domain: `${baseUrl}/v3/directline`,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise(r => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}

export async function widgetToken(host) {
  const r = await fetch(`${host.baseUrl}/api/webchat/token`, { method: 'POST' });
  if (!r.ok) throw new Error(`token ${r.status}`);
  return r.json();
}
