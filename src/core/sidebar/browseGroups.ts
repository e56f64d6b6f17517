import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Bilingual, Entry, EntryKind, Family, Lang } from '../knowledge/schema';
import { familyName, pick } from '../present/format';

/** One section of the sidebar's browse tree. */
export interface BrowseGroup {
  id: string;
  title: string;
  entryIds: string[];
}

interface GroupSpec {
  id: string;
  title: Bilingual;
  includes(entry: Entry): boolean;
  /** Models read best in the order they appeared; concepts alphabetically. */
  chronological?: true;
}

const FAMILIES: Family[] = ['encoder-only', 'decoder-only', 'encoder-decoder', 'rnn'];

const modelsOf = (family: Family): GroupSpec => ({
  id: `models-${family}`,
  title: { en: `Models · ${familyName(family, 'en')}`, ko: `모델 · ${familyName(family, 'ko')}` },
  includes: (entry) => entry.kind === 'model' && entry.model?.family === family,
  chronological: true,
});

const ofKind = (kind: EntryKind, title: Bilingual): GroupSpec => ({ id: kind, title, includes: (entry) => entry.kind === kind });

/**
 * The browse order the sidebar shows: architectures, models by family, objectives, training and
 * fine-tuning, inference, scale-down, scale-up, tokenization.
 */
const GROUPS: GroupSpec[] = [
  ofKind('architecture', { en: 'Architectures', ko: '아키텍처' }),
  ...FAMILIES.map(modelsOf),
  // A model without facts (never expected, but the schema allows it) must still be findable.
  { id: 'models-other', title: { en: 'Models · other', ko: '모델 · 기타' }, includes: (e) => e.kind === 'model' && !e.model, chronological: true },
  ofKind('objective', { en: 'Pre-training objectives', ko: '사전 학습 목표' }),
  ofKind('training', { en: 'Training & fine-tuning', ko: '학습과 미세 조정' }),
  ofKind('inference', { en: 'Inference & generation', ko: '추론과 생성' }),
  ofKind('scale-down', { en: 'Scale-down techniques', ko: '경량화 기법' }),
  ofKind('scale-up', { en: 'Scaling laws & scale-up', ko: '스케일링 법칙과 스케일 업' }),
  ofKind('tokenization', { en: 'Tokenization', ko: '토큰화' }),
];

/** The name an entry is listed under in `lang`. */
export function displayName(entry: Entry, lang: Lang): string {
  return lang === 'ko' && entry.nameKo ? entry.nameKo : entry.name;
}

function byDisplayName(lang: Lang): (a: Entry, b: Entry) => number {
  return (a, b) => displayName(a, lang).localeCompare(displayName(b, lang), lang);
}

function byDate(a: Entry, b: Entry): number {
  const key = (e: Entry) => (e.model?.year ?? 9999) * 12 + (e.model?.month ?? 12);
  return key(a) - key(b) || a.name.localeCompare(b.name, 'en');
}

/** Every entry in exactly one group; empty groups are left out. */
export function browseGroups(kb: KnowledgeBase, lang: Lang): BrowseGroup[] {
  return GROUPS.map((spec) => {
    const entries = kb.entries.filter(spec.includes).sort(spec.chronological ? byDate : byDisplayName(lang));
    return { id: spec.id, title: pick(spec.title, lang), entryIds: entries.map((e) => e.id) };
  }).filter((group) => group.entryIds.length > 0);
}
