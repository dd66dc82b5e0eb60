import { DOMParser as LinkedomParser } from 'linkedom';
import { parse, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';

/**
 * A fast, light DOM for reading captured pages: parse5 (the spec's HTML parsing algorithm, the one
 * jsdom and browsers use, so misnested or malicious markup lands in the same tree a browser would
 * build and hidden content cannot "escape" its hidden parent) builds the tree directly into linkedom
 * nodes (a small DOM with fast selectors, no CSS or layout machinery). One page costs a few
 * milliseconds instead of jsdom's tens. The sanitiser, microdata, site fallbacks and Readability
 * all read the same document. Descriptions are written out allow-listed by description-html.ts;
 * jsdom is left to DOMPurify (purifyDescriptionHtml) alone.
 */

type N = Node & ParentNode;
type LinkedomMap = TreeAdapterTypeMap<
  N,
  N,
  N,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  Element,
  DocumentType
>;

const NS_SVG = 'http://www.w3.org/2000/svg';
const NS_MATHML = 'http://www.w3.org/1998/Math/MathML';
const MAX_ATTRIBUTES = 500;

/** A parse5 tree adapter that creates linkedom nodes in `doc`. */
function linkedomAdapter(doc: Document): TreeAdapter<LinkedomMap> {
  const templates = new WeakMap<Element, DocumentFragment>();
  const modes = new WeakMap<Document, string>();
  return {
    createDocument: () => doc,
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement(tagName: string, namespaceURI: string, attrs: Token.Attribute[]): Element {
      const el =
        namespaceURI === NS_SVG || namespaceURI === NS_MATHML
          ? doc.createElementNS(namespaceURI, tagName)
          : doc.createElement(tagName);
      if (attrs.length > MAX_ATTRIBUTES) {
        // No real element has thousands of attributes (and setting them is quadratic here): it is dropped, with its content.
        el.setAttribute('data-jobsmith-hidden', 'too many attributes');
        return el;
      }
      for (const a of attrs) {
        try {
          el.setAttribute(a.name, a.value);
        } catch {
          /* a name the DOM refuses (e.g. starting with a digit): browsers keep it, nothing here reads it */
        }
      }
      return el;
    },
    createCommentNode: (data: string) => doc.createComment(data),
    createTextNode: (value: string) => doc.createTextNode(value),
    appendChild: (parent: N, node: N) => void parent.appendChild(node),
    insertBefore: (parent: N, node: N, ref: N) => void parent.insertBefore(node, ref),
    // Template contents are inert (never shown): kept aside, out of the tree, as in a browser.
    setTemplateContent: (template: Element, content: DocumentFragment) => void templates.set(template, content),
    getTemplateContent(template: Element): DocumentFragment {
      let content = templates.get(template);
      if (!content) templates.set(template, (content = doc.createDocumentFragment()));
      return content;
    },
    setDocumentType: () => undefined, // linkedom documents carry no doctype node; nothing reads it
    setDocumentMode: (d: Document, mode: string) => void modes.set(d, mode),
    getDocumentMode: (d: Document) => (modes.get(d) ?? 'no-quirks') as never,
    detachNode: (node: N) => void node.parentNode?.removeChild(node),
    insertText(parent: N, text: string): void {
      const last = parent.lastChild;
      if (last?.nodeType === 3) (last as Text).data += text;
      else parent.appendChild(doc.createTextNode(text));
    },
    insertTextBefore(parent: N, text: string, ref: N): void {
      const prev = ref.previousSibling;
      if (prev?.nodeType === 3) (prev as Text).data += text;
      else parent.insertBefore(doc.createTextNode(text), ref);
    },
    adoptAttributes(el: Element, attrs: Token.Attribute[]): void {
      for (const a of attrs.slice(0, MAX_ATTRIBUTES)) if (!el.hasAttribute(a.name)) el.setAttribute(a.name, a.value);
    },
    getFirstChild: (node: N) => node.firstChild as N | null,
    getChildNodes: (node: N) => Array.from(node.childNodes) as unknown as N[],
    getParentNode: (node: N) => node.parentNode as N | null,
    getAttrList: (el: Element) => Array.from(el.attributes, (a) => ({ name: a.name, value: a.value })),
    getTagName: (el: Element) => el.localName,
    getNamespaceURI: (el: Element) => (el.namespaceURI ?? 'http://www.w3.org/1999/xhtml') as never,
    getTextNodeContent: (node: Text) => node.data,
    getCommentNodeContent: (node: Comment) => node.data,
    getDocumentTypeNodeName: () => 'html',
    getDocumentTypeNodePublicId: () => '',
    getDocumentTypeNodeSystemId: () => '',
    isTextNode: (node: N): node is Text & N => node.nodeType === 3,
    isCommentNode: (node: N): node is Comment & N => node.nodeType === 8,
    isDocumentTypeNode: (node: N): node is DocumentType & N => node.nodeType === 10,
    isElementNode: (node: N): node is Element & N => node.nodeType === 1,
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
  } as unknown as TreeAdapter<LinkedomMap>;
}

function emptyDocument(): Document {
  const doc = new LinkedomParser().parseFromString('', 'text/html') as unknown as Document;
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  return doc;
}

/**
 * Parses a whole page (scripting disabled, like DOMParser: <noscript> content is markup). With
 * `baseUrl`, relative links resolve against it (Readability reads `baseURI`).
 */
export function parsePage(html: string, baseUrl: string | null = null): Document {
  const doc = emptyDocument();
  parse<LinkedomMap>(html, { treeAdapter: linkedomAdapter(doc), scriptingEnabled: false });
  if (baseUrl) {
    Object.defineProperty(doc, 'baseURI', { value: baseUrl });
    Object.defineProperty(doc, 'documentURI', { value: baseUrl });
  }
  return doc;
}
