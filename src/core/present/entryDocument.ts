import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Bilingual, Entry, Lang, NumberFact } from '../knowledge/schema';
import { citation, familyName, formatFact, kindName, pick } from './format';

const L = {
  facts: { en: 'Facts', ko: '주요 사실' },
  keyNumbers: { en: 'Key numbers', ko: '핵심 수치' },
  keyIdeas: { en: 'Key ideas', ko: '핵심 아이디어' },
  variants: { en: 'Sizes', ko: '크기별 모델' },
  objectives: { en: 'Pre-training objectives', ko: '사전학습 목표' },
  improvesOn: { en: 'Builds on', ko: '기반 모델' },
  related: { en: 'Related', ko: '관련 항목' },
  sources: { en: 'Sources', ko: '출처' },
  family: { en: 'Family', ko: '계열' },
  year: { en: 'Year', ko: '연도' },
  organisation: { en: 'Organisation', ko: '기관' },
  parameters: { en: 'Parameters', ko: '파라미터' },
  activeParameters: { en: 'Active parameters per token', ko: '토큰당 활성 파라미터' },
  layers: { en: 'Layers', ko: '층 수' },
  hidden: { en: 'Hidden size', ko: '은닉 차원' },
  heads: { en: 'Attention heads', ko: '어텐션 헤드' },
  vocabulary: { en: 'Vocabulary', ko: '어휘 크기' },
  context: { en: 'Context length', ko: '컨텍스트 길이' },
  trainingTokens: { en: 'Training tokens', ko: '학습 토큰' },
  trainingData: { en: 'Training data', ko: '학습 데이터' },
  name: { en: 'Name', ko: '이름' },
  hfIds: { en: 'Hugging Face ids', ko: 'Hugging Face ID' },
} satisfies Record<string, Bilingual>;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function factCell(kb: KnowledgeBase, fact: NumberFact, lang: Lang): string {
  const source = kb.source(fact.source);
  const note = fact.note ? ` — ${pick(fact.note, lang)}` : '';
  return cell(`${formatFact(fact, lang)}${source ? ` ([${citation(source)}](${source.url}))` : ''}${note}`);
}

function modelSection(kb: KnowledgeBase, entry: Entry, lang: Lang): string[] {
  const model = entry.model;
  if (!model) return [];
  const rows: Array<[string, string]> = [
    [pick(L.family, lang), familyName(model.family, lang) + (model.moe ? ' + Mixture of Experts' : '')],
    [pick(L.year, lang), String(model.year)],
    [pick(L.organisation, lang), model.organisation],
  ];
  const facts: Array<[keyof typeof L, NumberFact | undefined]> = [
    ['parameters', model.parameters],
    ['activeParameters', model.activeParameters],
    ['layers', model.layers],
    ['hidden', model.hidden],
    ['heads', model.heads],
    ['vocabulary', model.vocabulary],
    ['context', model.context],
    ['trainingTokens', model.trainingTokens],
  ];
  for (const [label, fact] of facts) if (fact) rows.push([pick(L[label], lang), factCell(kb, fact, lang)]);
  if (model.trainingData) rows.push([pick(L.trainingData, lang), cell(pick(model.trainingData, lang))]);
  const out = [`## ${pick(L.facts, lang)}`, '| | |\n|---|---|\n' + rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')];
  if (model.keyIdeas.length > 0) out.push(`## ${pick(L.keyIdeas, lang)}`, model.keyIdeas.map((idea) => `- ${pick(idea, lang)}`).join('\n'));
  if (model.variants?.length) {
    out.push(
      `## ${pick(L.variants, lang)}`,
      `| ${pick(L.name, lang)} | ${pick(L.parameters, lang)} | ${pick(L.layers, lang)} | ${pick(L.hidden, lang)} | ${pick(L.heads, lang)} | ${pick(L.hfIds, lang)} |\n|---|---|---|---|---|---|\n` +
        model.variants
          .map((v) => `| ${cell(v.name)} | ${factCell(kb, v.parameters, lang)} | ${v.layers ?? ''} | ${v.hidden ?? ''} | ${v.heads ?? ''} | ${v.hfIds.map((id) => `\`${id}\``).join(', ')} |`)
          .join('\n'),
    );
  }
  const named = (ids: string[]) => ids.map((id) => kb.get(id)?.name ?? id).join(', ');
  if (model.objectives.length > 0) out.push(`**${pick(L.objectives, lang)}:** ${named(model.objectives)}`);
  if (model.improvesOn?.length) out.push(`**${pick(L.improvesOn, lang)}:** ${named(model.improvesOn)}`);
  return out;
}

/** The whole entry as a Markdown document: what "Explain" opens. */
export function entryDocument(kb: KnowledgeBase, entryId: string, lang: Lang): string | undefined {
  const entry = kb.get(entryId);
  if (!entry) return undefined;
  const title = lang === 'ko' && entry.nameKo !== entry.name ? `${entry.name} (${entry.nameKo})` : entry.name;
  const blocks = [`# ${title}`, `*${kindName(entry.kind, lang)}* — ${pick(entry.summary, lang)}`, pick(entry.explanation, lang)];
  blocks.push(...modelSection(kb, entry, lang));
  if (entry.keyNumbers.length > 0) {
    blocks.push(`## ${pick(L.keyNumbers, lang)}`, entry.keyNumbers.map((f) => `- ${pick(f.label, lang)}: ${factCell(kb, f, lang)}`).join('\n'));
  }
  if (entry.related.length > 0) blocks.push(`## ${pick(L.related, lang)}`, entry.related.map((id) => kb.get(id)?.name ?? id).join(' · '));
  const sources = entry.sources.map((key) => kb.source(key)).filter((s) => s !== undefined);
  blocks.push(`## ${pick(L.sources, lang)}`, sources.map((s) => `- ${s.authors} (${s.year}). *${s.title}*. <${s.url}>`).join('\n'));
  return blocks.join('\n\n') + '\n';
}
