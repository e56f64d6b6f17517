import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { atlasChartData } from '../../../src/adapters/scaling/atlasChartData';
import { exportBytes } from '../../../src/adapters/scaling/exportPayload';
import { HOST_TEXT, hostText } from '../../../src/adapters/scaling/hostText';
import { atlas } from '../../../src/core/knowledge/index';
import { parseMessage } from '../../../src/core/protocol/common';
import { ScalingInit, type ExportMessage } from '../../../src/core/protocol/scalingCharts';
import { growthPoints } from '../../../src/core/scaling/growth';
import { knownModelsAgainstFrontier } from '../../../src/core/scaling/series';
import { SMALL_MODEL_CLAIMS } from '../../../src/core/scaling/smallModels';
import { scalingData } from '../../../webview/scaling/data';
import { SCALING_STRING_KEYS, scalingStrings } from '../../../webview/scaling/strings';

describe('what the host sends the page', () => {
  for (const lang of ['en', 'ko'] as const) {
    test(`the ${lang} init message passes the page's own validation`, () => {
      const message = { type: 'init', language: lang, data: atlasChartData(atlas, lang) };
      assert.ok(parseMessage(ScalingInit, message), 'valid');
    });
  }

  test('every UI string exists in both languages, and the Korean is not the English', () => {
    const en = scalingStrings('en');
    const ko = scalingStrings('ko');
    for (const key of SCALING_STRING_KEYS) {
      assert.ok(en[key].trim(), `en ${key}`);
      assert.ok(ko[key].trim(), `ko ${key}`);
    }
    const same = SCALING_STRING_KEYS.filter((key) => en[key] === ko[key]);
    // Names kept in English on purpose (the tab named after the model, the column named by its acronym).
    assert.deepEqual(same.sort(), ['colMoe', 'isoCurve', 'tabChinchilla']);
    for (const key of SCALING_STRING_KEYS) {
      const slots = (text: string) => [...text.matchAll(/\{(\d)\}/g)].map((m) => m[1]).sort().join();
      assert.equal(slots(ko[key]), slots(en[key]), `${key}: same {n} slots`);
    }
  });

  test('the data carries every growth point, known model and claim, with all their sources resolved', () => {
    const data = scalingData(atlasChartData(atlas, 'en'), 'en');
    assert.deepEqual(data.growth.map((p) => [p.entryId, p.date, p.parameters]), growthPoints(atlas).map((p) => [p.entryId, p.date, p.parameters]));
    assert.deepEqual(data.known.map((m) => [m.entryId, m.parameters, m.tokens]), knownModelsAgainstFrontier(atlas).map((m) => [m.entryId, m.parameters, m.tokens]));
    assert.deepEqual(data.claims.map((c) => c.id), SMALL_MODEL_CLAIMS.map((c) => c.id));
    const cited = [
      ...data.growth.map((p) => p.source),
      ...data.known.flatMap((m) => m.sources),
      ...data.claims.flatMap((c) => [c.source, ...c.seeAlso]),
      data.reference.source,
      'kaplan2020',
      'hoffmann2022',
      'besiroglu2024',
    ];
    for (const key of cited) {
      const source = data.sources[key];
      assert.ok(source?.url.startsWith('https://'), `${key} resolved`);
      assert.match(source.citation, /\d{4}$/, key);
    }
  });

  test("the unconfirmed sizes stay unconfirmed, and the Transformer's note explains the seeds' 465M", () => {
    const data = scalingData(atlasChartData(atlas, 'en'), 'en');
    const unconfirmed = data.growth.filter((p) => p.unconfirmed).map((p) => p.entryId);
    assert.ok(unconfirmed.includes('gpt-4') && unconfirmed.includes('wu-dao-2'), unconfirmed.join());
    const transformer = data.growth.find((p) => p.entryId === 'transformer');
    assert.equal(transformer?.parameters, 213e6);
    assert.match(transformer?.note ?? '', /465M/);
  });

  test('labels and notes follow the language', () => {
    const ko = scalingData(atlasChartData(atlas, 'ko'), 'ko');
    const en = scalingData(atlasChartData(atlas, 'en'), 'en');
    const wuDao = (d: typeof ko) => d.growth.find((p) => p.entryId === 'wu-dao-2')!;
    assert.equal(wuDao(en).label, 'Wu Dao 2.0');
    assert.equal(wuDao(ko).label, '우다오 2.0');
    assert.notEqual(ko.reference.note, en.reference.note);
  });

  test('host messages fill their slots in the chosen language', () => {
    assert.match(hostText('notOnChart', 'en', 'masked-language-modeling'), /"masked-language-modeling" has no place/);
    assert.match(hostText('notOnChart', 'ko', 'x'), /^스케일링 차트: "x"/);
    for (const text of Object.values(HOST_TEXT)) assert.ok(text.en && text.ko);
  });
});

describe('export requests', () => {
  const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const base64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));
  const message = (format: 'png' | 'csv', filename: string, data: string): ExportMessage => ({ type: 'export', format, filename, data });

  test('a PNG is decoded to its bytes', () => {
    const bytes = [...PNG_HEADER, 0, 0, 0, 13, 73, 72, 68, 82];
    assert.deepEqual([...exportBytes(message('png', 'chart.png', base64(bytes)))!], bytes);
  });

  test('a CSV is written as UTF-8', () => {
    const text = 'Model,Note\r\n우다오 2.0,미확인\r\n';
    assert.equal(new TextDecoder().decode(exportBytes(message('csv', 'data.csv', text))), text);
  });

  test('refuses what is not what it claims to be', () => {
    assert.equal(exportBytes(message('png', 'chart.csv', base64(PNG_HEADER))), undefined, 'extension differs from the format');
    assert.equal(exportBytes(message('csv', 'data.png', 'a,b')), undefined, 'extension differs from the format');
    assert.equal(exportBytes(message('png', 'chart.png', base64([1, 2, 3, 4, 5, 6, 7, 8]))), undefined, 'not a PNG');
    assert.equal(exportBytes(message('png', 'chart.png', 'not base64!')), undefined, 'not base64');
  });
});
