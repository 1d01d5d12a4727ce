// Claims explorer: who said what about whom, filterable by speaker, state and period, with
// the attribution chain (on whose behalf, quoted or not, via which outlets, primary source).
// One page of claims per query: without a state the newest articles are read in order and
// the page stops the reading; with a state its claims are found by index.

import { PREFIXES, select, val, lit, iri, labels, localName, countryIri } from '../sparql.js';
import { h, status, statePicker, pickedState, periodInput, checkPeriod, checkState, viewHref } from '../ui.js';

export const title = 'Claims';

const PAGE = 50;

export async function render(root, params, go) {
    const speaker = h('input', { name: 'speaker', value: params.speaker || '', placeholder: 'speaker: part of a name' });
    const state = statePicker('state', params.state || '', 'state spoken for or about');
    const from = periodInput('from', params.from, 'from (optional)');
    const to = periodInput('to', params.to, 'to (optional)');
    const msg = h('p', { class: 'status' });
    const out = h('div', { id: 'claims-out' });
    const page = Math.max(0, Number(params.page || 0));
    const values = () => ({ speaker: speaker.value.trim(), state: pickedState(state.input), from: from.value.trim(),
        to: to.value.trim() });
    root.append(h('h2', {}, 'Claims explorer'), h('p', { class: 'lead' },
        'Who said what about whom: the speaker, on whose behalf, the words, and how the words reached the '
        + 'article (quoted or reported, the primary source, the outlets in between). Newest articles first.'),
    h('form', { class: 'controls', onsubmit: ev => {
        ev.preventDefault();
        go('claims', values());
    } }, speaker, state, from, to, h('button', { type: 'submit' }, 'Find')), msg, out);
    const f = values();
    try {
        checkState('state', f.state);
        checkPeriod('from', f.from);
        checkPeriod('to', f.to);
        status(msg, 'Reading claims…');
        const { rows } = await select(claimsQuery(f, page));
        status(msg, '');
        const iris = [];
        for (const r of rows) {
            iris.push(val(r, 'speaker'), val(r, 'onBehalfOf'), val(r, 'article'),
                ...['about', 'via', 'primary', 'articleVia', 'articlePrimary'].flatMap(k => val(r, k).split(' ')));
        }
        const names = await labels(iris.filter(Boolean));
        const name = x => (x ? names.get(x) || localName(x) : '');
        const list = s => s.split(' ').filter(Boolean).map(name).join(', ');
        out.replaceChildren(h('table', { class: 'results claims', id: 'claims-table' },
            h('thead', {}, h('tr', {}, ['date', 'speaker', 'on behalf of', 'words', 'about', 'attribution', 'article']
                .map(t => h('th', {}, t)))),
            h('tbody', {}, rows.map(r => h('tr', { 'data-claim': val(r, 'c') },
                h('td', {}, val(r, 'date') || val(r, 'published') || 'undated'),
                h('td', {}, name(val(r, 'speaker'))),
                h('td', {}, name(val(r, 'onBehalfOf'))),
                h('td', { lang: val(r, 'lang') || null }, h('a', { href: viewHref('evidence', { focus: val(r, 'c') }),
                    class: 'evidence-link' }, val(r, 'words'))),
                h('td', {}, list(val(r, 'about'))),
                h('td', { class: 'chain' }, chainText(r, list)),
                h('td', {}, h('a', { href: viewHref('evidence', { article: val(r, 'article') }) },
                    val(r, 'title') || val(r, 'file') || name(val(r, 'article')))))))),
        h('p', { class: 'pager' },
            page > 0 ? h('a', { href: viewHref('claims', { ...f, page: page - 1 }) }, '← newer') : '', ' ',
            `claims ${page * PAGE + 1}–${page * PAGE + rows.length}`, ' ',
            rows.length === PAGE ? h('a', { href: viewHref('claims', { ...f, page: page + 1 }) }, 'older →') : ''));
        if (!rows.length) {
            out.append(h('p', { class: 'empty' }, 'No claims match.'));
        }
    } catch (e) {
        status(msg, e.message, true);
    }
}

function chainText(r, list) {
    const quoted = val(r, 'quoted') === 'true' ? 'quoted' : 'reported';
    const primary = list(val(r, 'primary')) || list(val(r, 'articlePrimary'));
    const via = list(val(r, 'via')) || list(val(r, 'articleVia'));
    return [quoted, primary && 'source: ' + primary, via && 'via ' + via].filter(Boolean).join(' · ');
}

/** One page of claims with their details; IRIs come back for labels. */
export function claimsQuery(f, page) {
    const st = f.state ? iri(countryIri(f.state)) : null;
    // speakers by name first (a scan of the labels, not of the claims), then their claims by index
    const speakers = f.speaker ? `{
        SELECT DISTINCT ?sp0 WHERE {
          { ?sp0 rdfs:label ?sn0 } UNION { ?sp0 skos:prefLabel ?sn0 }
          FILTER(CONTAINS(LCASE(STR(?sn0)), LCASE(${lit(f.speaker)})))
        }
      }
      ?c gkg:speaker ?sp0 .` : '';
    const period = f.from || f.to ? `OPTIONAL { ?c dcterms:date ?cd0 }
      BIND(COALESCE(?cd0, ?published) AS ?when)
      ${f.from ? `FILTER(BOUND(?when) && (${lit(f.from)} <= STR(?when) || STRSTARTS(${lit(f.from)}, STR(?when))))` : ''}
      ${f.to ? `FILTER(BOUND(?when) && (STR(?when) <= ${lit(f.to)} || STRSTARTS(STR(?when), ${lit(f.to)})))` : ''}` : '';
    const byIndex = where => `SELECT DISTINCT ?c ?article ?published WHERE {
      ${where}
      ?c a gkg:Claim ; gkg:evidence/oa:hasSource ?article .
      OPTIONAL { ?article dcterms:issued ?published }
      ${period}
    }
    ORDER BY DESC(?published) ?article ?c
    LIMIT ${PAGE} OFFSET ${page * PAGE}`;
    const stateWhere = st ? `{ ?c gkg:about ${st} } UNION { ?c gkg:onBehalfOf ${st} } UNION { ?c gkg:speaker ${st} }
      UNION { ?x gkg:country ${st} . ?c gkg:about ?x } UNION { ?x gkg:country ${st} . ?c gkg:speaker ?x }` : '';
    const pageSel = st || f.speaker
        ? byIndex(`${speakers}\n      ${st ? `{ ${stateWhere} }` : ''}`)
        : `SELECT DISTINCT ?c ?article ?published WHERE {
      {
        SELECT ?article ?published WHERE {
          ?article a schema:NewsArticle .
          OPTIONAL { ?article dcterms:issued ?published }
        }
        ORDER BY DESC(?published) ?article
      }
      ?ev oa:hasSource ?article .
      ?c gkg:evidence ?ev ; a gkg:Claim .
      ${period}
    }
    LIMIT ${PAGE} OFFSET ${page * PAGE}`;
    return `${PREFIXES}SELECT ?c ?article ?published (SAMPLE(?t0) AS ?title) (SAMPLE(?f0) AS ?file) (SAMPLE(?l0) AS ?lang) (SAMPLE(?d0) AS ?date)
  (SAMPLE(?sp) AS ?speaker) (SAMPLE(?ob) AS ?onBehalfOf) (SAMPLE(?q0) AS ?quoted) (SAMPLE(?w0) AS ?words)
  (GROUP_CONCAT(DISTINCT STR(?ab); separator=" ") AS ?about)
  (GROUP_CONCAT(DISTINCT STR(?v); separator=" ") AS ?via) (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?primary)
  (GROUP_CONCAT(DISTINCT STR(?av); separator=" ") AS ?articleVia)
  (GROUP_CONCAT(DISTINCT STR(?ap); separator=" ") AS ?articlePrimary)
WHERE {
  {
    ${pageSel}
  }
  OPTIONAL { ?c gkg:text ?w0 } OPTIONAL { ?c gkg:quoted ?q0 } OPTIONAL { ?c dcterms:date ?d0 }
  OPTIONAL { ?c gkg:speaker ?sp } OPTIONAL { ?c gkg:onBehalfOf ?ob } OPTIONAL { ?c gkg:about ?ab }
  OPTIONAL { ?c gkg:reportedVia ?v } OPTIONAL { ?c gkg:primarySource ?p }
  OPTIONAL { ?article gkg:reportedVia ?av } OPTIONAL { ?article gkg:primarySource ?ap }
  OPTIONAL { ?article dcterms:title ?t0 } OPTIONAL { ?article dcterms:language ?l0 }
  OPTIONAL { ?article gkg:sourceFile ?f0 }
}
GROUP BY ?c ?article ?published
ORDER BY DESC(?published) ?article ?c`;
}
