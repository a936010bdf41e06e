/**
 * The message catalogue: one template per error or note code, in zh and en with identical keys
 * (a test checks it). Templates fill `{name}` from the error's params. Lower-case fragments, no final period.
 */
import { coreMessages } from './catalogue/core.js';
import { methodMessages } from './catalogue/methods.js';
import { regionMessages } from './catalogue/regions.js';
import { diagnoseMessages } from './catalogue/diagnose.js';
import { diffMessages } from './catalogue/diff.js';
import { analysisMessages } from './catalogue/analyses.js';
import { uncertaintyMessages } from './catalogue/uncertainty.js';
import { weightingMessages } from './catalogue/weighting.js';
import { guidanceMessages } from './catalogue/guidance.js';
import { limitMessages } from './catalogue/limits.js';
import { printable } from './printable.js';

export type Lang = 'zh' | 'en';

export interface Message {
  zh: string;
  en: string;
}

/** Every area keeps its messages in its own file under catalogue/; this is their union. */
export const messages: Record<string, Message> = { ...coreMessages, ...methodMessages, ...regionMessages, ...diagnoseMessages, ...diffMessages, ...uncertaintyMessages, ...analysisMessages, ...weightingMessages, ...guidanceMessages, ...limitMessages };

/**
 * Fill a template. Unknown codes fall back to the code itself, so nothing is ever silently blank. Values
 * can be text from a data file: each is printed escaped and cut (printable.ts).
 */
export function formatMessage(code: string, params: Record<string, unknown>, lang: Lang): string {
  const template = messages[code]?.[lang] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const raw = params[key];
    // A param may itself be bilingual ({ zh, en }), e.g. a hint that names what to change.
    const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'en' in raw ? (raw as Record<Lang, unknown>)[lang] : raw;
    if (value === undefined) return `{${key}}`;
    return Array.isArray(value) ? value.map((v) => printable(String(v))).join(', ') : printable(String(value));
  });
}
