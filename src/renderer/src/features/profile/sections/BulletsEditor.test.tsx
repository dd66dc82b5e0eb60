// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../../../shared/domain/profile';
import { BulletsEditor } from './BulletsEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let latest: Highlight[] = [];
function Harness({ initial }: { initial: Highlight[] }) {
  const [items, setItems] = useState(initial);
  const onChange = (next: Highlight[]) => {
    latest = next;
    setItems(next);
  };
  return <BulletsEditor label="Highlights" items={items} onChange={onChange} />;
}

let root: Root | null = null;
let el: HTMLDivElement;
function render(initial: Highlight[]) {
  el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  latest = initial;
  act(() => root!.render(<Harness initial={initial} />));
}
afterEach(() => {
  act(() => root?.unmount());
  el.remove();
});

const boxes = () => [...el.querySelectorAll('textarea')];
function type(box: HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, value);
  act(() => box.dispatchEvent(new Event('input', { bubbles: true })));
}
const press = (box: HTMLTextAreaElement, key: string) =>
  act(() => box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));

const two = [
  { id: 'h1', text: 'Built Python services' },
  { id: 'h2', text: 'Mentored engineers' },
];

describe('BulletsEditor', () => {
  it('renders each bullet as its own item carrying the fact id that match evidence links to', () => {
    render(two);
    expect([...el.querySelectorAll('li')].map((li) => li.dataset.factId)).toEqual(['h1', 'h2']);
    expect(boxes().map((b) => b.getAttribute('aria-label'))).toEqual(['Highlights 1', 'Highlights 2']);
  });

  it('keeps ids while editing, and Enter splits a bullet at the caret into a new one that gets focus', () => {
    render(two);
    type(boxes()[0]!, 'Built Python services with FastAPI');
    expect(latest.map((h) => h.id)).toEqual(['h1', 'h2']);
    const box = boxes()[0]!;
    box.setSelectionRange(20, 20);
    press(box, 'Enter');
    expect(latest.map((h) => h.text)).toEqual(['Built Python service', 's with FastAPI', 'Mentored engineers']);
    expect(latest[0]!.id).toBe('h1');
    expect(latest[1]!.id).toMatch(/^hl_/);
    expect(document.activeElement).toBe(boxes()[1]);
  });

  it('makes one bullet per pasted line and drops blank lines', () => {
    render(two);
    type(boxes()[1]!, 'Mentored engineers\n\nRan code reviews\nWrote docs');
    expect(latest.map((h) => h.text)).toEqual([
      'Built Python services',
      'Mentored engineers',
      'Ran code reviews',
      'Wrote docs',
    ]);
    expect(latest[1]!.id).toBe('h2');
  });

  it('Backspace in an empty bullet removes it and moves to the one before; a bullet left empty is dropped on blur', () => {
    render(two);
    type(boxes()[1]!, '');
    press(boxes()[1]!, 'Backspace');
    expect(latest).toEqual([two[0]]);
    expect(document.activeElement).toBe(boxes()[0]);

    act(() => [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Add a line'))!.click());
    expect(document.activeElement).toBe(boxes()[1]);
    expect(latest).toHaveLength(2);
    act(() => boxes()[1]!.blur());
    expect(latest).toEqual([two[0]]);
  });
});
