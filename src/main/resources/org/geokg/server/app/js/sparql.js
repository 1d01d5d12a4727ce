// SPARQL over HTTP against the server's public, read-only endpoint; terms, parameters, paging
// and labels. No other server code is needed: every view builds its query here.

/** The query endpoint of the dataset, on the same origin as the app. */
export const ENDPOINT = new URL('geokg/sparql', document.baseURI).pathname;

export const NS = {
    gkg: 'https://w3id.org/geokg/ns#',
    country: 'https://w3id.org/geokg/id/country/',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
};

export const PREFIXES = `PREFIX gkg:     <https://w3id.org/geokg/ns#>
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl:     <http://www.w3.org/2002/07/owl#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX oa:      <http://www.w3.org/ns/oa#>
PREFIX schema:  <http://schema.org/>
PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
`;

/** Runs a SELECT; resolves to {vars, rows} with rows as SPARQL JSON bindings. */
export async function select(query) {
    const resp = await post(query, 'application/sparql-results+json');
    const json = await resp.json();
    return { vars: json.head.vars, rows: json.results.bindings };
}

/** Runs a query and resolves to the response text in the given format (e.g. text/csv). */
export async function selectText(query, accept) {
    const resp = await post(query, accept);
    return resp.text();
}

async function post(query, accept) {
    let resp;
    try {
        resp = await fetch(ENDPOINT, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': accept },
            body: new URLSearchParams({ query }),
        });
    } catch (e) {
        throw new Error(`the SPARQL endpoint ${ENDPOINT} cannot be reached (${e.message}); is geokg serve running?`);
    }
    if (!resp.ok) {
        const text = (await resp.text()).trim().slice(0, 600);
        throw new Error(`the SPARQL endpoint answered ${resp.status}: ${text}`);
    }
    return resp;
}

/** The value of a binding's variable, or '' when unbound. */
export function val(row, name) {
    return row[name] ? row[name].value : '';
}

/** A SPARQL string literal for any text. */
export function lit(s) {
    return '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r') + '"';
}

/** A SPARQL IRI term; throws for text that is not a well-formed IRI reference. */
export function iri(s) {
    if (!/^[^<>"{}|^`\\\u0000-\u0020]+$/.test(s)) {
        throw new Error(`not an IRI: ${s}`);
    }
    return '<' + s + '>';
}

/** The country IRI of an ISO alpha-3 code (or of a country IRI). */
export function countryIri(code) {
    return NS.country + String(code).replace(/^.*\//, '').toUpperCase();
}

/**
 * The RDF term of a parameter value, by its form, as the command line makes it
 * (QueryLib.term): <iri>, http(s)/urn IRI, integer, decimal, date, boolean, else a string.
 */
export function paramTerm(value) {
    const v = String(value).trim();
    const low = v.toLowerCase();
    if (v.length > 2 && v.startsWith('<') && v.endsWith('>')) {
        return iri(v.slice(1, -1));
    }
    if (low.startsWith('http://') || low.startsWith('https://') || low.startsWith('urn:')) {
        return iri(v);
    }
    if (/^[+-]?(0|[1-9][0-9]*)$/.test(v)) {
        return `"${v}"^^<${NS.xsd}integer>`;
    }
    if (/^[+-]?(0|[1-9][0-9]*)\.[0-9]+$/.test(v)) {
        return `"${v}"^^<${NS.xsd}decimal>`;
    }
    if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v) && validDate(v)) {
        return `"${v}"^^<${NS.xsd}date>`;
    }
    if (v === 'true' || v === 'false') {
        return `"${v}"^^<${NS.xsd}boolean>`;
    }
    return lit(v);
}

function validDate(v) {
    const d = new Date(v + 'T00:00:00Z');
    return !isNaN(d) && d.toISOString().startsWith(v);
}

/**
 * Splits query text into code and non-code pieces (comments, strings, IRIs), so that
 * rewriting touches only code: [{code: true|false, text}].
 */
export function pieces(text) {
    const out = [];
    let code = '';
    let i = 0;
    const flush = () => {
        if (code) {
            out.push({ code: true, text: code });
            code = '';
        }
    };
    while (i < text.length) {
        const c = text[i];
        if (c === '#') {
            const end = text.indexOf('\n', i);
            const j = end < 0 ? text.length : end;
            flush();
            out.push({ code: false, text: text.slice(i, j) });
            i = j;
        } else if (c === '"' || c === "'") {
            const long = text.startsWith(c.repeat(3), i);
            const quote = long ? c.repeat(3) : c;
            let j = i + quote.length;
            while (j < text.length && !text.startsWith(quote, j)) {
                j += text[j] === '\\' ? 2 : 1;
            }
            j = Math.min(text.length, j + quote.length);
            flush();
            out.push({ code: false, text: text.slice(i, j) });
            i = j;
        } else if (c === '<') {
            const m = /^<[^<>"{}|^`\\\u0000-\u0020]*>/.exec(text.slice(i, i + 2000));
            if (m) {
                flush();
                out.push({ code: false, text: m[0] });
                i += m[0].length;
            } else {
                code += c;
                i++;
            }
        } else {
            code += c;
            i++;
        }
    }
    flush();
    return out;
}

function rewriteCode(text, fn) {
    return pieces(text).map(p => (p.code ? fn(p.text) : p.text)).join('');
}

/**
 * Binds parameters by substitution, as the command line does (Jena's substitution of the
 * parsed query): every ?name in the code becomes the value's term, and BOUND(?name) true.
 * Empty values stay unbound (they mean "any").
 */
export function bindParams(text, params) {
    let out = text;
    for (const [name, value] of Object.entries(params)) {
        if (value === undefined || value === null || String(value).trim() === '') {
            continue;
        }
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new Error(`parameter name '${name}' is not a SPARQL variable name`);
        }
        const term = paramTerm(value);
        const bound = new RegExp(`BOUND\\s*\\(\\s*[?$]${name}\\s*\\)`, 'gi');
        const v = new RegExp(`[?$]${name}(?![A-Za-z0-9_\\u00B7\\u0300-\\u036F\\u203F-\\u2040])`, 'g');
        out = rewriteCode(out, code => code.replace(bound, 'true').replace(v, () => term));
    }
    return out;
}

/**
 * Pages a query as the command line does (QueryLib.paged): limit and offset replace the
 * LIMIT and OFFSET of every level that has a LIMIT in the text, or are added at the end.
 */
export function paged(text, limit, offset) {
    const lim = limit === undefined || limit === null || limit === '' ? null : count('limit', limit);
    const off = offset === undefined || offset === null || offset === '' ? null : count('offset', offset);
    if (lim === null && off === null) {
        return text;
    }
    let found = false;
    let out = rewriteCode(text, code => code
        .replace(/\bOFFSET\s+[0-9]+/gi, '')
        .replace(/\bLIMIT\s+([0-9]+)/gi, (m, n) => {
            found = true;
            return `LIMIT ${lim === null ? n : lim}${off === null ? '' : ' OFFSET ' + off}`;
        }));
    if (!found) {
        out = out.replace(/\s*$/, '') + `\n${lim === null ? '' : 'LIMIT ' + lim + ' '}${off === null ? '' : 'OFFSET ' + off}\n`;
    }
    return out;
}

function count(name, v) {
    const s = String(v).trim();
    if (!/^[0-9]{1,9}$/.test(s)) {
        throw new Error(`${name} must be a whole number >= 0, got '${s}'`);
    }
    return Number(s);
}

/** True when the query text (code, not comments) has a LIMIT, i.e. pages its rows. */
export function hasLimit(text) {
    return pieces(text).some(p => p.code && /\bLIMIT\s+[0-9]+/i.test(p.text));
}

// ------------------------------------------------------------------ labels

const labelCache = new Map();

/** The label language the user picked (English by default). */
export function labelLanguage() {
    return localStorage.getItem('geokg.labelLang') || 'en';
}

export function setLabelLanguage(lang) {
    localStorage.setItem('geokg.labelLang', lang);
    labelCache.clear();
}

/** The last path segment (or fragment) of an IRI: a readable fallback. */
export function localName(s) {
    const m = /[#/]([^#/]+)\/?$/.exec(s);
    return m ? decodeURIComponent(m[1]) : s;
}

/**
 * Labels of IRIs (skos:prefLabel or rdfs:label): in the chosen language (English by
 * default), else in `fallbackLang` (the article's language), else a label without language,
 * else any. Resolves to a Map iri -> label; IRIs without a label are left out.
 */
export async function labels(iris, fallbackLang) {
    const lang = labelLanguage();
    const want = [...new Set(iris)].filter(x => x && !labelCache.has(key(x, fallbackLang)));
    for (let i = 0; i < want.length; i += 150) {
        const batch = want.slice(i, i + 150);
        const q = `${PREFIXES}SELECT ?x ?l WHERE { VALUES ?x { ${batch.map(iri).join(' ')} }
  { ?x skos:prefLabel ?l } UNION { ?x rdfs:label ?l } }`;
        const { rows } = await select(q);
        const by = new Map();
        for (const r of rows) {
            const x = r.x.value;
            if (!by.has(x)) {
                by.set(x, []);
            }
            by.get(x).push(r.l);
        }
        for (const x of batch) {
            labelCache.set(key(x, fallbackLang), pick(by.get(x) || [], lang, fallbackLang));
        }
    }
    const out = new Map();
    for (const x of iris) {
        const l = labelCache.get(key(x, fallbackLang));
        if (l) {
            out.set(x, l);
        }
    }
    return out;
}

function key(x, fallbackLang) {
    return (fallbackLang || '') + ' ' + x;
}

function pick(ls, lang, fallbackLang) {
    const by = l => ls.find(t => (t['xml:lang'] || '').toLowerCase() === l);
    const hit = by(lang) || (fallbackLang && by(fallbackLang)) || by('') || ls[0];
    return hit ? hit.value : null;
}

/** A label for one IRI, with its local name as fallback. */
export async function label(x, fallbackLang) {
    const m = await labels([x], fallbackLang);
    return m.get(x) || localName(x);
}

// ------------------------------------------------------------------ CSV

/** CSV text (RFC 4180) of SELECT results: the header is the variable names. */
export function toCsv(vars, rows) {
    const cell = s => (/[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
    const lines = [vars.map(cell).join(',')];
    for (const r of rows) {
        lines.push(vars.map(v => cell(val(r, v))).join(','));
    }
    return lines.join('\r\n') + '\r\n';
}

/** Offers text as a file download. */
export function download(name, text, type) {
    const blob = new Blob([text], { type });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => {
        URL.revokeObjectURL(a.href);
        a.remove();
    }, 1000);
}
