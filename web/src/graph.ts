import type cytoscape from 'cytoscape';
import { h } from './dom';
import { t } from './i18n';

const CYTOSCAPE_STYLE_ID = '__________cytoscape_stylesheet';

export interface GraphNode {
  id: string;
  kind: string; // 'pledge', 'area', or a framework code
  title?: string;
  /** Which ring to draw it on, larger is nearer the middle; by default from its kind. */
  ring?: number;
}
export interface GraphEdge {
  source: string;
  target: string;
}

// One colour per framework, dark enough for white labels; the same colours as the page legend.
const COLOURS: Record<string, string> = {
  pledge: '#7a3e00',
  area: '#5b3a8c',
  GCM: '#005a9c',
  GCR: '#00695c',
  NUA: '#8a4b00',
  SDG: '#a3153d',
};

// Rings: the starting node in the middle, action areas around it, framework items outside.
const LAYOUT = {
  name: 'concentric',
  concentric: (n: cytoscape.NodeSingular) => Number(n.data('ring')),
  levelWidth: () => 1,
  equidistant: true,
  minNodeSpacing: 18,
  padding: 12,
} as cytoscape.LayoutOptions;

/** A graph of the given nodes and links, laid out from `root`, with a PNG download beside it. */
export function drawGraph(root: string, nodes: GraphNode[], edges: GraphEdge[], label: string) {
  const box = h('div', { class: 'graph', role: 'img', 'aria-label': label });
  const seen = new Set<string>();
  const elements: cytoscape.ElementDefinition[] = [];
  const nearest = new Map<string, number>();
  for (const n of nodes) nearest.set(n.id, Math.max(nearest.get(n.id) ?? 0, n.ring ?? 0));
  for (const n of nodes) {
    if (seen.has(n.id)) continue;
    if (n.ring !== undefined) n.ring = nearest.get(n.id);
    seen.add(n.id);
    const ring = n.ring ?? (n.id === root ? 3 : n.kind === 'area' || n.kind === 'pledge' ? 2 : 1);
    elements.push({ data: { id: n.id, label: n.id, title: n.title ?? n.id, colour: COLOURS[n.kind] ?? '#444', ring } });
  }
  const edgeIds = new Set<string>();
  for (const e of edges) {
    const id = `${e.source}>${e.target}`;
    if (edgeIds.has(id) || !seen.has(e.source) || !seen.has(e.target)) continue;
    edgeIds.add(id);
    elements.push({ data: { id, source: e.source, target: e.target } });
  }
  // Cytoscape measures its container, so it starts only once the page has put the box in the document.
  let cy!: cytoscape.Core;
  // Loaded on the pages that draw a graph only, so the search page stays light.
  const mount = async () => {
    const { default: cytoscape } = await import('cytoscape');
    // Cytoscape adds an inline <style> (which the CSP refuses) unless an element with this id exists;
    // its one rule (position: relative on the container) is in style.css instead.
    if (!document.getElementById(CYTOSCAPE_STYLE_ID))
      document.head.append(h('meta', { id: CYTOSCAPE_STYLE_ID, name: 'cytoscape-style', content: 'style.css' }));
    cy = cytoscape({
      container: box,
      elements,
      layout: LAYOUT,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            color: '#1a1a1a',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            width: 18,
            height: 18,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#9a9a9a',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'target-arrow-color': '#9a9a9a',
          },
        },
        { selector: '.faded', style: { opacity: 0.25 } },
        {
          selector: 'node.on',
          style: {
            'border-width': 4,
            'border-color': '#ff8c00',
            width: 26,
            height: 26,
            'font-weight': 'bold',
            'z-index': 10,
          },
        },
        {
          selector: 'edge.on',
          style: { width: 5, 'line-color': '#ff8c00', 'target-arrow-color': '#ff8c00', 'z-index': 10 },
        },
      ],
    });
    cy.on('tap', 'node', (ev) => {
      const id = ev.target.id() as string;
      box.dispatchEvent(new CustomEvent('nodeselect', { detail: id }));
    });
  };

  /** Highlights a path (adding any node or link the view did not draw yet) and fades the rest. */
  const highlight = (path: string[]) => {
    cy.elements().removeClass('on faded');
    if (path.length === 0) return;
    let added = false;
    path.forEach((id, n) => {
      if (cy.getElementById(id).empty()) {
        cy.add({ data: { id, label: id, title: id, colour: COLOURS[id.split('-')[0]] ?? '#444', ring: 1 } });
        added = true;
      }
      if (n > 0) {
        const [a, b] = [path[n - 1], id];
        if (cy.getElementById(`${a}>${b}`).empty() && cy.getElementById(`${b}>${a}`).empty()) {
          cy.add({ data: { id: `${a}>${b}`, source: a, target: b } });
          added = true;
        }
      }
    });
    if (added) cy.layout(LAYOUT).run();
    cy.elements().addClass('faded');
    path.forEach((id, n) => {
      cy.getElementById(id).removeClass('faded').addClass('on');
      if (n > 0)
        cy.$id(`${path[n - 1]}>${id}`)
          .union(cy.$id(`${id}>${path[n - 1]}`))
          .removeClass('faded')
          .addClass('on');
    });
  };

  const png = h('button', { type: 'button', class: 'secondary' }, t('png'));
  png.addEventListener('click', () => {
    const a = h('a', { href: cy.png({ full: true, scale: 2, bg: '#ffffff' }), download: `${root}.png` });
    document.body.append(a);
    (a as HTMLAnchorElement).click();
    a.remove();
  });
  const legend = h(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    ...Object.entries(COLOURS).map(([k, c]) =>
      h(
        'li',
        {},
        h('span', { class: 'dot', style: `background:${c}` }),
        k === 'pledge' ? t('pledges') : k === 'area' ? t('actionAreas') : k,
      ),
    ),
  );
  return { element: h('div', { class: 'graph-view' }, legend, box, h('p', {}, png)), mount, highlight, box };
}
