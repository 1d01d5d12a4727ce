// Saved questions: every queries/*.rq with its header (purpose, parameters, columns), a form
// for its parameters (states by name in any language), the results as a sortable table with
// labels, CSV and JSON downloads, and the SPARQL shown, editable and openable in the Fuseki
// editor. Parameters are bound and pages cut as the command line does (sparql.js).

import { select, selectText, bindParams, paged, hasLimit, download } from '../sparql.js';
import { h, status, statePicker, pickedState, periodInput, resultTable, viewHref } from '../ui.js';
import { savedNames, savedText, parseHeader, paramKind } from '../saved.js';

export const title = 'Saved questions';

/** The saved query that writes the events table (geokg export --format events-csv). */
const EVENTS_TABLE = 'events-table';
const EVENTS_TABLE_PAGE = 5000;

export async function render(root, params, go) {
    const msg = h('p', { class: 'status' });
    const nav = h('ul', { class: 'question-list', id: 'question-list' });
    const main = h('div', { class: 'question' });
    const tools = h('div', { class: 'tools', id: 'question-tools' });
    root.append(h('h2', {}, title), tools, msg, h('div', { class: 'questions-layout' }, nav, main));
    let names;
    try {
        names = await savedNames();
    } catch (e) {
        status(msg, e.message, true);
        return;
    }
    const texts = new Map(await Promise.all(names.map(async n => [n, await savedText(n)])));
    for (const n of names) {
        const t = texts.get(n);
        if (t === null) {
            continue;
        }
        const head = parseHeader(t);
        nav.append(h('li', { class: n === params.q ? 'selected' : null },
            h('a', { href: viewHref('questions', { q: n }), 'data-q': n }, n),
            h('small', {}, head.purpose.split(/(?<=\.)\s/)[0])));
    }
    await eventsTableButton(tools);
    const name = params.q || names[0];
    const text = texts.has(name) ? texts.get(name) : await savedText(name);
    if (!text) {
        status(msg, `No saved question named '${name}'.`, true);
        return;
    }
    showQuestion(main, name, text, params, go);
}

async function eventsTableButton(tools) {
    let text = null;
    try {
        text = await savedText(EVENTS_TABLE);
    } catch (e) {
        text = null;
    }
    if (text === null) {
        return;
    }
    const info = h('span', { class: 'status' });
    const button = h('button', {
        type: 'button', id: 'download-events-table',
        title: 'every event, one row each (the columns of geokg export --format events-csv), read in pages',
        onclick: async () => {
            button.disabled = true;
            try {
                let csv = '';
                for (let page = 0; page < 400; page++) {
                    status(info, `reading rows ${page * EVENTS_TABLE_PAGE + 1}…`);
                    const part = await selectText(paged(text, EVENTS_TABLE_PAGE, page * EVENTS_TABLE_PAGE), 'text/csv');
                    const lines = part.split(/\r?\n/).filter(l => l !== '');
                    csv += (page === 0 ? lines : lines.slice(1)).map(l => l + '\r\n').join('');
                    if (lines.length - 1 < EVENTS_TABLE_PAGE) {
                        break;
                    }
                }
                download('geokg-events.csv', csv, 'text/csv');
                status(info, '');
            } catch (e) {
                status(info, e.message, true);
            } finally {
                button.disabled = false;
            }
        },
    }, 'Download the events table (CSV)');
    tools.append(button, info);
}

function showQuestion(main, name, text, params, go) {
    const head = parseHeader(text);
    const paging = hasLimit(text);
    const inputs = new Map();
    const fields = [];
    for (const p of head.params) {
        for (const n of p.names) {
            const kind = paramKind(n, p.text);
            if (kind === 'paging' && !paging) {
                continue;
            }
            let input;
            if (kind === 'state') {
                const picker = statePicker(n, params[n] || '');
                input = picker.input;
                fields.push(field(n, p, picker));
            } else if (kind === 'date') {
                input = periodInput(n, params[n] || '');
                fields.push(field(n, p, input));
            } else {
                input = h('input', { name: n, value: params[n] || '', class: kind === 'paging' ? 'num' : null });
                fields.push(field(n, p, input));
            }
            inputs.set(n, { input, kind });
        }
    }
    const values = () => {
        const v = {};
        for (const [n, { input, kind }] of inputs) {
            const s = kind === 'state' ? pickedState(input) : input.value.trim();
            if (s) {
                v[n] = s;
            }
        }
        return v;
    };
    const msg = h('p', { class: 'status', id: 'question-status' });
    const out = h('div', { class: 'question-results', id: 'question-results' });
    const editor = h('textarea', { class: 'sparql', id: 'question-sparql', spellcheck: 'false', rows: 18 });
    const fuseki = h('a', { class: 'button', target: '_blank', rel: 'noopener', id: 'open-in-fuseki' },
        'Open in the Fuseki editor');
    const syncFuseki = () => {
        fuseki.href = '/fuseki/#/dataset/geokg/query?query=' + encodeURIComponent(editor.value);
    };
    editor.addEventListener('input', syncFuseki);
    main.append(
        h('h3', { id: 'question-name' }, name),
        h('p', { class: 'purpose' }, head.purpose),
        head.params.length ? h('dl', { class: 'params' }, head.params.flatMap(p =>
            [h('dt', {}, p.names.map(n => '?' + n).join(', ')), h('dd', {}, p.text)])) : h('p', {}, 'No parameters.'),
        head.columns.length ? h('p', { class: 'columns' }, 'Columns: ', head.columns.join(', ')) : '',
        h('form', { class: 'controls params-form', id: 'question-form', onsubmit: ev => {
            ev.preventDefault();
            go('questions', { q: name, ...values(), run: '1' });
        } }, fields, h('button', { type: 'submit', id: 'question-run' }, 'Run')),
        msg, out,
        h('details', { class: 'sparql-box', open: params.edit ? true : null },
            h('summary', {}, 'SPARQL (editable)'), editor,
            h('p', {}, h('button', { type: 'button', id: 'run-edited', onclick: () => run(editor.value, null) },
                'Run this text'), ' ', fuseki)));

    let bound;
    try {
        const v = values();
        const { limit, offset, ...rest } = v;
        bound = paged(bindParams(text, rest), limit, offset);
    } catch (e) {
        status(msg, e.message, true);
        bound = text;
    }
    editor.value = bound;
    syncFuseki();

    async function run(query, page) {
        status(msg, 'Running…');
        out.replaceChildren();
        try {
            const missing = head.params.filter(p => p.required && p.names.some(n => !values()[n]));
            if (page && missing.length) {
                status(msg, `Give ${missing.map(p => p.names.map(n => '?' + n).join(', ')).join(' and ')} `
                    + '(required): without it the question has no rows.', true);
                return;
            }
            const t0 = performance.now();
            const { vars, rows } = await select(query);
            status(msg, `${rows.length} rows in ${Math.round(performance.now() - t0)} ms`);
            out.dataset.rows = String(rows.length);
            const downloads = h('p', { class: 'downloads' },
                h('button', { type: 'button', id: 'download-csv', onclick: () => save(query, 'csv') }, 'Download CSV'), ' ',
                h('button', { type: 'button', id: 'download-json', onclick: () => save(query, 'json') }, 'Download JSON'));
            out.append(downloads, await resultTable(vars, rows));
            if (page) {
                out.append(pager(page, rows.length));
            }
        } catch (e) {
            status(msg, e.message, true);
        }
    }

    const save = async (query, kind) => {
        try {
            const accept = kind === 'csv' ? 'text/csv' : 'application/sparql-results+json';
            const body = await selectText(query, accept);
            download(`${name}.${kind}`, body, kind === 'csv' ? 'text/csv' : 'application/json');
        } catch (e) {
            status(msg, e.message, true);
        }
    };

    const pager = (page, n) => {
        if (!paging) {
            return '';
        }
        const v = values();
        const lim = Number(v.limit || defaultLimit(text));
        const off = Number(v.offset || 0);
        return h('p', { class: 'pager' },
            off > 0 ? h('a', { href: viewHref('questions', { q: name, ...v, offset: Math.max(0, off - lim), run: '1' }) },
                '← previous page') : '', ' ',
            `rows ${off + 1}–${off + n}`, ' ',
            n >= lim ? h('a', { href: viewHref('questions', { q: name, ...v, offset: off + lim, run: '1' }) },
                'next page →') : '');
    };

    if (params.run) {
        run(bound, true);
    }
}

function field(name, p, input) {
    return h('label', { class: 'field', title: p.text }, h('span', {}, '?' + name + (p.required ? ' *' : '')), input);
}

function defaultLimit(text) {
    const m = /\bLIMIT\s+([0-9]+)/i.exec(text.replace(/^#.*$/gm, ''));
    return m ? Number(m[1]) : 100;
}
