/**
 * What the tensors page shows, built from a checkpoint's report in one language: totals, storage
 * types with their bits per weight, GGUF metadata, notes, and the tensor rows.
 */
import type { Lang } from '../knowledge/schema';
import { bytes, groupedNumber, pick } from '../present/format';
import { MAX_TENSOR_ROWS, type LabelledValue, type TensorsStrings, type TensorsView } from '../protocol/tensors';
import type { WeightsComparison } from './compare';
import type { GgufModelInfo } from './ggufInfo';
import { bitsPerWeight, comparisonSummary, packingNote, schemesText, weightsHeadline } from './present';
import type { WeightsSummary } from './summary';
import type { Bilingual, WeightsFormat } from './types';

export interface WeightsReport {
  /** The file opened. */
  title: string;
  format: WeightsFormat;
  summary: WeightsSummary;
  gguf?: { version: number; info: GgufModelInfo };
  comparison?: WeightsComparison;
  /** Set when the file opened is one shard of a checkpoint summarised whole. */
  shardOf?: { index: string; shards: number };
  warnings: Bilingual[];
}

const STRINGS: { [K in keyof TensorsStrings]: Bilingual } = {
  loading: { en: 'Reading the header…', ko: '헤더를 읽는 중…' },
  search: { en: 'Search tensors', ko: '텐서 검색' },
  searchPlaceholder: { en: 'Name contains… (e.g. layers.17, attn_v, lm_head)', ko: '이름에 포함된 글자… (예: layers.17, attn_v, lm_head)' },
  totals: { en: 'Totals', ko: '합계' },
  dtypes: { en: 'Storage types', ko: '저장 형식' },
  metadata: { en: 'Metadata', ko: '메타데이터' },
  tensors: { en: 'Tensors', ko: '텐서' },
  notes: { en: 'Notes', ko: '참고' },
  name: { en: 'Name', ko: '이름' },
  shape: { en: 'Shape', ko: 'Shape' },
  dtype: { en: 'Type', ko: '형식' },
  parameters: { en: 'Parameters', ko: '파라미터' },
  bytes: { en: 'Bytes', ko: '바이트' },
  bitsPerWeight: { en: 'Bits/weight', ko: '가중치당 비트' },
  matches: { en: '{0} of {1} tensors match', ko: '텐서 {1}개 중 {0}개 일치' },
  noMatches: { en: 'No tensor name contains this text.', ko: '이 글자가 들어간 텐서 이름이 없습니다.' },
  tensorCount: { en: '{0} tensors', ko: '텐서 {0}개' },
  packed: { en: 'packed', ko: '패킹됨' },
  state: { en: 'quantization state', ko: '양자화 상태' },
  shard: { en: 'Shard', ko: '샤드' },
  truncated: { en: 'Showing the first {0} tensors; the totals cover all {1}.', ko: '처음 {0}개 텐서만 보여 줍니다. 합계는 {1}개 전체 기준입니다.' },
};

export function tensorsStrings(lang: Lang): TensorsStrings {
  return Object.fromEntries(Object.entries(STRINGS).map(([k, v]) => [k, pick(v, lang)])) as TensorsStrings;
}

const b = (lang: Lang, en: string, ko: string) => pick({ en, ko }, lang);

function totals(r: WeightsReport, lang: Lang): LabelledValue[] {
  const s = r.summary;
  const rows: LabelledValue[] = [
    { key: 'parameters', label: b(lang, 'Parameters', '파라미터'), value: groupedNumber(s.parameters) },
    { key: 'bytes', label: b(lang, 'On disk (tensors)', '디스크 (텐서)'), value: `${bytes(s.bytes)} (${groupedNumber(s.bytes)} B)` },
    { key: 'bitsPerWeight', label: b(lang, 'Bits per weight', '가중치당 비트'), value: bitsPerWeight(s.bitsPerWeight) },
    { key: 'tensors', label: b(lang, 'Tensors', '텐서'), value: groupedNumber(s.tensorCount) },
    { key: 'files', label: b(lang, 'Files', '파일'), value: String(s.files) },
  ];
  const scheme = schemesText(s);
  if (scheme) rows.push({ key: 'quantization', label: b(lang, 'Quantization', '양자화'), value: scheme });
  if (s.storedElements !== s.parameters) rows.push({ key: 'storedElements', label: b(lang, 'Elements stored', '저장된 원소'), value: groupedNumber(s.storedElements) });
  const main = s.layers[0];
  if (main) rows.push({ key: 'layers', label: b(lang, 'Blocks', '블록'), value: `${main.blocks} × ${main.container}` });
  if (r.comparison) rows.push({ key: 'config', label: b(lang, 'config.json', 'config.json'), value: comparisonSummary(r.comparison, lang) });
  return rows;
}

function ggufMetadata(info: GgufModelInfo, version: number, lang: Lang): LabelledValue[] {
  const none = b(lang, 'not stated', '없음');
  const rows: Array<[string, string, string, string | number | undefined]> = [
    ['architecture', 'Architecture', '아키텍처', info.architecture],
    ['name', 'Name', '이름', info.name],
    ['contextLength', 'Context length', '컨텍스트 길이', info.contextLength === undefined ? undefined : groupedNumber(info.contextLength)],
    ['blockCount', 'Blocks', '블록 수', info.blockCount],
    ['tokenizer', 'Tokenizer model', '토크나이저 모델', info.tokenizerModel],
    ['vocabulary', 'Vocabulary', '어휘 크기', info.vocabularySize === undefined ? undefined : groupedNumber(info.vocabularySize)],
    ['chatTemplate', 'Chat template', '채팅 템플릿', info.chatTemplate.present ? b(lang, `present (${groupedNumber(info.chatTemplate.bytes ?? 0)} bytes)`, `있음 (${groupedNumber(info.chatTemplate.bytes ?? 0)}바이트)`) : b(lang, 'absent', '없음')],
    ['fileType', 'File type', '파일 형식', info.fileType],
    ['quantizationVersion', 'Quantization version', '양자화 버전', info.quantizationVersion],
    ['version', 'GGUF version', 'GGUF 버전', version],
    ['metadataCount', 'Metadata entries', '메타데이터 항목', info.metadataCount],
  ];
  return rows.map(([key, en, ko, value]) => ({ key, label: b(lang, en, ko), value: value === undefined ? none : String(value) }));
}

export function tensorsView(r: WeightsReport, lang: Lang): TensorsView {
  const s = r.summary;
  const subtitle = r.shardOf
    ? b(lang, `One shard of ${r.shardOf.shards}; the whole checkpoint of ${r.shardOf.index} is shown. Read from the headers only.`, `샤드 ${r.shardOf.shards}개 중 하나입니다. ${r.shardOf.index}의 체크포인트 전체를 보여 줍니다. 헤더만 읽었습니다.`)
    : b(lang, `${r.format === 'gguf' ? 'GGUF' : 'safetensors'} — read from the header only; no tensor data was loaded.`, `${r.format === 'gguf' ? 'GGUF' : 'safetensors'} — 헤더만 읽었고 텐서 데이터는 불러오지 않았습니다.`);
  const packing = packingNote(s, lang);
  const notes = [...(packing ? [packing] : []), ...s.notes.map((n) => pick(n, lang)), ...(r.comparison?.explanations ?? []).map((e) => pick(e.message, lang)), ...r.warnings.map((w) => pick(w, lang))];
  return {
    title: r.title,
    subtitle,
    headline: weightsHeadline(s, lang),
    totals: totals(r, lang),
    dtypes: s.byDtype.map((d) => ({ dtype: d.dtype, tensors: d.tensors, parameters: d.parameters, bytes: d.bytes, bitsPerWeight: d.parameters > 0 ? bitsPerWeight((8 * d.bytes) / d.parameters) : '—' })),
    metadata: r.gguf ? ggufMetadata(r.gguf.info, r.gguf.version, lang) : [],
    notes: notes.slice(0, 60).map((n) => n.slice(0, 4000)),
    tensors: s.tensors.slice(0, MAX_TENSOR_ROWS).map((t) => ({ name: t.name.slice(0, 1024), dtype: t.dtype, shape: t.shape, parameters: t.parameters, bytes: t.bytes, role: t.role, ...(t.shard ? { shard: t.shard } : {}) })),
    tensorTotal: s.tensorCount,
  };
}
