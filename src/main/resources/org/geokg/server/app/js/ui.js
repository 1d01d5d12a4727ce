// Small DOM helpers shared by the views: elements, links between views, a sortable table
// with labels instead of IRIs, a state picker that finds states by name in any language.

import { PREFIXES, select, val, lit, labels, localName, countryIri } from './sparql.js';

/** Creates an element: h('a', {href: '#'}, 'text', child...). */
export function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
        if (v === undefined || v === null || v === false) {
            continue;
        }
        if (k.startsWith('on')) {
            el.addEventListener(k.slice(2), v);
        } else if (k === 'class') {
            el.className = v;
        } else {
            el.setAttribute(k, v === true ? '' : v);
        }
    }
    for (const c of children.flat()) {
        if (c !== undefined && c !== null && c !== false) {
            el.append(c instanceof Node ? c : document.createTextNode(String(c)));
        }
    }
    return el;
}

/** A hash link to a view with parameters: viewHref('evidence', {article: iri}). */
export function viewHref(view, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
        if (v !== undefined && v !== null && v !== '') {
            q.set(k, v);
        }
    }
    const s = q.toString();
    return `#/${view}${s ? '?' + s : ''}`;
}

/** Where an IRI leads in the app: events, claims, quantities, articles to the evidence view. */
export function hrefFor(x) {
    if (/\/id\/(event|claim|quantity|evidence)\//.test(x)) {
        return viewHref('evidence', { focus: x });
    }
    if (/\/id\/article\//.test(x)) {
        return viewHref('evidence', { article: x });
    }
    if (x.startsWith('https://w3id.org/geokg/id/country/')) {
        return viewHref('timeline', { a: localName(x) });
    }
    return null;
}

/** Shows a message (or an error) in a status line. */
export function status(el, text, isError) {
    el.textContent = text || '';
    el.classList.toggle('error', !!isError);
}

/**
 * Renders SELECT results as a table whose headers sort the rows (numbers as numbers); IRIs
 * show their label (English by default) and link into the app where there is a view for them.
 */
export async function resultTable(vars, rows, options) {
    const opts = options || {};
    const iris = [];
    for (const r of rows) {
        for (const v of vars) {
            if (r[v] && r[v].type === 'uri') {
                iris.push(r[v].value);
            }
        }
    }
    const names = iris.length ? await labels(iris) : new Map();
    const table = h('table', { class: 'results' + (opts.className ? ' ' + opts.className : '') });
    const thead = h('thead');
    const tbody = h('tbody');
    let sortBy = null;
    let asc = true;
    const draw = () => {
        tbody.replaceChildren(...sorted().map(r => h('tr', {}, vars.map(v => cell(r[v], names)))));
    };
    const sorted = () => {
        if (sortBy === null) {
            return rows;
        }
        const num = rows.every(r => !r[sortBy] || r[sortBy].value === '' || !isNaN(Number(r[sortBy].value)));
        const k = r => {
            const b = r[sortBy];
            if (!b) {
                return num ? -Infinity : '';
            }
            const s = b.type === 'uri' ? (names.get(b.value) || localName(b.value)) : b.value;
            return num ? Number(s) : s.toLowerCase();
        };
        return [...rows].sort((x, y) => {
            const a = k(x);
            const b = k(y);
            return (a < b ? -1 : a > b ? 1 : 0) * (asc ? 1 : -1);
        });
    };
    thead.append(h('tr', {}, vars.map(v => h('th', {
        'data-var': v,
        title: 'sort by ' + v,
        onclick: ev => {
            asc = sortBy === v ? !asc : true;
            sortBy = v;
            for (const th of thead.querySelectorAll('th')) {
                th.classList.remove('asc', 'desc');
            }
            ev.currentTarget.classList.add(asc ? 'asc' : 'desc');
            draw();
        },
    }, v))));
    table.append(thead, tbody);
    draw();
    return table;
}

function cell(b, names) {
    if (!b) {
        return h('td', { class: 'unbound' });
    }
    if (b.type === 'uri') {
        const text = names.get(b.value) || localName(b.value);
        const href = hrefFor(b.value);
        return h('td', { 'data-iri': b.value }, href ? h('a', { href, title: b.value }, text)
            : h('span', { title: b.value }, text));
    }
    const lang = b['xml:lang'];
    return h('td', { lang: lang || null, class: isNumber(b) ? 'num' : null }, b.value);
}

function isNumber(b) {
    return b.datatype && /#(integer|decimal|double|float|int|long|nonNegativeInteger)$/.test(b.datatype);
}

/**
 * A state picker: type a name in any language of the data (or an ISO code) and choose;
 * the value is the ISO alpha-3 code. Resolves the candidates with one small, limited query.
 */
export function statePicker(name, initial, placeholder) {
    const listId = 'states-' + name + '-' + Math.random().toString(36).slice(2, 8);
    const input = h('input', {
        name, list: listId, value: initial || '', autocomplete: 'off', class: 'state',
        placeholder: placeholder || 'state: name in any language or ISO code',
    });
    const list = h('datalist', { id: listId });
    let timer = null;
    input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
            const typed = input.value.trim();
            if (typed.length < 2 || /^[A-Z]{3}$/.test(typed)) {
                return;
            }
            try {
                const opts = await findStates(typed);
                list.replaceChildren(...opts.map(o => h('option', { value: o.code }, `${o.name} (${o.code})`)));
            } catch (e) {
                list.replaceChildren();
            }
        }, 200);
    });
    const wrap = h('span', { class: 'picker' }, input, list);
    wrap.input = input;
    return wrap;
}

/** The value of a picker as an ISO code: "North Korea (PRK)" or "prk" give "PRK". */
export function pickedState(input) {
    const v = input.value.trim();
    const m = /\(([A-Za-z]{3})\)\s*$/.exec(v);
    if (m) {
        return m[1].toUpperCase();
    }
    return /^[A-Za-z]{3}$/.test(v) ? v.toUpperCase() : v;
}

/** States whose label in any language contains the text, or whose code is it (at most 20). */
export async function findStates(text) {
    const q = `${PREFIXES}SELECT ?code (SAMPLE(?en) AS ?enName) (SAMPLE(?hit) AS ?hitName) WHERE {
  { ?c gkg:iso3 ?code . FILTER(LCASE(?code) = LCASE(${lit(text)})) OPTIONAL { ?c skos:prefLabel ?hit } }
  UNION
  { ?c a gkg:Country ; skos:prefLabel ?hit ; gkg:iso3 ?code .
    FILTER(CONTAINS(LCASE(STR(?hit)), LCASE(${lit(text)}))) }
  OPTIONAL { ?c skos:prefLabel ?en FILTER(LANG(?en) = "en") }
} GROUP BY ?code ORDER BY ?code LIMIT 20`;
    const { rows } = await select(q);
    return rows.map(r => {
        const en = val(r, 'enName');
        const hit = val(r, 'hitName');
        return { code: val(r, 'code'), name: en && hit && en !== hit ? `${en} / ${hit}` : (en || hit) };
    });
}

/** Labels of states by ISO code, through their country IRIs. */
export async function stateNames(codes) {
    const m = await labels(codes.map(countryIri));
    const out = new Map();
    for (const c of codes) {
        out.set(c, m.get(countryIri(c)) || c);
    }
    return out;
}

/** The CAMEO quad classes, in order, with the colours the charts use. */
export const QUADS = [
    { n: 1, name: 'Verbal cooperation', color: '#4e9a06' },
    { n: 2, name: 'Material cooperation', color: '#1f6fb2' },
    { n: 3, name: 'Verbal conflict', color: '#e69f00' },
    { n: 4, name: 'Material conflict', color: '#c0392b' },
];

/** A date input for YYYY, YYYY-MM or YYYY-MM-DD (the queries' period convention). */
export function periodInput(name, value, placeholder) {
    return h('input', {
        name, value: value || '', class: 'date', placeholder: placeholder || 'YYYY-MM-DD',
        pattern: '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?', title: 'YYYY, YYYY-MM or YYYY-MM-DD',
    });
}

/** SPARQL filters keeping ?date within [from, to] at the precision of both (as the saved queries). */
export function periodFilter(dateVar, from, to) {
    let f = '';
    if (from) {
        f += `FILTER(BOUND(${dateVar}) && (${lit(from)} <= STR(${dateVar}) || STRSTARTS(${lit(from)}, STR(${dateVar}))))\n`;
    }
    if (to) {
        f += `FILTER(BOUND(${dateVar}) && (STR(${dateVar}) <= ${lit(to)} || STRSTARTS(STR(${dateVar}), ${lit(to)})))\n`;
    }
    return f;
}

/** Checks a period value; throws with a readable message. */
export function checkPeriod(name, v) {
    if (v && !/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/.test(v)) {
        throw new Error(`${name} must be YYYY, YYYY-MM or YYYY-MM-DD, got '${v}'`);
    }
    return v;
}

/** Checks a state code; throws with a readable message. */
export function checkState(name, v) {
    if (v && !/^[A-Z]{3}$/.test(v)) {
        throw new Error(`${name}: pick a state from the list or type its ISO alpha-3 code (e.g. PRK), got '${v}'`);
    }
    return v;
}

/** A table of events (date, dyad, code and name, quad, Goldstein, evidence) linking to the evidence view. */
export async function eventTable(rows) {
    const states = new Set();
    for (const r of rows) {
        states.add(val(r, 'source'));
        states.add(val(r, 'target'));
    }
    const names = await stateNames([...states].filter(Boolean));
    const q = n => QUADS.find(x => x.n === Number(n));
    return h('table', { class: 'results events' },
        h('thead', {}, h('tr', {}, ['date', 'source', 'target', 'CAMEO', 'quad class', 'Goldstein', 'evidence']
            .map(t => h('th', {}, t)))),
        h('tbody', {}, rows.map(r => h('tr', { 'data-event': val(r, 'e') },
            h('td', {}, val(r, 'date') || 'undated'),
            h('td', { title: val(r, 'source') }, names.get(val(r, 'source')) || val(r, 'source')),
            h('td', { title: val(r, 'target') }, names.get(val(r, 'target')) || val(r, 'target')),
            h('td', {}, `${val(r, 'cameo')} ${val(r, 'name')}`),
            h('td', {}, q(val(r, 'quad')) ? h('span', { class: 'quad q' + val(r, 'quad') }, q(val(r, 'quad')).name) : ''),
            h('td', { class: 'num' }, val(r, 'goldstein')),
            h('td', {}, h('a', { href: viewHref('evidence', { focus: val(r, 'e') }), class: 'evidence-link' },
                val(r, 'evidence')))))));
}
