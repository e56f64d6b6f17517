import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { familyColour, paletteFrom, withAlpha } from '../../../webview/scaling/theme';

describe('chart theme', () => {
  test("reads VS Code's variables, trimmed", () => {
    const vars: Record<string, string> = {
      '--vscode-foreground': ' #111111',
      '--vscode-charts-blue': '#0000ff',
      '--vscode-editorWidget-border': '#222222',
      '--vscode-font-size': '14px',
    };
    const palette = paletteFrom((name) => vars[name] ?? '');
    assert.equal(palette.foreground, '#111111');
    assert.equal(palette.blue, '#0000ff');
    assert.equal(palette.grid, '#222222');
    assert.equal(palette.fontSize, 14);
  });

  test('falls back where a theme leaves a variable unset (the grid to the widget border first)', () => {
    const palette = paletteFrom((name) => (name === '--vscode-widget-border' ? '#333333' : ''));
    assert.equal(palette.grid, '#333333');
    assert.match(palette.red, /^#[0-9a-f]{6}$/i);
    assert.equal(palette.fontSize, 13);
  });

  test('each architecture family has its own colour', () => {
    const palette = paletteFrom(() => '');
    const colours = (['encoder-only', 'decoder-only', 'encoder-decoder', 'rnn'] as const).map((f) => familyColour(palette, f));
    assert.equal(new Set(colours).size, 4);
  });

  test('withAlpha understands hex and rgb colours and leaves others alone', () => {
    assert.equal(withAlpha('#3794ff', 0.5), 'rgba(55, 148, 255, 0.5)');
    assert.equal(withAlpha('#fff', 0.2), 'rgba(255, 255, 255, 0.2)');
    assert.equal(withAlpha('#3794ff80', 1), 'rgba(55, 148, 255, 1)');
    assert.equal(withAlpha('rgb(1, 2, 3)', 0.3), 'rgba(1, 2, 3, 0.3)');
    assert.equal(withAlpha('rgba(1,2,3,0.9)', 0.3), 'rgba(1, 2, 3, 0.3)');
    assert.equal(withAlpha('red', 0.3), 'red');
  });
});
