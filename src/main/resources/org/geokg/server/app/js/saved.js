// The saved questions: queries/INDEX and queries/NAME.rq, served read-only by the server,
// and the header comment of each (purpose, parameters, columns).

const BASE = new URL('queries/', document.baseURI).pathname;

/** The names in queries/INDEX, in order. */
export async function savedNames() {
    const resp = await fetch(BASE + 'INDEX');
    if (!resp.ok) {
        throw new Error(`the list of saved questions ${BASE}INDEX answered ${resp.status}`);
    }
    return (await resp.text()).split('\n').map(s => s.trim()).filter(s => s && !s.startsWith('#'));
}

/** The text of queries/NAME.rq, or null when the server has no such file. */
export async function savedText(name) {
    const resp = await fetch(BASE + encodeURIComponent(name) + '.rq');
    if (resp.status === 404) {
        return null;
    }
    if (!resp.ok) {
        throw new Error(`the saved question ${name} answered ${resp.status}`);
    }
    return resp.text();
}

/**
 * Reads the header comment: {purpose, params: [{names, text, required}], columns, notes}.
 * The header is the comment lines before the first line of SPARQL; sections start with
 * "Purpose:", "Parameters...:" and "Columns:"; a parameter line starts with its ?names.
 */
export function parseHeader(text) {
    const lines = [];
    for (const line of text.split('\n')) {
        if (line.startsWith('#')) {
            lines.push(line.replace(/^#\s?/, ''));
        } else if (line.trim() === '' && lines.length === 0) {
            continue;
        } else {
            break;
        }
    }
    const h = { purpose: '', params: [], columns: [], notes: '' };
    let section = null;
    for (const line of lines) {
        const m = /^(Purpose|Parameters|Columns)\b[^:]*:\s*(.*)$/.exec(line);
        if (m) {
            section = m[1];
            addTo(h, section, m[2]);
        } else if (line.trim() === '') {
            section = 'notes';
        } else {
            addTo(h, section || 'notes', line);
        }
    }
    h.purpose = h.purpose.trim();
    h.notes = h.notes.trim();
    for (const p of h.params) {
        p.text = p.text.trim();
        p.required = /\brequired\b/i.test(p.text);
    }
    return h;
}

function addTo(h, section, line) {
    if (section === 'Purpose') {
        h.purpose += ' ' + line.trim();
    } else if (section === 'Columns') {
        h.columns.push(...(line.match(/\?[A-Za-z_][A-Za-z0-9_]*/g) || []).map(v => v.slice(1)));
    } else if (section === 'Parameters') {
        const m = /^\s*((?:\?[A-Za-z_][A-Za-z0-9_]*\s*,\s*)*\?[A-Za-z_][A-Za-z0-9_]*)\s*(.*)$/.exec(line);
        if (m) {
            h.params.push({ names: m[1].split(',').map(s => s.trim().slice(1)), text: m[2] });
        } else if (h.params.length) {
            h.params[h.params.length - 1].text += ' ' + line.trim();
        } else if (line.trim()) {
            h.notes += line.trim() + ' ';
        }
    } else {
        h.notes += line + '\n';
    }
}

/** What kind of input a parameter wants, from its name and description. */
export function paramKind(name, text) {
    if (name === 'limit' || name === 'offset') {
        return 'paging';
    }
    if (/^(state|stateA|stateB|about)$/.test(name) || /\bISO (alpha-3 )?code\b/.test(text)) {
        return 'state';
    }
    if (name === 'from' || name === 'to') {
        return 'date';
    }
    return 'text';
}
