package org.geokg.extract;


import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scope of modality, negation and denial, and the acts worded like speech, in six languages:
 * short sentences written for this test (none taken from any article), published on
 * 2024-03-04. A denial codes 016 and does not report the act denied as done; a negation, a
 * condition or a proposal holds for its own clause only ("X did not attend, but Y signed"; "If X
 * attacks Y, Z will respond": both conditional, each with its own parties); appeals, demands,
 * accusations and warnings take their addressee as target, not the parties of the act asked
 * for or blamed.
 *
 * <p>An expectation is {@code ROOT SRC>TGT [modality]} (directed; ROOT is a code prefix),
 * several joined by {@code ;}; all must be found, and one opening with {@code !} must not be
 * (with that modality, or with any when none is given).
 */
class ModalityScopeTest {
    private static ExtractionDocument run(String lang, String text) {
        return PipelineFixture.pipeline().extract(
                new Article("t-" + lang, "t.txt", null, null, "2024-03-04", lang, null, text));
    }





    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Russia denied that it had sent troops to Ukraine. | 016 RUS>UKR; !15 RUS>UKR",
        "id | Rusia membantah bahwa pihaknya mengirim pasukan ke Ukraina. | 016 RUS>UKR; !15 RUS>UKR",
        "ms | Rusia menafikan bahawa ia menghantar tentera ke Ukraine. | 016 RUS>UKR; !15 RUS>UKR",
        "fr | La Russie a nié avoir envoyé des troupes en Ukraine. | 016 RUS>UKR; !15 RUS>UKR",
        "fr | La Russie a démenti avoir des troupes en Ukraine. | 016 RUS>UKR",
        "es | Rusia negó que hubiera enviado tropas a Ucrania. | 016 RUS>UKR; !15 RUS>UKR",
        "es | Rusia negó tener tropas en Ucrania. | 016 RUS>UKR",
        "de | Russland dementierte, dass es Truppen in die Ukraine geschickt habe. | 016 RUS>UKR; !15 RUS>UKR",
        "es | Francia pidió a Chile que deje de atacar a Perú. | 02 FRA>CHL; !19 FRA>PER; !19 CHL>PER",
        "es | Francia se negó a firmar un acuerdo con Chile. | 12 FRA>CHL; !016 FRA>CHL; !05 FRA>CHL"})
    void denialCodesItselfNotTheActDenied(String lang, String text, String expected) {
        EventExpectations.check(run(lang, text), expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Japan did not attend the talks, but Vietnam signed an agreement with Laos. | 05 VNM>LAO asserted",
        "id | Jepang tidak menghadiri perundingan itu, tetapi Vietnam menandatangani perjanjian dengan Laos."
            + " | 05 VNM>LAO asserted",
        "ms | Jepun tidak menghadiri rundingan itu, tetapi Vietnam menandatangani perjanjian dengan Laos."
            + " | 05 VNM>LAO asserted",
        "fr | Le Japon n'a pas participé aux pourparlers, mais le Vietnam a signé un accord avec le Laos."
            + " | 05 VNM>LAO asserted",
        "es | Japón no participó en las conversaciones, pero Vietnam firmó un acuerdo con Laos."
            + " | 05 VNM>LAO asserted; !04 JPN>VNM; !04 JPN>LAO",
        "de | Japan nahm nicht an den Gesprächen teil, aber Vietnam unterzeichnete ein Abkommen mit Laos."
            + " | 05 VNM>LAO asserted"})
    void negationStaysInItsClause(String lang, String text, String expected) {
        EventExpectations.check(run(lang, text), expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | If Turkey attacks Greece, France will impose sanctions on Turkey."
            + " | 19 TUR>GRC hypothetical; 16 FRA>TUR hypothetical; !19 TUR>FRA",
        "en | Unless Chile withdraws its troops, France will impose sanctions on Chile."
            + " | 16 FRA>CHL hypothetical; !08 CHL>FRA",
        "en | France would sign an agreement with Chile if Peru agreed. | 05 FRA>CHL hypothetical; !05 FRA>PER",
        "id | Jika Turki menyerang Yunani, Prancis akan menjatuhkan sanksi terhadap Turki."
            + " | 19 TUR>GRC hypothetical; 16 FRA>TUR hypothetical; !19 TUR>FRA",
        "id | Prancis akan menandatangani perjanjian dengan Cile jika Peru setuju. | 05 FRA>CHL hypothetical",
        "ms | Sekiranya Chile menyerang Peru, Perancis akan mengenakan sekatan terhadap Chile."
            + " | 19 CHL>PER hypothetical; 16 FRA>CHL hypothetical; !19 CHL>FRA",
        "ms | Perancis akan menandatangani perjanjian dengan Chile sekiranya Peru bersetuju. | 05 FRA>CHL hypothetical",
        "fr | Si la Turquie attaque la Grèce, la France imposera des sanctions à la Turquie."
            + " | 19 TUR>GRC hypothetical; 16 FRA>TUR hypothetical; !19 TUR>FRA",
        "fr | La France a signé un accord avec le Chili, même si le Pérou a protesté. | 05 FRA>CHL asserted",
        "es | Si Turquía ataca a Grecia, Francia impondrá sanciones a Turquía."
            + " | 19 TUR>GRC hypothetical; 16 FRA>TUR hypothetical; !19 TUR>FRA",
        "de | Falls die Türkei Griechenland angreift, wird Frankreich Sanktionen gegen die Türkei verhängen."
            + " | 19 TUR>GRC hypothetical; 16 FRA>TUR hypothetical",
        "de | Frankreich wird ein Abkommen mit Chile unterzeichnen, falls Peru zustimmt. | 05 FRA>CHL hypothetical"})
    void conditionAndItsMainClauseAreHypothetical(String lang, String text, String expected) {
        EventExpectations.check(run(lang, text), expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | France is going to sign an agreement with Chile. | 05 FRA>CHL future",
        "en | France has yet to sign an agreement with Chile. | 05 FRA>CHL negated",
        "en | France proposed to hold talks with Chile. | 04 FRA>CHL hypothetical",
        "id | Prancis mengusulkan perundingan dengan Cile. | 04 FRA>CHL hypothetical",
        "fr | La France a proposé des négociations avec le Chili. | 04 FRA>CHL hypothetical",
        "fr | La France a refusé de signer un accord avec le Chili. | !05 FRA>CHL asserted",
        "de | Frankreich schlug Verhandlungen mit Chile vor. | 04 FRA>CHL hypothetical",
        "de | Frankreich weigerte sich, ein Abkommen mit Chile zu unterzeichnen. | !05 FRA>CHL asserted",
        "es | Durante la guerra de 1982, Argentina atacó al Reino Unido. | 19 ARG>GBR historical",
        "fr | Pendant la guerre de 1982, l'Argentine a attaqué le Royaume-Uni. | 19 ARG>GBR historical",
        "id | Selama perang 1982, Argentina menyerang Inggris. | 19 ARG>GBR historical",
        "de | Während des Krieges von 1982 griff Argentinien Großbritannien an. | 19 ARG>GBR historical"})
    void intentionFutureProposalRefusalAndHistory(String lang, String text, String expected) {
        EventExpectations.check(run(lang, text), expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | France warned Chile against attacking Peru. | 13 FRA>CHL; !13 FRA>PER",
        "en | France called on Chile to stop attacks on Peru. | 02 FRA>CHL; !02 FRA>PER",
        "id | Prancis mendesak Cile berunding dengan Peru. | 02 FRA>CHL; !02 FRA>PER",
        "id | Prancis meminta Cile menghentikan serangan terhadap Peru. | 02 FRA>CHL; !02 FRA>PER",
        "id | Prancis menyambut gembira keputusan Cile. | 051 FRA>CHL",
        "ms | Perancis menggesa Chile berunding dengan Peru. | 02 FRA>CHL; !02 FRA>PER",
        "fr | La France a exhorté le Chili à négocier avec le Pérou. | 02 FRA>CHL; !02 FRA>PER",
        "fr | La France a accusé le Chili d'attaquer le Pérou. | 11 FRA>CHL; !11 FRA>PER",
        "es | Francia instó a Chile a negociar con Perú. | 02 FRA>CHL; !02 FRA>PER",
        "es | Francia acusó a Chile de atacar a Perú. | 11 FRA>CHL; !11 FRA>PER",
        "es | Francia acogió con beneplácito la decisión de Chile. | 051 FRA>CHL; !04 FRA>CHL",
        "de | Frankreich rief Chile zu Verhandlungen mit Peru auf. | 02 FRA>CHL; !02 FRA>PER",
        "de | Frankreich bedauerte die Entscheidung Chiles. | 11 FRA>CHL"})
    void speechActsTakeTheirAddresseeAsTarget(String lang, String text, String expected) {
        EventExpectations.check(run(lang, text), expected);
    }
}
