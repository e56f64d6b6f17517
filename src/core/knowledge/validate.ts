import type { KnowledgeBase } from './knowledgeBase';
import { modelNumberFacts, type Bilingual, type ContextualSpelling, type Entry, type EntryKind, type ModelFacts, type NumberFact, type Source } from './schema';

/**
 * Checks the whole knowledge base and returns every problem as a readable sentence (empty = valid).
 * Several helpers write the entries in parallel, so the rules that span files (unique ids, aliases and
 * code spellings, resolvable links and sources) can only be enforced here, over the merged base.
 */
export function validateKnowledgeBase(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  checkEntryIds(kb, problems);
  for (const entry of kb.entries) checkEntry(entry, kb, problems);
  checkSharedSpellings(kb, problems);
  checkSharedPlaces(kb, problems);
  checkVariants(kb, problems);
  for (const [key, source] of Object.entries(kb.sources)) checkSource(key, source, problems);
  return problems;
}

/**
 * Everyday words that must never be an alias on their own: a hover on every `model` or `loss` in a
 * file would bury the useful ones (the brief's precision requirement).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'attention', 'batch', 'cache', 'class', 'config', 'configuration', 'context', 'cost', 'data', 'dataset',
  'decoder', 'dimension', 'embedding', 'embeddings', 'encoder', 'epoch', 'error', 'eval', 'evaluation',
  'expert', 'experts', 'feature', 'features', 'file', 'function', 'gate', 'gating', 'head', 'heads',
  'hidden', 'id', 'index', 'input', 'inputs', 'key', 'keys', 'label', 'labels', 'layer', 'layers',
  'learning', 'list', 'logits', 'loss', 'map', 'mask', 'masking', 'matrix', 'model', 'models', 'module',
  'name', 'network', 'norm', 'normalization', 'object', 'output', 'outputs', 'parameter', 'parameters',
  'prompt', 'query', 'result', 'router', 'run', 'sample', 'score', 'sequence', 'size', 'state', 'step',
  'string', 'tensor', 'test', 'text', 'time', 'token', 'tokens', 'train', 'training', 'type', 'user',
  'value', 'values', 'vector', 'vocab', 'vocabulary', 'weight', 'weights', 'window', 'word', 'words',
  // Korean
  '모델', '레이어', '층', '입력', '출력', '설정', '학습', '훈련', '데이터', '손실', '어텐션', '토큰',
  '임베딩', '가중치', '파라미터', '매개변수', '헤드', '마스크', '캐시', '문맥', '어휘', '전문가', '라우터',
  '게이트', '배치', '텍스트', '단어', '문장', '값', '키', '쿼리', '시퀀스', '언어', '비용',
]);

const KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>([
  'model',
  'architecture',
  'tokenization',
  'objective',
  'scale-down',
  'scale-up',
  'training',
  'inference',
]);
const SOURCE_KINDS: ReadonlySet<Source['kind']> = new Set<Source['kind']>(['paper', 'official', 'model-card', 'blog', 'news']);

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Variant ids are kebab-case too, but may carry a decimal size (`ctrl-1.63b`). */
const VARIANT_ID = /^[a-z0-9]+(?:(?:-|(?<=\d)\.(?=\d))[a-z0-9]+)*$/;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
/** English function words: a Korean field that uses them is an untranslated English sentence. */
const ENGLISH_PROSE = /\b(?:a|an|and|are|as|at|be|but|by|for|from|in|is|it|its|never|no|not|of|on|only|or|than|that|the|this|to|was|were|with)\b/i;
/** An identifier, optionally dotted (`nn.MultiheadAttention`): what a code spelling may look like. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** A Hugging Face Hub id, with or without its organisation. */
const HUB_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9._-]+)?$/;
/** Surname (or organisation) + four-digit year + optional suffix: `devlin2019`, `touvron2023a`, `meta2024llama3`. */
const SOURCE_KEY = /^[a-z]+\d{4}[a-z0-9]*$/;
const FIRST_PLAUSIBLE_YEAR = 1950;

/** Aliases are matched case-insensitively with runs of whitespace treated as one space. */
export function normaliseAlias(alias: string): string {
  return alias.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function checkEntryIds(kb: KnowledgeBase, problems: string[]): void {
  const seen = new Set<string>();
  for (const { id } of kb.entries) {
    if (!KEBAB_CASE.test(id)) problems.push(`Entry id "${id}" is not kebab-case.`);
    if (seen.has(id)) problems.push(`Entry id "${id}" is used more than once.`);
    seen.add(id);
  }
}

function checkEntry(entry: Entry, kb: KnowledgeBase, problems: string[]): void {
  const at = `${entry.id}:`;
  if (!KINDS.has(entry.kind)) problems.push(`${at} kind "${String(entry.kind)}" is not a known kind.`);
  if (!entry.name.trim()) problems.push(`${at} name is empty.`);
  if (!entry.nameKo.trim()) problems.push(`${at} nameKo is empty.`);
  checkBilingual(`${at} summary`, entry.summary, problems, 'prose');
  if (/[\r\n]/.test(entry.summary.en) || /[\r\n]/.test(entry.summary.ko)) {
    problems.push(`${at} summary must be a single line.`);
  }
  checkBilingual(`${at} explanation`, entry.explanation, problems, 'prose');

  if (entry.aliases.length === 0 && entry.code.length === 0 && !entry.contextual?.length) problems.push(`${at} has neither aliases nor code spellings.`);
  for (const alias of entry.aliases) {
    const normalised = normaliseAlias(alias);
    if (!normalised) problems.push(`${at} has an empty alias.`);
    else if (STOP_WORDS.has(normalised)) problems.push(`${at} alias "${alias}" is an everyday word.`);
  }
  for (const spelling of entry.code) {
    if (!IDENTIFIER.test(spelling)) problems.push(`${at} code spelling "${spelling}" is not an identifier.`);
  }
  for (const spelling of entry.contextual ?? []) checkContextual(at, spelling, problems);

  if (entry.sources.length === 0) problems.push(`${at} cites no source.`);
  for (const key of entry.sources) checkSourceKey(`${at} sources`, key, kb, problems);
  for (const fact of entry.keyNumbers) {
    checkBilingual(`${at} key number label`, fact.label, problems, 'label');
    checkNumberFact(`${at} key number "${fact.label.en}"`, fact, kb, problems);
  }
  checkLinks(entry, 'related', entry.related, kb, problems);

  if (entry.kind === 'model' && !entry.model) problems.push(`${at} is a model but has no model facts.`);
  if (entry.kind !== 'model' && entry.model) problems.push(`${at} has model facts but its kind is "${entry.kind}".`);
  if (entry.model) checkModelFacts(entry, entry.model, kb, problems);
}

function checkModelFacts(entry: Entry, model: ModelFacts, kb: KnowledgeBase, problems: string[]): void {
  const at = `${entry.id}:`;
  if (!Number.isInteger(model.year) || !isPlausibleYear(model.year)) problems.push(`${at} model year ${model.year} is implausible.`);
  if (model.month !== undefined && !(Number.isInteger(model.month) && model.month >= 1 && model.month <= 12)) {
    problems.push(`${at} model month ${model.month} is not 1–12.`);
  }
  if (!model.organisation.trim()) problems.push(`${at} model organisation is empty.`);

  for (const [field, fact] of modelNumberFacts(model)) checkNumberFact(`${at} model.${field}`, fact, kb, problems);
  if (model.trainingData) checkBilingual(`${at} model.trainingData`, model.trainingData, problems, 'names');
  model.keyIdeas.forEach((idea, i) => checkBilingual(`${at} model.keyIdeas[${i}]`, idea, problems, 'prose'));
  checkLinks(entry, 'objectives', model.objectives, kb, problems);
  checkLinks(entry, 'improvesOn', model.improvesOn ?? [], kb, problems);
  for (const id of model.improvesOn ?? []) {
    const target = kb.get(id);
    if (target && target.kind !== 'model') problems.push(`${at} improvesOn "${id}" is not a model.`);
  }
  for (const variant of model.variants ?? []) {
    const where = `${at} variant "${variant.id}"`;
    if (!VARIANT_ID.test(variant.id)) problems.push(`${where} id is not kebab-case.`);
    if (!variant.name.trim()) problems.push(`${where} name is empty.`);
    for (const hubId of variant.hfIds) {
      if (!HUB_ID.test(hubId)) problems.push(`${where} Hugging Face id "${hubId}" is malformed.`);
    }
    checkNumberFact(`${where} parameters`, variant.parameters, kb, problems);
    for (const [field, value] of [['layers', variant.layers], ['hidden', variant.hidden], ['heads', variant.heads]] as const) {
      if (value !== undefined && !(Number.isInteger(value) && value > 0)) problems.push(`${where} ${field} ${value} is not a positive integer.`);
    }
  }
}

function checkLinks(entry: Entry, field: string, ids: readonly string[], kb: KnowledgeBase, problems: string[]): void {
  for (const id of ids) {
    if (id === entry.id) problems.push(`${entry.id}: ${field} links to itself.`);
    else if (!kb.get(id)) problems.push(`${entry.id}: ${field} id "${id}" does not exist.`);
  }
}

function checkNumberFact(where: string, fact: NumberFact, kb: KnowledgeBase, problems: string[]): void {
  if (!Number.isFinite(fact.value) || fact.value <= 0) problems.push(`${where} value ${fact.value} is not a finite positive number.`);
  checkSourceKey(where, fact.source, kb, problems);
  if (fact.unconfirmed && !fact.note) problems.push(`${where} is unconfirmed but carries no note saying why.`);
  if (fact.note) checkBilingual(`${where} note`, fact.note, problems, 'names');
}

function checkSourceKey(where: string, key: string, kb: KnowledgeBase, problems: string[]): void {
  if (!kb.source(key)) problems.push(`${where} cites source "${key}", which is not registered.`);
}

/**
 * How much Korean script a field needs: `prose` (summaries, explanations, key ideas) must be written in
 * Hangul; `names` (notes, training data) may be just names such as "C4" or "SentencePiece" but not an
 * English sentence; `label` only needs both languages present.
 */
type KoreanRule = 'prose' | 'names' | 'label';

function checkBilingual(where: string, text: Bilingual, problems: string[], rule: KoreanRule): void {
  if (!text.en.trim()) problems.push(`${where} has no English text.`);
  if (!text.ko.trim()) problems.push(`${where} has no Korean text.`);
  // A Korean field without Hangul is almost always a copy of the English one.
  else if (rule === 'prose' && !HANGUL.test(text.ko)) problems.push(`${where} Korean text contains no Hangul.`);
  else if (rule === 'names' && !HANGUL.test(text.ko) && ENGLISH_PROSE.test(text.ko)) {
    problems.push(`${where} Korean text is an English sentence.`);
  }
  if (rule !== 'label' && HANGUL.test(text.en)) problems.push(`${where} English text contains Hangul.`);
}

/**
 * No alias (normalised) and no code spelling may name two different entries, and no alias may equal
 * another entry's code spelling: prose matching is case-insensitive, so the two would collide in comments.
 */
function checkSharedSpellings(kb: KnowledgeBase, problems: string[]): void {
  const aliasOwner = new Map<string, string>();
  const codeOwner = new Map<string, string>();
  const lowerCodeOwners = new Map<string, Set<string>>();
  for (const entry of kb.entries) {
    for (const spelling of entry.code) {
      const owners = lowerCodeOwners.get(spelling.toLowerCase()) ?? new Set<string>();
      lowerCodeOwners.set(spelling.toLowerCase(), owners.add(entry.id));
    }
  }
  for (const entry of kb.entries) {
    for (const alias of new Set(entry.aliases.map(normaliseAlias))) {
      const owner = aliasOwner.get(alias);
      if (owner !== undefined && owner !== entry.id) problems.push(`Alias "${alias}" is shared by ${owner} and ${entry.id}.`);
      else aliasOwner.set(alias, entry.id);
      for (const codeOwnerId of lowerCodeOwners.get(alias) ?? []) {
        if (codeOwnerId !== entry.id) problems.push(`Alias "${alias}" of ${entry.id} is a code spelling of ${codeOwnerId}.`);
      }
    }
    for (const spelling of new Set(entry.code)) {
      const owner = codeOwner.get(spelling);
      if (owner !== undefined && owner !== entry.id) problems.push(`Code spelling "${spelling}" is shared by ${owner} and ${entry.id}.`);
      else codeOwner.set(spelling, entry.id);
    }
  }
}

const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** What the matcher reads as a value: a short name, possibly with `-`, `.` or `+` (`gelu_pytorch_tanh`, `gpt-4o`). */
const VALUE_SPELLING = /^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,63}$/;

/** A contextual spelling must be one the matcher can find, in a place it can tell (schema.ts, `ContextualSpelling`). */
function checkContextual(at: string, { spelling, as, within, of }: ContextualSpelling, problems: string[]): void {
  const where = `${at} contextual ${as} "${spelling}"`;
  if (as !== 'argument' && as !== 'key' && as !== 'value') {
    problems.push(`${where}: "${String(as)}" is not argument, key or value.`);
    return;
  }
  if (as === 'value') {
    if (!VALUE_SPELLING.test(spelling)) problems.push(`${where} is not a short value name.`);
    if (!of) problems.push(`${where} needs \`of\`, the argument or key it is assigned to.`);
    else if (!PLAIN_IDENTIFIER.test(of)) problems.push(`${where}: of "${of}" is not an identifier.`);
  } else {
    if (!PLAIN_IDENTIFIER.test(spelling)) problems.push(`${where} is not an identifier.`);
    if (of !== undefined) problems.push(`${where}: \`of\` is only for values.`);
    // `r=` anywhere would be every `r=`: a one- or two-letter name needs the call or object it belongs to.
    if (spelling.length <= 2 && !within?.length) problems.push(`${where} is too short to stand without \`within\`.`);
  }
  if (within !== undefined && within.length === 0) problems.push(`${where}: within is empty (leave it out for anywhere).`);
  for (const name of within ?? []) {
    if (!PLAIN_IDENTIFIER.test(name)) problems.push(`${where}: within "${name}" is not an identifier (a callee's last dotted part or a key).`);
  }
}

/**
 * The same spelling in the same place may not name two entries: same form, same `of`, and `within`
 * lists that overlap (no `within` overlaps everything). The matcher would stay silent there.
 */
function checkSharedPlaces(kb: KnowledgeBase, problems: string[]): void {
  const seen = new Map<string, { entryId: string; within?: string[] }[]>();
  for (const entry of kb.entries) {
    for (const { spelling, as, within, of } of entry.contextual ?? []) {
      const key = `${as}\u0000${spelling}\u0000${of ?? ''}`;
      const others = seen.get(key) ?? [];
      for (const other of others) {
        if (other.entryId === entry.id) continue;
        const overlap = !other.within?.length || !within?.length || other.within.some((name) => within.includes(name));
        if (overlap) {
          const place = `${as} "${spelling}"${of ? ` of "${of}"` : ''}${within?.length ? ` within ${within.join(', ')}` : ''}`;
          problems.push(`Contextual ${place} is claimed by both ${other.entryId} and ${entry.id} in the same place.`);
        }
      }
      others.push({ entryId: entry.id, within });
      seen.set(key, others);
    }
  }
}

/** Variant ids and Hub ids must each resolve to one variant, or `atlas.variant()` and the matcher guess. */
function checkVariants(kb: KnowledgeBase, problems: string[]): void {
  const variantOwner = new Map<string, string>();
  const hubOwner = new Map<string, string>();
  for (const entry of kb.entries) {
    for (const variant of entry.model?.variants ?? []) {
      const owner = variantOwner.get(variant.id);
      if (owner !== undefined) problems.push(`Variant id "${variant.id}" is defined by both ${owner} and ${entry.id}.`);
      else variantOwner.set(variant.id, entry.id);
      for (const hubId of variant.hfIds) {
        const hubOwnerId = hubOwner.get(hubId.toLowerCase());
        if (hubOwnerId !== undefined) problems.push(`Hugging Face id "${hubId}" is listed by both ${hubOwnerId} and ${variant.id}.`);
        else hubOwner.set(hubId.toLowerCase(), variant.id);
      }
    }
  }
}

function checkSource(key: string, source: Source, problems: string[]): void {
  const at = `Source "${key}":`;
  if (!SOURCE_KEY.test(key)) problems.push(`${at} key does not follow the surname + year convention.`);
  if (!source.title.trim()) problems.push(`${at} title is empty.`);
  if (!source.authors.trim()) problems.push(`${at} authors are empty.`);
  if (!Number.isInteger(source.year) || !isPlausibleYear(source.year)) problems.push(`${at} year ${source.year} is implausible.`);
  if (!SOURCE_KINDS.has(source.kind)) problems.push(`${at} kind "${String(source.kind)}" is not a known kind.`);
  if (!isHttpsUrl(source.url)) problems.push(`${at} URL "${source.url}" is not an https link.`);
}

function isPlausibleYear(year: number): boolean {
  return year >= FIRST_PLAUSIBLE_YEAR && year <= new Date().getFullYear() + 1;
}

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(text);
  } catch {
    return false;
  }
}
