import type { IconNode } from 'lucide';

/**
 * Each icon's shapes, built once and copied wherever it is shown: the two icons of every plan row
 * are 600 icons on a plan of 300, and building each one's shapes afresh cost more than the rest of
 * the row. Lucide's shapes are constants, so a copy is never out of date.
 */
const built = new Map<IconNode, DocumentFragment>();

/** A fresh copy of an icon's shapes, ready to go inside its `<svg>`. */
export function iconShapes(icon: IconNode): Node {
  let fragment = built.get(icon);
  if (!fragment) {
    fragment = document.createDocumentFragment();
    for (const [tag, attributes] of icon) {
      const shape = document.createElementNS('http://www.w3.org/2000/svg', tag);
      for (const [name, value] of Object.entries(attributes)) shape.setAttribute(name, String(value));
      fragment.append(shape);
    }
    built.set(icon, fragment);
  }
  return fragment.cloneNode(true);
}
