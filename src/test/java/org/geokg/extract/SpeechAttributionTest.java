package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.geokg.kg.model.Entity;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which speech words report words said, and who says them, on made-up sentences per language:
 * speech to come or wanted, speech nouns, nested attributions, relative clauses, bare titles,
 * one-word names, coordinated verbs.
 */
class SpeechAttributionTest {
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | President Gabriel Boric will announce the new border rules on Friday in Santiago. | border rules",
        "en | Foreign Minister Alberto Vargas is expected to explain the decision to the Senate next week. | the decision",
        "es | El presidente Gabriel Boric va a explicar mañana en el Congreso los detalles del plan fronterizo. | plan fronterizo",
        "es | El canciller chileno Alberto Vargas viajó a Lima para explicar la decisión del Gobierno sobre la frontera. | la decisión",
        "fr | Le président Gabriel Boric va annoncer vendredi les nouvelles règles aux frontières du Chili. | nouvelles règles",
        "id | Presiden Gabriel Boric akan mengumumkan aturan perbatasan baru Chile pada hari Jumat. | aturan perbatasan",
        "ms | Presiden Gabriel Boric akan mengumumkan peraturan sempadan baharu Chile pada hari Jumaat. | peraturan sempadan",
        "de | Präsident Gabriel Boric reiste nach Lima, um dort die neuen Grenzregeln Chiles zu erklären. | die neuen Grenzregeln",
    })
    void speechToComeOrWantedIsNoClaim(String lang, String text, String words) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains(words)), () -> "claims: " + d.claims());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | El Gobierno de Chile rechazó las acusaciones de Perú sobre la frontera norte del país. | frontera norte",
        "es | Perú publicó un comunicado sobre los incidentes ocurridos en la frontera norte del país. | incidentes ocurridos",
        "fr | Le Pérou a publié un communiqué sur les incidents survenus à la frontière nord du pays. | incidents survenus",
        "en | Peru issued an announcement about the incidents on the northern border of the country. | the incidents",
    })
    void aSpeechNounAfterAnArticleIsNoSpeechVerb(String lang, String text, String words) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains(words)), () -> "claims: " + d.claims());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | Chile responderá con firmeza a cualquier provocación, según el canciller chileno Alberto Vargas. | responderá | Alberto Vargas",
        "en | Chile will respond firmly to any provocation, according to Chilean Foreign Minister Alberto Vargas. | will respond | Alberto Vargas",
    })
    void aVerbInsideTheWordsSaidBelongsToThem(String lang, String text, String words, String person) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertEquals(1, d.claims().size(), () -> "claims: " + d.claims());
        Entity sp = PipelineFixture.speakerOf(d, words);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | The remarks by Peruvian Foreign Minister Javier González-Olaechea drew a reply from Chile, which said the charges were baseless. | charges were baseless | CHL",
        "es | Las palabras del canciller peruano Javier González-Olaechea provocaron la respuesta de Chile, que aseguró que las acusaciones eran falsas. | acusaciones eran falsas | CHL",
        "fr | Les propos du ministre péruvien Javier González-Olaechea ont suscité la réponse du Chili, qui a affirmé que les accusations étaient fausses. | accusations étaient fausses | CHL",
    })
    void aRelativeClauseSpeaksForItsAntecedent(String lang, String text, String words, String iso3) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals(iso3, sp.country(), () -> "speaker " + sp);
        assertEquals("Country", sp.type(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chilean Foreign Minister Alberto Vargas, who arrived in Lima on Monday, said Santiago wanted calm talks. | Santiago wanted | Alberto Vargas",
        "id | Menteri Luar Negeri Chile Alberto Vargas, yang tiba di Lima pada Senin, mengatakan Santiago menginginkan perundingan yang tenang. | Santiago menginginkan | Alberto Vargas",
    })
    void aSubjectWithARelativeClauseIsTheSpeakerNotTheWords(String lang, String text, String words, String person) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile closed two border crossings with Peru on Monday, while Bolivia called for calm on both sides. | Chile closed",
        "es | Según fuentes diplomáticas, Chile cerró dos pasos fronterizos con Perú el lunes. | Chile cerró",
        "en | According to analysts, Chile closed two border crossings with Peru on Monday. | Chile closed",
        "ms | Chile menutup dua lintasan sempadan dengan Peru pada Isnin, manakala Presiden Bolivia Luis Arce jelas menunjukkan sikap berhati-hati. | Chile menutup",
    })
    void noSpeakerNamedForTheseWords(String lang, String text, String words) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains(words)), () -> "claims: " + d.claims());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "ms | Perdana Menteri Chile Gabriel Boric tiba di Lima pada Isnin. Perdana Menteri turut menegaskan bahawa Chile mahu hubungan baik dengan Peru. | Chile mahu hubungan | Gabriel Boric",
        "id | Menteri Luar Negeri Chile Alberto Vargas tiba di Lima pada Senin. Menteri Luar Negeri itu kemudian bertemu wartawan. Menteri Luar Negeri menegaskan Chile ingin hubungan baik dengan Peru. | Chile ingin hubungan | Alberto Vargas",
        "id | Menteri Luar Negeri Indonesia Sugiono tiba di Lima pada Senin. \"Kami mendukung dialog kedua negara,\" ujar Sugiono kepada wartawan. | mendukung dialog | Sugiono",
        "ms | Menteri Luar Negeri Datuk Seri Mohamad Hasan tiba di Lima pada Isnin. Katanya, Malaysia menyokong dialog antara kedua-dua negara. | menyokong dialog | Mohamad Hasan",
    })
    void titlesAndNamesStandingAloneNameTheSamePerson(String lang, String text, String words, String person) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "ms | Perdana Menteri Malaysia Anwar Ibrahim menggesa Thailand dan Kemboja supaya menghentikan pertempuran di sempadan. | menghentikan pertempuran | Anwar Ibrahim",
        "id | Menteri Luar Negeri Indonesia Sugiono mendesak Malaysia agar segera membebaskan tujuh nelayan itu. | segera membebaskan | Sugiono",
        "id | Presiden Chile Gabriel Boric menyatakan bahwa Chile menghormati Peru dan meminta agar kedua negara kembali berunding. | kedua negara kembali | Gabriel Boric",
        "en | Chilean President Gabriel Boric said Chile respected Peru's sovereignty and urged that both countries return to talks. | both countries return | Gabriel Boric",
    })
    void urgingAndCoordinatedVerbsKeepTheirSpeaker(String lang, String text, String words, String person) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile reopened its embassy in Lima on Monday, Chilean Chief Cabinet Secretary Ana Torres said. | reopened its embassy | Ana Torres",
        "de | Chile habe seine Botschaft in Lima wieder geöffnet, sagte der chilenische Chefkabinettssekretär Ana Torres. | Botschaft in Lima | Ana Torres",
    })
    void aCabinetSecretaryIsAPersonNotTheState(String lang, String text, String words, String person) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "en | Chilean President Gabriel Boric said Chile wanted calm talks with Peru. ¶ \"We will not accept any threat to our border.\" | any threat | Gabriel Boric",
        "fr | Le président chilien Gabriel Boric a déclaré que le Chili voulait des discussions calmes. ¶ « Nous n'accepterons aucune menace contre notre frontière. » | aucune menace | Gabriel Boric",
        "de | Der chilenische Präsident Gabriel Boric sagte, Chile wolle ruhige Gespräche mit Peru. ¶ \"Wir werden keine Drohung gegen unsere Grenze hinnehmen.\" | keine Drohung | Gabriel Boric",
        "id | Presiden Chile Gabriel Boric mengatakan Chile menginginkan perundingan yang tenang dengan Peru. ¶ \"Kami tidak akan menerima ancaman apa pun terhadap perbatasan kami.\" | ancaman apa pun | Gabriel Boric",
    })
    void aStandaloneQuotationGoesOnQuotingTheLastSpeaker(String lang, String text, String words, String person) {
        // ¶ stands for a paragraph break: the quotation is a paragraph of its own
        ExtractionDocument d = PipelineFixture.run(lang, text.replace(" ¶ ", "\n\n"));
        Entity sp = PipelineFixture.speakerOf(d, words);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile expressed concern over the border incident, its foreign ministry said in a statement. | border incident | CHL",
        "es | Chile expresó su inquietud por el incidente fronterizo, según su Ministerio de Relaciones Exteriores. | incidente fronterizo | CHL",
        "de | Chile sei über den Grenzvorfall besorgt, teilte sein Außenministerium am Montag mit. | Grenzvorfall | CHL",
    })
    void aBodyAfterAPossessiveBelongsToTheSentencesState(String lang, String text, String words, String iso3) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals("Organization", sp.type(), () -> "speaker " + sp);
        assertEquals(iso3, sp.country(), () -> "speaker " + sp);
    }
}
