/**
 * The config-based count against the weights on disk. When they differ, the tensors that explain the
 * difference are named: a head the checkpoint does not store (tied) or stores although the config ties
 * it, blocks past `num_hidden_layers` (DeepSeek-V3's multi-token-prediction layer `model.layers.61.*`),
 * and modules the text model's class does not build (a vision tower, a projector, an audio encoder).
 */
import { layerOf } from './layers';
import type { Bilingual } from './types';

export type ExplanationKind = 'missing-head' | 'extra-head' | 'extra-layers' | 'extra-module' | 'unexplained';

export interface Explanation {
  kind: ExplanationKind;
  /** Signed: positive when the weights hold more than the config counts. */
  parameters: number;
  tensorCount: number;
  /** Up to five example tensor names (or the prefix they share). */
  examples: string[];
  message: Bilingual;
}

export interface WeightsComparison {
  configParameters: number;
  weightsParameters: number;
  /** weights − config. */
  difference: number;
  matches: boolean;
  /** True when the explanations add up to the whole difference. */
  explained: boolean;
  explanations: Explanation[];
}

export interface ConfigShape {
  layers: number;
  hidden: number;
  vocab: number;
}

const EXTRA_MODULE = /(^|\.)(vision_tower|vision_model|visual|vision_encoder|multi_modal_projector|mm_projector|image_newline|audio_tower|audio_model|embed_vision|embed_audio|speech_encoder)(\.|$)/;
const HEAD_NAMES = new Set(['lm_head.weight', 'output.weight', 'embed_out.weight', 'model.lm_head.weight']);
const MAX_EXAMPLES = 5;

interface Tensor {
  name: string;
  parameters: number;
}

function group(tensors: Tensor[]): { parameters: number; examples: string[] } {
  return { parameters: tensors.reduce((s, t) => s + t.parameters, 0), examples: tensors.slice(0, MAX_EXAMPLES).map((t) => t.name) };
}

const count = (n: number) => Math.abs(n).toLocaleString('en-US');

export function compareWithConfig(configParameters: number, shape: ConfigShape, tensors: readonly Tensor[]): WeightsComparison {
  const weightsParameters = tensors.reduce((s, t) => s + t.parameters, 0);
  const difference = weightsParameters - configParameters;
  const explanations: Explanation[] = [];
  if (difference !== 0) {
    const modules = new Map<string, Tensor[]>();
    const extraLayers = new Map<number, Tensor[]>();
    const mainContainer = mostLayered(tensors);
    for (const t of tensors) {
      const match = EXTRA_MODULE.exec(t.name);
      if (match) {
        const prefix = t.name.slice(0, match.index + match[0].length).replace(/\.$/, '');
        push(modules, prefix, t);
        continue;
      }
      const at = layerOf(t.name);
      if (at && at.container === mainContainer && at.index >= shape.layers) push(extraLayers, at.index, t);
    }
    for (const [prefix, members] of modules) {
      const g = group(members);
      explanations.push({ kind: 'extra-module', parameters: g.parameters, tensorCount: members.length, examples: [`${prefix}.*`], message: { en: `${prefix}.* (${members.length} tensors, ${count(g.parameters)} parameters) is a module the config's text model does not count (a vision or audio tower, a projector).`, ko: `${prefix}.*(텐서 ${members.length}개, 파라미터 ${count(g.parameters)}개)는 설정의 텍스트 모델이 세지 않는 모듈입니다(비전·오디오 타워, 프로젝터 등).` } });
    }
    for (const [index, members] of [...extraLayers].sort((a, b) => a[0] - b[0])) {
      const g = group(members);
      explanations.push({ kind: 'extra-layers', parameters: g.parameters, tensorCount: members.length, examples: [`${mainContainer}.${index}.*`], message: { en: `${mainContainer}.${index}.* (${members.length} tensors, ${count(g.parameters)} parameters) lies past the config's ${shape.layers} layers: an extra block the model class does not build, such as DeepSeek-V3's multi-token-prediction layer.`, ko: `${mainContainer}.${index}.*(텐서 ${members.length}개, 파라미터 ${count(g.parameters)}개)는 설정의 ${shape.layers}개 층 바깥에 있습니다. DeepSeek-V3의 다중 토큰 예측(MTP) 층처럼 모델 클래스가 만들지 않는 추가 블록입니다.` } });
    }
    const headSize = shape.vocab * shape.hidden;
    const head = tensors.find((t) => HEAD_NAMES.has(t.name));
    const rest = difference - explanations.reduce((s, e) => s + e.parameters, 0);
    if (rest === -headSize && !head) {
      explanations.push({ kind: 'missing-head', parameters: -headSize, tensorCount: 0, examples: ['lm_head.weight'], message: { en: `lm_head.weight is not stored (${count(headSize)} = ${shape.vocab} × ${shape.hidden} parameters): the checkpoint ties the output head to the embeddings while the config counts it separately (tie_word_embeddings).`, ko: `lm_head.weight가 저장되어 있지 않습니다(파라미터 ${count(headSize)}개 = ${shape.vocab} × ${shape.hidden}). 체크포인트는 출력 헤드를 임베딩과 묶었는데 설정은 따로 셉니다(tie_word_embeddings).` } });
    } else if (rest === headSize && head) {
      explanations.push({ kind: 'extra-head', parameters: headSize, tensorCount: 1, examples: [head.name], message: { en: `${head.name} is stored (${count(headSize)} parameters) although the config ties the head to the embeddings, so the model class counts it once.`, ko: `설정은 헤드를 임베딩과 묶어 한 번만 세는데 ${head.name}(파라미터 ${count(headSize)}개)가 따로 저장되어 있습니다.` } });
    }
    const left = difference - explanations.reduce((s, e) => s + e.parameters, 0);
    if (left !== 0) {
      explanations.push({ kind: 'unexplained', parameters: left, tensorCount: 0, examples: [], message: { en: `${count(left)} parameters ${left > 0 ? 'more' : 'fewer'} in the weights remain unexplained (a config field the count does not read, or a different model class).`, ko: `가중치 쪽 파라미터 ${count(left)}개가 ${left > 0 ? '더 많은' : '더 적은'} 이유는 설명되지 않았습니다(카운트가 읽지 않는 설정 필드이거나 다른 모델 클래스일 수 있습니다).` } });
    }
  }
  return {
    configParameters,
    weightsParameters,
    difference,
    matches: difference === 0,
    explained: difference !== 0 && explanations.every((e) => e.kind !== 'unexplained'),
    explanations,
  };
}

function push<K>(map: Map<K, Tensor[]>, key: K, t: Tensor): void {
  const list = map.get(key);
  if (list) list.push(t);
  else map.set(key, [t]);
}

/** The container with the most blocks: the text model's own layers. */
function mostLayered(tensors: readonly Tensor[]): string | undefined {
  const blocks = new Map<string, Set<number>>();
  for (const t of tensors) {
    if (EXTRA_MODULE.test(t.name)) continue;
    const at = layerOf(t.name);
    if (!at) continue;
    let set = blocks.get(at.container);
    if (!set) blocks.set(at.container, (set = new Set()));
    set.add(at.index);
  }
  let best: string | undefined;
  let most = 0;
  for (const [container, set] of blocks) if (set.size > most) [best, most] = [container, set.size];
  return best;
}
