/**
 * The one module that knows which web-component library the webviews use. The design card asks
 * for @vscode/webview-ui-toolkit (archived upstream); every app imports its components from here,
 * so a move to @vscode-elements/elements touches only this file.
 */
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDataGrid,
  vsCodeDataGridCell,
  vsCodeDataGridRow,
  vsCodePanels,
  vsCodePanelTab,
  vsCodePanelView,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';

type Registry = Parameters<ReturnType<typeof provideVSCodeDesignSystem>['register']>[number];

let registered = false;

/**
 * Registers the given components (from the exports below), once per page: each app names the ones
 * it uses, so its bundle carries no others. (The toolkit's badge, tag and progress ring are left
 * out on purpose: their templates carry inline styles, which the panels' CSP refuses.)
 */
export function registerComponents(...components: Array<() => Registry>): void {
  if (registered) return;
  registered = true;
  provideVSCodeDesignSystem().register(...components.map((component) => component()));
}

export {
  vsCodeButton as buttonComponent,
  vsCodeCheckbox as checkboxComponent,
  vsCodeDataGrid as dataGridComponent,
  vsCodeDataGridCell as dataGridCellComponent,
  vsCodeDataGridRow as dataGridRowComponent,
  vsCodePanels as panelsComponent,
  vsCodePanelTab as panelTabComponent,
  vsCodePanelView as panelViewComponent,
  vsCodeTextField as textFieldComponent,
};

/** Creates an element with attributes and children; text children are set as text, never HTML. */
export function h<K extends string>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Array<Node | string | undefined | false>
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}
