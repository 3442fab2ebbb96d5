// Validates Teams app manifests offline against the JSON schema bundled in @microsoft/app-manifest@1.1.2.
// Usage: node validate-manifest.cjs manifest.json [...]   (exit 0 = all valid, 1 = invalid, 2 = usage/IO error)
// Why load the schema ourselves: AppManifestUtils.validateAgainstSchema(manifest) silently downloads any
// $schema it does not bundle (e.g. v1.18), and CI has no internet; passing the bundled schema keeps it offline
// (shared/protocol/TEAMS-TESTING.md section 2).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/;

function bundledSchema(schemaUrl) {
  const match = SCHEMA_URL.exec(schemaUrl ?? '');
  if (!match) return { error: `$schema "${schemaUrl}" is not a Teams manifest schema URL` };
  const pkgDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(pkgDir, 'build', 'json-schemas', 'teams', match[1], 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(file)) return { error: `schema ${match[1]} is not bundled in @microsoft/app-manifest` };
  const raw = fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return { schema: JSON.parse(raw) };
}

async function main(files) {
  if (files.length === 0) {
    console.error('usage: node validate-manifest.cjs manifest.json [...]');
    return 2;
  }
  let invalid = 0;
  for (const file of files) {
    let manifest;
    try {
      manifest = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      console.error(`${file}: cannot read JSON: ${e.message}`);
      return 2;
    }
    const { schema, error } = bundledSchema(manifest.$schema);
    const errors = error ? [error] : await AppManifestUtils.validateAgainstSchema(manifest, schema);
    if (errors.length === 0) {
      console.log(`${file}: VALID (manifestVersion ${manifest.manifestVersion})`);
    } else {
      invalid++;
      console.log(`${file}: INVALID`);
      for (const line of errors) console.log(`  ${line}`);
    }
  }
  return invalid === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => { console.error(e); process.exitCode = 2; });
