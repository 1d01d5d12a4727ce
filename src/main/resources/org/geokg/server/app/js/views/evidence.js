// Evidence view: one article's text with every entity, event, claim and quantity highlighted
// at its offsets (UTF-16, as stored), the claims with speaker, on whose behalf and their chain
// of attribution. The text is the article's schema:articleBody, the string the offsets count
// into. A store written before the text was stored has only the evidence spans (oa:exact at
// oa:start..oa:end): then the text is rebuilt from the spans, and what lies between them
// shows as […]. Without an article: a page of the most recent articles to pick from.

import { PREFIXES, select, val, iri, lit, labels, localName } from '../sparql.js';
import { h, status, viewHref } from '../ui.js';

export const title = 'Evidence';

const KINDS = ['event', 'claim', 'quantity', 'entity'];
const PLURAL = { event: 'events', claim: 'claims', quantity: 'quantities', entity: 'entities' };

export async function render(root, params, go) {
    const msg = h('p', { class: 'status' });
    root.append(h('h2', {}, title), msg);
    let article = params.article;
    try {
        if (!article && params.focus) {
            article = await articleOf(params.focus);
            if (!article) {
                status(msg, `No evidence of ${params.focus} in the store.`, true);
                return;
            }
        }
        if (!article) {
            await articleList(root, params, go);
            return;
        }
        await showArticle(root, article, params.focus, msg);
    } catch (e) {
        status(msg, e.message, true);
    }
}

/** Runs the query functions one after another; resolves to their results in order. */
async function inTurn(fns) {
    const out = [];
    for (const f of fns) {
        out.push(await f());
    }
    return out;
}

async function articleOf(item) {
    const { rows } = await select(`${PREFIXES}SELECT ?a WHERE {
  { ${iri(item)} gkg:evidence ?ev } UNION { ${iri(item)} gkg:mention ?ev } UNION { BIND(${iri(item)} AS ?ev) }
  ?ev oa:hasSource ?a } LIMIT 1`);
    return rows.length ? val(rows[0], 'a') : null;
}

async function articleList(root, params, go) {
    const page = Math.max(0, Number(params.page || 0));
    const size = 20;
    const search = h('input', { name: 'title', value: params.title || '', placeholder: 'words of the title' });
    root.append(h('p', { class: 'lead' }, 'Pick an article, or follow a link from an event or claim anywhere in the app.'),
        h('form', { class: 'controls', onsubmit: ev => {
            ev.preventDefault();
            go('evidence', { title: search.value.trim() });
        } }, search, h('button', { type: 'submit' }, 'Find')));
    const t = (params.title || '').trim();
    const q = t
        ? `${PREFIXES}SELECT ?a ?title ?lang ?published ?events ?claims WHERE {
  ?a a schema:NewsArticle ; dcterms:title ?title .
  FILTER(CONTAINS(LCASE(?title), LCASE(${lit(t)})))
  OPTIONAL { ?a dcterms:language ?lang } OPTIONAL { ?a dcterms:issued ?published }
  OPTIONAL { ?a gkg:eventCount ?events } OPTIONAL { ?a gkg:claimCount ?claims }
} ORDER BY DESC(?published) ?a LIMIT ${size} OFFSET ${page * size}`
        : `${PREFIXES}SELECT ?a ?title ?lang ?published ?events ?claims WHERE {
  { SELECT ?a ?published WHERE { ?a a schema:NewsArticle OPTIONAL { ?a dcterms:issued ?published } }
    ORDER BY DESC(?published) ?a LIMIT ${size} OFFSET ${page * size} }
  OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:language ?lang }
  OPTIONAL { ?a gkg:eventCount ?events } OPTIONAL { ?a gkg:claimCount ?claims }
} ORDER BY DESC(?published) ?a`;
    const { rows } = await select(q);
    root.append(h('table', { class: 'results', id: 'article-list' },
        h('thead', {}, h('tr', {}, ['article', 'language', 'published', 'events', 'claims'].map(x => h('th', {}, x)))),
        h('tbody', {}, rows.map(r => h('tr', {},
            h('td', {}, h('a', { href: viewHref('evidence', { article: val(r, 'a') }) }, val(r, 'title') || localName(val(r, 'a')))),
            h('td', {}, val(r, 'lang')), h('td', {}, val(r, 'published') || 'undated'),
            h('td', { class: 'num' }, val(r, 'events')), h('td', { class: 'num' }, val(r, 'claims')))))),
    h('p', { class: 'pager' },
        page > 0 ? h('a', { href: viewHref('evidence', { title: t, page: page - 1 }) }, '← newer') : '',
        ' ', rows.length === size ? h('a', { href: viewHref('evidence', { title: t, page: page + 1 }) }, 'older →') : ''));
}

async function showArticle(root, article, focus, msg) {
    const A = iri(article);
    // one after another: the server runs few queries at once, and these are small
    const [meta, bodyRes, spanRes, evs, claims, quants, ents] = await inTurn([
        () => select(`${PREFIXES}SELECT ?title ?lang ?published ?publisher ?via ?primary ?id ?file WHERE {
  OPTIONAL { ${A} dcterms:title ?title } OPTIONAL { ${A} dcterms:language ?lang }
  OPTIONAL { ${A} dcterms:issued ?published } OPTIONAL { ${A} dcterms:publisher ?publisher }
  OPTIONAL { ${A} gkg:reportedVia ?via } OPTIONAL { ${A} gkg:primarySource ?primary }
  OPTIONAL { ${A} dcterms:identifier ?id } OPTIONAL { ${A} gkg:sourceFile ?file }
} LIMIT 20`),
        // the text on its own: the metadata rows above may repeat (several outlets)
        () => select(`${PREFIXES}SELECT ?body WHERE { ${A} schema:articleBody ?body } LIMIT 1`),
        () => select(`${PREFIXES}SELECT ?item ?start ?end ?exact WHERE {
  ?ev oa:hasSource ${A} ; oa:hasSelector ?pos , ?quote .
  ?pos oa:start ?start ; oa:end ?end .
  ?quote oa:exact ?exact .
  { ?item gkg:evidence ?ev } UNION { ?item gkg:mention ?ev }
} LIMIT 5000`),
        () => select(`${PREFIXES}SELECT ?e ?code (SAMPLE(?n) AS ?name) ?quad ?goldstein ?date ?modality
  (GROUP_CONCAT(DISTINCT STR(?s); separator=" ") AS ?sources) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?targets)
WHERE {
  ?ev oa:hasSource ${A} . ?e gkg:evidence ?ev ; a gkg:Event ; gkg:cameoCode ?code ; gkg:quadClass ?quad .
  OPTIONAL { ?e gkg:cameo/skos:prefLabel ?n FILTER(LANG(?n) = "en" || LANG(?n) = "") }
  OPTIONAL { ?e gkg:goldstein ?goldstein } OPTIONAL { ?e dcterms:date ?date }
  OPTIONAL { ?e gkg:modality/skos:notation ?modality }
  OPTIONAL { ?e gkg:source ?s } OPTIONAL { ?e gkg:target ?t }
} GROUP BY ?e ?code ?quad ?goldstein ?date ?modality LIMIT 2000`),
        () => select(`${PREFIXES}SELECT ?c ?text ?quoted ?date ?speaker ?onBehalfOf
  (GROUP_CONCAT(DISTINCT STR(?v); separator=" ") AS ?via) (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?primary)
  (GROUP_CONCAT(DISTINCT STR(?ab); separator=" ") AS ?about)
WHERE {
  ?ev oa:hasSource ${A} . ?c gkg:evidence ?ev ; a gkg:Claim .
  OPTIONAL { ?c gkg:text ?text } OPTIONAL { ?c gkg:quoted ?quoted } OPTIONAL { ?c dcterms:date ?date }
  OPTIONAL { ?c gkg:speaker ?speaker } OPTIONAL { ?c gkg:onBehalfOf ?onBehalfOf }
  OPTIONAL { ?c gkg:reportedVia ?v } OPTIONAL { ?c gkg:primarySource ?p } OPTIONAL { ?c gkg:about ?ab }
} GROUP BY ?c ?text ?quoted ?date ?speaker ?onBehalfOf LIMIT 2000`),
        () => select(`${PREFIXES}SELECT ?q ?value ?unit ?text ?location WHERE {
  ?ev oa:hasSource ${A} . ?q gkg:evidence ?ev ; a gkg:Quantity .
  OPTIONAL { ?q rdf:value ?value } OPTIONAL { ?q gkg:unit ?unit } OPTIONAL { ?q gkg:text ?text }
  OPTIONAL { ?q gkg:location ?location }
} LIMIT 2000`),
        () => select(`${PREFIXES}SELECT ?x (SAMPLE(?ty) AS ?type) (SAMPLE(?cc) AS ?country) (COUNT(DISTINCT ?ev) AS ?mentions) WHERE {
  ?ev oa:hasSource ${A} . ?x gkg:mention ?ev ; a ?ty .
  FILTER(?ty != gkg:Actor)
  OPTIONAL { ?x gkg:country ?cc }
} GROUP BY ?x LIMIT 2000`),
    ]);
    const m = meta.rows[0] || {};
    const lang = val(m, 'lang');
    const kindOf = new Map();
    for (const r of evs.rows) {
        kindOf.set(val(r, 'e'), 'event');
    }
    for (const r of claims.rows) {
        kindOf.set(val(r, 'c'), 'claim');
    }
    for (const r of quants.rows) {
        kindOf.set(val(r, 'q'), 'quantity');
    }
    for (const r of ents.rows) {
        kindOf.set(val(r, 'x'), 'entity');
    }
    const iris = [article, val(m, 'publisher'), val(m, 'via'), val(m, 'primary')];
    for (const r of claims.rows) {
        iris.push(val(r, 'speaker'), val(r, 'onBehalfOf'), ...val(r, 'via').split(' '), ...val(r, 'primary').split(' '),
            ...val(r, 'about').split(' '));
    }
    for (const r of evs.rows) {
        iris.push(...val(r, 'sources').split(' '), ...val(r, 'targets').split(' '));
    }
    for (const r of ents.rows) {
        iris.push(val(r, 'x'), val(r, 'country'));
    }
    const names = await labels(iris.filter(Boolean), lang);
    const name = x => (x ? names.get(x) || localName(x) : '');
    const names2 = s => s.split(' ').filter(Boolean).map(name).join(', ');

    // spans: item, kind, start, end, exact
    const body = bodyRes.rows.length ? val(bodyRes.rows[0], 'body') : null;
    const spans = spans0(spansRows(spanRes.rows, body), kindOf);
    const focusSpans = spans.filter(s => s.item === focus);
    root.append(h('div', { class: 'article-head' },
        h('h3', { lang: lang || null, id: 'article-title' }, val(m, 'title') || localName(article)),
        h('p', { class: 'meta' },
            [lang && `language: ${lang}`, val(m, 'published') && `published: ${val(m, 'published')}`,
                val(m, 'publisher') && `publisher: ${name(val(m, 'publisher'))}`,
                val(m, 'via') && `reported via: ${name(val(m, 'via'))}`,
                val(m, 'primary') && `primary source: ${name(val(m, 'primary'))}`,
                val(m, 'file') && `file: ${val(m, 'file')}`].filter(Boolean).join(' · ')),
        h('p', { class: 'legend' }, KINDS.map(k => h('span', { class: 'k-' + k }, PLURAL[k])), ' ',
            h('span', { class: 'focus-sample' }, 'selected'))));
    const textEl = h('div', { class: 'article-text', lang: lang || null, id: 'article-text' });
    const side = h('div', { class: 'side', id: 'evidence-side' });
    root.append(h('div', { class: 'evidence-layout' }, textEl, side));
    root.append(h('p', { class: 'note', id: 'article-text-note' }, body !== null
        ? 'The article\'s text as stored with it (schema:articleBody); every span is highlighted at its offsets.'
        : 'This store keeps the text of every span it extracted (with its offsets), not the whole article: '
            + 'text between spans is shown as […]. Ingest the article again to store its text.'));

    const select1 = item => {
        for (const el of textEl.querySelectorAll('.focus')) {
            el.classList.remove('focus');
        }
        for (const el of side.querySelectorAll('.selected')) {
            el.classList.remove('selected');
        }
        let first = null;
        for (const el of textEl.querySelectorAll('[data-items]')) {
            if (el.dataset.items.split(' ').includes(item)) {
                el.classList.add('focus');
                first = first || el;
            }
        }
        const li = side.querySelector(`[data-item="${CSS.escape(item)}"]`);
        if (li) {
            li.classList.add('selected');
            side.scrollTop = Math.max(0, li.offsetTop - side.clientHeight / 3);
        }
        if (first) {
            // scroll the text box only, not the page: the article's head stays in sight
            textEl.scrollTop = Math.max(0, first.offsetTop - textEl.clientHeight / 3);
        }
        history.replaceState(null, '', viewHref('evidence', { article, focus: item }));
    };
    if (body !== null) {
        renderBody(textEl, body, spans, item => select1(item));
    } else {
        renderText(textEl, spans, item => select1(item));
    }

    const itemLi = (item, ...content) => h('li', { 'data-item': item, onclick: () => select1(item) }, ...content);
    side.append(
        h('h4', {}, `Events (${evs.rows.length})`),
        h('ul', { class: 'items', id: 'evidence-events' }, evs.rows.map(r => itemLi(val(r, 'e'),
            h('b', {}, `${val(r, 'code')} ${val(r, 'name')}`), ' ',
            h('span', { class: 'quad q' + val(r, 'quad') }, 'Q' + val(r, 'quad')), h('br'),
            `${names2(val(r, 'sources'))} → ${names2(val(r, 'targets'))}`,
            h('br'), h('small', {}, [val(r, 'date') || 'undated', val(r, 'modality'),
                val(r, 'goldstein') && 'Goldstein ' + val(r, 'goldstein')].filter(Boolean).join(' · '))))),
        h('h4', {}, `Claims (${claims.rows.length})`),
        h('ul', { class: 'items', id: 'evidence-claims' }, claims.rows.map(r => itemLi(val(r, 'c'),
            h('b', {}, name(val(r, 'speaker')) || 'unknown speaker'),
            val(r, 'onBehalfOf') ? ` on behalf of ${name(val(r, 'onBehalfOf'))}` : '',
            val(r, 'quoted') === 'true' ? ' (quoted)' : '', ': ',
            h('q', { lang: lang || null }, val(r, 'text')), h('br'),
            h('small', { class: 'chain' }, chain(r, name, names2, m)))))
        ,
        h('h4', {}, `Quantities (${quants.rows.length})`),
        h('ul', { class: 'items', id: 'evidence-quantities' }, quants.rows.map(r => itemLi(val(r, 'q'),
            h('b', {}, `${val(r, 'value')} ${val(r, 'unit')}`), val(r, 'location') ? ` in ${val(r, 'location')}` : '',
            ': ', h('q', { lang: lang || null }, val(r, 'text'))))),
        h('h4', {}, `Entities (${ents.rows.length})`),
        h('ul', { class: 'items', id: 'evidence-entities' }, ents.rows.map(r => itemLi(val(r, 'x'),
            h('b', {}, name(val(r, 'x'))), ` ${localName(val(r, 'type'))}`,
            val(r, 'country') ? ` (${name(val(r, 'country'))})` : '', ` · ${val(r, 'mentions')}×`))));
    status(msg, '');
    if (focus) {
        if (focusSpans.length) {
            select1(focus);
        } else {
            status(msg, `${focus} has no span in this article.`, true);
        }
    }
}

/** "interview with TASS, via Fars": the primary source and the outlets that passed it on. */
function chain(r, name, names2, m) {
    const primary = val(r, 'primary') ? names2(val(r, 'primary')) : name(val(m, 'primary'));
    const via = val(r, 'via') ? names2(val(r, 'via')) : name(val(m, 'via'));
    const parts = [];
    if (primary) {
        parts.push(`source: ${primary}`);
    }
    if (via) {
        parts.push(`via ${via}`);
    }
    if (val(r, 'about')) {
        parts.push(`about ${names2(val(r, 'about'))}`);
    }
    if (val(r, 'date')) {
        parts.push(val(r, 'date'));
    }
    return parts.join(' · ') || 'no attribution chain recorded';
}

/**
 * The spans whose offsets fit their text: with the article's text, those where the text at
 * the offsets is the span's exact text; without it, those whose exact text is as long as the
 * offsets say.
 */
function spansRows(rows, body) {
    return rows.map(r => ({ item: val(r, 'item'), start: Number(val(r, 'start')), end: Number(val(r, 'end')),
        exact: val(r, 'exact') })).filter(s => s.end > s.start && s.exact.length === s.end - s.start
        && (body === null || body.slice(s.start, s.end) === s.exact));
}

function spans0(spans, kindOf) {
    return spans.map(s => ({ ...s, kind: kindOf.get(s.item) || 'entity' }));
}

/**
 * Writes the article's whole text, split where a span starts or ends: text no span covers as
 * it is, each covered piece marked with the kinds and items of the spans covering it.
 */
function renderBody(el, body, spans, onPick) {
    const cuts = new Set([0, body.length]);
    for (const s of spans) {
        cuts.add(s.start);
        cuts.add(s.end);
    }
    const bounds = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < bounds.length; i++) {
        const a = bounds[i];
        const b = bounds[i + 1];
        const covering = spans.filter(s => s.start <= a && s.end >= b);
        const text = body.slice(a, b);
        if (!covering.length) {
            el.append(document.createTextNode(text));
            continue;
        }
        el.append(piece(a, b, text, covering, onPick));
    }
}

/** One stretch of text covered by spans: marked with their kinds and items, a click picks the innermost. */
function piece(a, b, text, covering, onPick) {
    const kinds = [...new Set(covering.map(s => s.kind))];
    const items = [...new Set(covering.map(s => s.item))];
    const inner = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    return h('span', {
        class: kinds.map(k => 'k-' + k).join(' '), 'data-items': items.join(' '), 'data-start': a,
        'data-end': b, title: kinds.join(', '), onclick: () => onPick(inner.item),
    }, text);
}

/**
 * Writes the text rebuilt from the spans (a store without the article's text): the covered
 * stretches in offset order, […] for gaps; every stretch split where a span starts or ends,
 * each piece marked with the kinds and items of the spans covering it.
 */
function renderText(el, spans, onPick) {
    if (!spans.length) {
        el.append(h('p', { class: 'empty' }, 'No spans of this article are stored.'));
        return;
    }
    const chars = new Map();
    let min = Infinity;
    let max = 0;
    for (const s of spans) {
        for (let i = 0; i < s.exact.length; i++) {
            if (!chars.has(s.start + i)) {
                chars.set(s.start + i, s.exact[i]);
            }
        }
        min = Math.min(min, s.start);
        max = Math.max(max, s.end);
    }
    const cuts = new Set();
    for (const s of spans) {
        cuts.add(s.start);
        cuts.add(s.end);
    }
    const bounds = [...cuts].sort((x, y) => x - y);
    if (min > 0) {
        el.append(h('span', { class: 'gap' }, '[…] '));
    }
    for (let i = 0; i + 1 < bounds.length; i++) {
        const a = bounds[i];
        const b = bounds[i + 1];
        const covering = spans.filter(s => s.start <= a && s.end >= b);
        if (!covering.length) {
            el.append(h('span', { class: 'gap' }, ' […] '));
            continue;
        }
        let text = '';
        for (let k = a; k < b; k++) {
            text += chars.get(k);
        }
        el.append(piece(a, b, text, covering, onPick));
    }
    el.append(h('span', { class: 'gap' }, ' […]'));
}
