/**
 * The only module that knows the UI toolkit (@vscode/webview-ui-toolkit, deprecated upstream). Pages ask for a
 * button, a dropdown or a busy indicator here; swapping the toolkit means rewriting this file only.
 */
import {
  provideVSCodeDesignSystem,
  vsCodeBadge,
  vsCodeButton,
  vsCodeDivider,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeProgressRing,
} from '@vscode/webview-ui-toolkit';
import { h, icon } from './dom';

provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeDropdown(), vsCodeOption(), vsCodeProgressRing(), vsCodeDivider(), vsCodeBadge());

export interface ButtonOptions {
  icon?: string;
  appearance?: 'primary' | 'secondary' | 'icon';
  /** For icon-only buttons: the accessible name. */
  label?: string;
  testId?: string;
  onClick: () => void;
}

export function button(text: string | undefined, options: ButtonOptions): HTMLElement {
  const element = document.createElement('vscode-button');
  element.setAttribute('appearance', options.appearance ?? 'primary');
  if (options.label) {
    element.setAttribute('aria-label', options.label);
    element.setAttribute('title', options.label);
  }
  if (options.testId) element.setAttribute('data-test', options.testId);
  if (options.icon) {
    const glyph = icon(options.icon);
    if (text) glyph.setAttribute('slot', 'start');
    element.appendChild(glyph);
  }
  if (text) element.appendChild(document.createTextNode(text));
  element.addEventListener('click', options.onClick);
  return element;
}

export interface DropdownOption {
  value: string;
  label: string;
}

export function dropdown(label: string, options: DropdownOption[], selected: string, onChange: (value: string) => void, testId?: string): HTMLElement {
  const id = `dropdown-${Math.random().toString(36).slice(2)}`;
  const select = document.createElement('vscode-dropdown');
  select.id = id;
  if (testId) select.setAttribute('data-test', testId);
  for (const option of options) {
    const element = document.createElement('vscode-option');
    element.setAttribute('value', option.value);
    if (option.value === selected) element.setAttribute('selected', '');
    element.textContent = option.label;
    select.appendChild(element);
  }
  select.addEventListener('change', () => onChange((select as unknown as { value: string }).value));
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

export function busy(text: string): HTMLElement {
  return h('div', { class: 'busy', role: 'status' }, document.createElement('vscode-progress-ring'), h('span', {}, text));
}

export function divider(): HTMLElement {
  return document.createElement('vscode-divider');
}

export function badge(text: string): HTMLElement {
  const element = document.createElement('vscode-badge');
  element.textContent = text;
  return element;
}
