import type { CompareItem } from '../../../src/core/protocol/cards';
import { h } from '../../shared/components';
import type { PageContext } from '../page';

/** "Add to compare" / "Remove from compare" for the card on screen. */
export function compareToggle(page: PageContext, item: CompareItem): HTMLElement {
  const button = h('vscode-button', { appearance: 'secondary', class: 'compare-toggle' });
  const update = () => {
    const selected = page.selection.has(item);
    button.textContent = selected ? page.strings.removeFromCompare : page.strings.addToCompare;
    button.setAttribute('aria-pressed', String(selected));
    if (!selected && page.selection.full) button.setAttribute('disabled', '');
    else button.removeAttribute('disabled');
  };
  button.addEventListener('click', () => {
    page.selection.toggle(item);
    update();
  });
  update();
  return button;
}
