// Reads reviewed content from dialogs/ so Teams tests (where messages carry no content-id entity) can still
// assert *which* content arrived, not hard-coded words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './processes.mjs';

export function flow(flowId) {
  return parse(readFileSync(join(repoRoot, 'dialogs/flows', `${flowId}.yaml`), 'utf8'));
}

/** The English text of a step of a flow, whitespace-normalised, or of a shared message. */
export function englishText(flowId, stepId) {
  const doc = flow(flowId);
  const step = (doc.steps ?? []).find(s => s.id === stepId);
  if (!step) throw new Error(`no step ${flowId}/${stepId}`);
  const text = step.text?.en ?? step.prompt?.en ?? step.say?.en;
  if (!text) throw new Error(`no English text for ${flowId}/${stepId}`);
  return normalise(text);
}

/** The English text of a shared message in dialogs/messages.yaml. */
export function englishMessage(id) {
  const doc = parse(readFileSync(join(repoRoot, 'dialogs/messages.yaml'), 'utf8'));
  const text = doc.messages?.[id]?.text?.en;
  if (!text) throw new Error(`no English text for message ${id}`);
  return normalise(text);
}

export const normalise = s => String(s).replace(/\s+/g, ' ').trim();
