import type { Entry } from '../../schema';

/** What makes autoregressive decoding affordable: caching keys and values, and shrinking that cache. */
export const INFERENCE: Entry[] = [
  {
    id: 'kv-cache',
    kind: 'architecture',
    name: 'KV cache',
    nameKo: 'KV 캐시',
    aliases: ['KV cache', 'key-value cache', 'key/value cache', 'KV caching', 'KV 캐시', '키-값 캐시', '키 값 캐시'],
    code: ['use_cache', 'past_key_values', 'past_key_value', 'DynamicCache'],
    summary: {
      en: "During generation, keeps every layer's keys and values for the tokens already processed, so each new token needs only its own projections instead of recomputing the whole prefix.",
      ko: '생성 중에 이미 처리한 토큰들의 층별 키와 값을 보관해, 새 토큰마다 앞부분 전체를 다시 계산하지 않고 자기 투영만 계산하게 하는 캐시.',
    },
    explanation: {
      en: 'With a causal mask the keys and values of earlier positions never change when a token is appended, so they can be stored instead of recomputed. Each decoding step then computes q, k and v for the new token only, appends k and v to the cache and attends over it, so the work per generated token grows linearly with the prefix instead of quadratically. The cost is memory: 2 (K and V) × layers × KV heads × head dimension × bytes per value, for every token of every sequence in the batch. A model with 32 layers and 32 KV heads of dimension 128 (LLaMA-7B) needs 0.5 MiB per token in 16-bit precision, so 4,096 tokens take 2 GiB. The cache rather than the weights often limits batch size and context length; multi-query and grouped-query attention, sliding windows and quantised caches exist to shrink it. In Hugging Face, `use_cache=True` switches it on and the cache travels as `past_key_values`.',
      ko: '인과 마스크가 있으면 토큰을 덧붙여도 앞 위치들의 키와 값은 바뀌지 않으므로, 다시 계산하지 않고 보관해 둘 수 있습니다. 그러면 디코딩 단계마다 새 토큰의 q, k, v만 계산해 k와 v를 캐시에 덧붙이고 캐시 전체에 어텐션을 하면 되므로, 생성 토큰당 작업량이 앞부분 길이의 제곱이 아니라 선형으로 늘어납니다. 대가는 메모리입니다. 배치 안 모든 시퀀스의 모든 토큰마다 2(K와 V) × 층 수 × KV 헤드 수 × 헤드 차원 × 값당 바이트가 필요합니다. 층 32개, 차원 128인 KV 헤드 32개를 가진 모델(LLaMA-7B)은 16비트 정밀도에서 토큰당 0.5 MiB가 필요하므로 4,096토큰에 2 GiB가 듭니다. 가중치가 아니라 이 캐시가 배치 크기와 컨텍스트 길이를 제한하는 경우가 많으며, 멀티 쿼리·그룹 쿼리 어텐션, 슬라이딩 윈도우, 양자화 캐시는 이를 줄이기 위한 방법입니다. Hugging Face에서는 `use_cache=True`로 켜고, 캐시는 `past_key_values`로 전달됩니다.',
    },
    keyNumbers: [
      {
        label: { en: 'KV cache per token, LLaMA-7B shape at 16-bit', ko: '토큰당 KV 캐시, LLaMA-7B 구조·16비트 기준' },
        value: 2 * 32 * 32 * 128 * 2,
        unit: 'bytes',
        source: 'touvron2023a',
        note: {
          en: 'Derived from the published shape: 2 (K, V) × 32 layers × 32 heads × 128 dimensions × 2 bytes = 0.5 MiB.',
          ko: '공개된 구조에서 계산한 값입니다: 2(K, V) × 32층 × 32헤드 × 128차원 × 2바이트 = 0.5 MiB.',
        },
      },
    ],
    related: ['multi-query-attention', 'grouped-query-attention', 'sliding-window-attention', 'causal-mask', 'decoder-only', 'context-window', 'static-kv-cache', 'kv-cache-quantization', 'paged-attention', 'multi-head-latent-attention'],
    sources: ['shazeer2019', 'ainslie2023', 'wolf2020'],
  },
  {
    id: 'grouped-query-attention',
    kind: 'architecture',
    name: 'Grouped-query attention (GQA)',
    nameKo: '그룹 쿼리 어텐션 (GQA)',
    aliases: [
      'grouped-query attention',
      'grouped query attention',
      'GQA',
      '그룹 쿼리 어텐션',
      '그룹화 쿼리 어텐션',
      '그룹 질의 어텐션',
    ],
    code: ['num_key_value_heads', 'num_key_value_groups', 'n_kv_heads'],
    summary: {
      en: 'Attention in which groups of query heads share one key/value head, sitting between multi-head attention (one KV head per query head) and multi-query attention (a single KV head).',
      ko: '여러 쿼리 헤드가 묶음별로 키·값 헤드 하나를 공유하는 어텐션으로, 멀티헤드(쿼리 헤드마다 KV 헤드)와 멀티 쿼리(KV 헤드 하나) 사이에 있다.',
    },
    explanation: {
      en: "With H query heads and G key/value heads (1 < G < H), each KV head serves H/G query heads. The KV cache and the memory traffic of decoding shrink by a factor H/G, while quality stays close to full multi-head attention, something single-KV-head MQA can lose. Ainslie et al. (2023) also showed that an existing multi-head checkpoint can be converted, by mean-pooling its KV heads into groups, and 'uptrained' with about 5% of the original pre-training compute. Llama 2 70B uses 8 KV heads for 64 query heads, Mistral 7B 8 for 32, and Llama 3 uses GQA at both 8B and 70B. In Hugging Face configs `num_key_value_heads` is G: equal to `num_attention_heads` means plain multi-head attention, and 1 means MQA.",
      ko: "쿼리 헤드가 H개, 키·값 헤드가 G개(1 < G < H)이면 KV 헤드 하나가 쿼리 헤드 H/G개를 담당합니다. KV 캐시와 디코딩 때의 메모리 전송량은 H/G배 줄어들면서도, KV 헤드를 하나만 쓰는 MQA에서 생길 수 있는 품질 저하 없이 멀티헤드 어텐션에 가까운 품질을 유지합니다. Ainslie 등(2023)은 기존 멀티헤드 체크포인트의 KV 헤드를 그룹별로 평균 내어 변환한 뒤, 원래 사전학습 계산량의 약 5%로 '업트레이닝'할 수 있음도 보였습니다. Llama 2 70B는 쿼리 헤드 64개에 KV 헤드 8개, Mistral 7B는 32개에 8개를 쓰며, Llama 3는 8B와 70B 모두 GQA를 씁니다. Hugging Face 설정의 `num_key_value_heads`가 G이며, `num_attention_heads`와 같으면 일반 멀티헤드 어텐션, 1이면 MQA입니다.",
    },
    keyNumbers: [
      { label: { en: 'Uptraining compute (share of pre-training)', ko: '업트레이닝 계산량 (사전학습 대비)' }, value: 5, unit: 'percent', source: 'ainslie2023', approx: true },
      { label: { en: 'KV heads in Llama 2 70B', ko: 'Llama 2 70B의 KV 헤드 수' }, value: 8, unit: 'heads', source: 'touvron2023b' },
      { label: { en: 'KV heads in Mistral 7B', ko: 'Mistral 7B의 KV 헤드 수' }, value: 8, unit: 'heads', source: 'jiang2023' },
      { label: { en: 'Query heads in Mistral 7B', ko: 'Mistral 7B의 쿼리 헤드 수' }, value: 32, unit: 'heads', source: 'jiang2023' },
    ],
    related: ['multi-query-attention', 'multi-head-attention', 'kv-cache', 'attention-head', 'llama-2', 'mistral-7b'],
    sources: ['ainslie2023', 'touvron2023b', 'jiang2023'],
  },
  {
    id: 'multi-query-attention',
    kind: 'architecture',
    name: 'Multi-query attention (MQA)',
    nameKo: '멀티 쿼리 어텐션 (MQA)',
    aliases: ['multi-query attention', 'multi query attention', 'MQA', '멀티 쿼리 어텐션', '다중 쿼리 어텐션'],
    code: ['multi_query'],
    summary: {
      en: 'Attention with many query heads but a single shared key head and value head, which shrinks the KV cache by the number of heads and speeds up decoding.',
      ko: '쿼리 헤드는 여러 개지만 키 헤드와 값 헤드는 하나씩만 두고 공유하는 어텐션으로, KV 캐시를 헤드 수만큼 줄이고 디코딩을 빠르게 한다.',
    },
    explanation: {
      en: 'Shazeer (2019) observed that incremental decoding is limited by memory bandwidth, because every step reloads all cached keys and values. Sharing one K projection and one V projection across all h heads divides that tensor by h while keeping h different query projections, so the layer still attends in h different ways. In his experiments decoding became much faster with only a small loss in quality. PaLM and Falcon-7B use MQA (the Falcon-7B and StarCoder configs set `multi_query: true`). Because the quality drop and training instability can matter at scale, grouped-query attention, which keeps a few KV heads, has become the more common compromise.',
      ko: 'Shazeer(2019)는 점진적 디코딩이 메모리 대역폭에 묶여 있다는 점에 주목했습니다. 매 단계마다 캐시된 키와 값을 모두 다시 읽어야 하기 때문입니다. h개 헤드가 K 투영과 V 투영을 하나씩만 공유하면 이 텐서가 h분의 1로 줄고, 쿼리 투영은 h개로 유지되므로 층은 여전히 h가지 방식으로 어텐션을 합니다. 그의 실험에서는 품질 손실이 작으면서 디코딩이 크게 빨라졌습니다. PaLM과 Falcon-7B가 MQA를 쓰며(Falcon-7B와 StarCoder 설정의 `multi_query: true`), 대규모에서는 품질 저하와 학습 불안정이 문제가 될 수 있어 KV 헤드를 몇 개 남기는 그룹 쿼리 어텐션이 더 흔한 절충안이 되었습니다.',
    },
    keyNumbers: [
      { label: { en: 'Key/value heads', ko: '키·값 헤드 수' }, value: 1, unit: 'heads', source: 'shazeer2019' },
    ],
    related: ['grouped-query-attention', 'multi-head-attention', 'kv-cache', 'falcon', 'palm'],
    sources: ['shazeer2019', 'chowdhery2022'],
  },
  {
    id: 'sliding-window-attention',
    kind: 'architecture',
    name: 'Sliding-window attention',
    nameKo: '슬라이딩 윈도우 어텐션',
    aliases: [
      'sliding window attention',
      'sliding-window attention',
      'local attention',
      'windowed attention',
      'rolling buffer cache',
      '슬라이딩 윈도우 어텐션',
      '국소 어텐션',
      '윈도우 어텐션',
    ],
    code: ['sliding_window', 'attention_window', 'use_sliding_window'],
    summary: {
      en: 'Each token attends only to a fixed number W of nearby tokens instead of the whole sequence, making the cost linear in length; stacked layers still carry information further.',
      ko: '각 토큰이 시퀀스 전체가 아니라 가까운 W개 토큰에만 어텐션하게 하여 비용을 길이에 선형으로 만드는 방식으로, 층을 쌓으면 정보는 더 멀리까지 전달된다.',
    },
    explanation: {
      en: 'Full attention costs O(n²) time and memory; limiting each query to a window of W keys costs O(n·W). Information still travels beyond the window from layer to layer: after L layers a token can be influenced by positions up to about L × W away. Longformer (Beltagy et al., 2020) combined a 512-token sliding window (`attention_window`) with a few global tokens to read documents of 4,096 tokens. Mistral 7B uses a causal window of W = 4,096 in every layer, so its 32 layers reach about 131K tokens in theory, and a rolling buffer cache of W entries keeps KV-cache memory fixed however long generation runs. In Hugging Face configs the window is `sliding_window`. Some models alternate local and global attention layers instead.',
      ko: '전체 어텐션은 시간과 메모리가 O(n²)이지만, 각 쿼리가 W개 키로 된 창만 보게 하면 O(n·W)가 됩니다. 정보는 층을 거치며 창 밖으로도 퍼져서, L개 층을 지나면 대략 L × W만큼 떨어진 위치까지 영향을 받을 수 있습니다. Longformer(Beltagy 등, 2020)는 512토큰 슬라이딩 윈도우(`attention_window`)와 소수의 전역 토큰을 결합해 4,096토큰 길이의 문서를 읽었습니다. Mistral 7B는 모든 층에서 W = 4,096인 인과적 창을 쓰므로 32개 층이 이론상 약 131K 토큰까지 닿고, W칸짜리 롤링 버퍼 캐시 덕분에 생성이 아무리 길어져도 KV 캐시 메모리가 일정합니다. Hugging Face 설정에서는 창 크기가 `sliding_window`입니다. 지역 어텐션 층과 전역 어텐션 층을 번갈아 쓰는 모델도 있습니다.',
    },
    keyNumbers: [
      { label: { en: 'Window size in Mistral 7B', ko: 'Mistral 7B의 창 크기' }, value: 4096, unit: 'tokens', source: 'jiang2023' },
      {
        label: { en: 'Theoretical attention span of Mistral 7B', ko: 'Mistral 7B의 이론적 어텐션 범위' },
        value: 32 * 4096,
        unit: 'tokens',
        source: 'jiang2023',
        approx: true,
        note: { en: '32 layers × 4,096-token window; the paper rounds it to about 131K.', ko: '32층 × 4,096토큰 창이며, 논문은 약 131K로 반올림합니다.' },
      },
      { label: { en: 'Window size in Longformer', ko: 'Longformer의 창 크기' }, value: 512, unit: 'tokens', source: 'beltagy2020' },
    ],
    related: ['self-attention', 'kv-cache', 'context-window', 'flash-attention', 'mistral-7b'],
    sources: ['beltagy2020', 'jiang2023'],
  },
];
