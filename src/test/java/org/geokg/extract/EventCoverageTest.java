package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everyday verbs of diplomatic and military reporting in each language and the argument
 * rules around them (passive agents in a split trigger, attributions closed by a comma, a
 * reaction that answers the state named just before, an act inside a criticism): the default
 * extractor on sentences written for these tests, checked as directed source -> target.
 */
class EventCoverageTest {
    private static Set<String> countries(ExtractionDocument d, List<String> refs) {
        Map<String, Entity> es = PipelineFixture.byRef(d);
        return refs.stream().map(es::get).filter(Objects::nonNull).map(Entity::country).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static boolean has(ExtractionDocument d, String root, String source, String target) {
        for (Event v : d.events()) {
            if (v.cameo().startsWith(root) && countries(d, v.source()).contains(source)
                    && countries(d, v.target()).contains(target)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile closed its embassy in Peru on Monday. | 16 | CHL | PER",
        "fr | Le Chili a fermé son ambassade au Pérou. | 16 | CHL | PER",
        "es | Chile cerró su embajada en Perú. | 16 | CHL | PER",
        "de | Chile schloss seine Botschaft in Peru. | 16 | CHL | PER",
        "id | Cile menutup kedutaannya di Peru. | 16 | CHL | PER",
        "ms | Chile menutup kedutaannya di Peru. | 16 | CHL | PER",
        "en | Iran shot down an Israeli drone. | 19 | IRN | ISR",
        "fr | L'Iran a abattu un drone israélien. | 19 | IRN | ISR",
        "es | Irán derribó un dron de Israel. | 19 | IRN | ISR",
        "de | Der Iran schoss eine Drohne Israels ab. | 19 | IRN | ISR",
        "id | Iran menembak jatuh sebuah drone milik Israel. | 19 | IRN | ISR",
        "ms | Iran menembak jatuh sebuah dron milik Israel. | 19 | IRN | ISR",
        "en | Niger ordered the French ambassador to leave within two days. | 16 | NER | FRA",
        "fr | Le Niger a ordonné à l'ambassadeur de France de quitter le territoire. | 16 | NER | FRA",
        "es | Níger ordenó al embajador de Francia abandonar el país. | 16 | NER | FRA",
        "de | Niger forderte den Botschafter Frankreichs auf, das Land zu verlassen. | 16 | NER | FRA",
        "id | Niger memerintahkan duta besar Prancis untuk meninggalkan negara itu. | 16 | NER | FRA",
        "ms | Niger mengarahkan duta Perancis meninggalkan negara itu. | 16 | NER | FRA",
        "en | Norway offered to mediate between Colombia and Venezuela. | 03 | NOR | COL",
        "fr | La Norvège a proposé sa médiation entre la Colombie et le Venezuela. | 03 | NOR | COL",
        "es | Noruega se ofreció a mediar entre Colombia y Venezuela. | 03 | NOR | COL",
        "de | Norwegen bot an, zwischen Kolumbien und Venezuela zu vermitteln. | 03 | NOR | COL",
        "fr | Pékin a mis en garde le Japon contre toute ingérence. | 13 | CHN | JPN",
        "fr | Le Hezbollah a tiré des roquettes sur le nord d'Israël. | 19 | LBN | ISR",
        "fr | Le président brésilien se rendra la semaine prochaine en Chine. | 04 | BRA | CHN",
        "es | El presidente de Chile viajará la próxima semana a Bolivia. | 04 | CHL | BOL",
        "es | Venezuela tachó de injerencia la declaración de Colombia. | 11 | VEN | COL",
        "es | Japón enviará ayuda humanitaria a Gaza. | 07 | JPN | PSE",
        "fr | La Chine a lancé des manœuvres militaires au large du Japon. | 15 | CHN | JPN",
        "fr | Le Chili a rappelé son ambassadeur au Pérou. | 16 | CHL | PER",
        "en | Chile recalled its ambassador in Peru for consultations. | 16 | CHL | PER",
        "fr | L'armée chilienne a mené des frappes contre le Pérou. | 19 | CHL | PER",
        "fr | Le Chili a frappé le Pérou dimanche. | 19 | CHL | PER",
    })
    void findsEverydayTriggers(String lang, String text, String root, String source, String target) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(has(d, root, source, target), () -> root + " " + source + "->" + target + " not in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile has been accused by Peru of arming the rebels. | 11 | PER | CHL",
        "fr | Le Chili a été accusé par le Pérou d'armer les rebelles. | 11 | PER | CHL",
        "es | Chile fue acusado por Perú de armar a los rebeldes. | 11 | PER | CHL",
    })
    void passiveAgentInsideASplitTriggerActs(String lang, String text, String root, String source, String target) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(has(d, root, source, target), () -> root + " " + source + "->" + target + " not in " + d.events());
        assertFalse(has(d, root, target, source), () -> "reversed in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "fr | Selon un quotidien local, le Chili a menacé le Pérou de représailles. | 13 | CHL | PER",
        "en | According to a local daily, Chile threatened Peru with reprisals. | 13 | CHL | PER",
    })
    void attributionEndsAtItsComma(String lang, String text, String root, String source, String target) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(has(d, root, source, target), () -> root + " " + source + "->" + target + " not in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Nordkorea hat am Dienstag eine Rakete abgefeuert. Japan kritisierte den Start scharf. | 11 | JPN | PRK",
        "en | North Korea fired a missile on Tuesday. Japan strongly condemned the launch. | 11 | JPN | PRK",
        "es | Chile desplegó tropas en la frontera, lo que Perú calificó de provocación. | 11 | PER | CHL",
        "en | Chile deployed troops to the border, which Peru condemned as a provocation. | 11 | PER | CHL",
    })
    void reactionAnswersTheStateNamedJustBefore(String lang, String text, String root, String source,
            String target) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(has(d, root, source, target), () -> root + " " + source + "->" + target + " not in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Am Mittwoch kritisierte Chile Peru scharf. | 11 | CHL | PER",
        "de | Gestern besuchte der peruanische Präsident Chile. | 04 | PER | CHL",
        "es | Este martes criticó el Gobierno de Chile a Perú. | 11 | CHL | PER",
    })
    void subjectAfterAFrontedVerb(String lang, String text, String root, String source, String target) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(has(d, root, source, target), () -> root + " " + source + "->" + target + " not in " + d.events());
        assertFalse(has(d, root, target, source), () -> "reversed in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Chile sagte, am Vortag habe er mit Peru gesprochen. | PER",
        "es | Además, acusó a Perú de armar a los rebeldes. | PER",
    })
    void markedObjectIsNoSubjectAfterTheVerb(String lang, String text, String object) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertFalse(d.events().stream().anyMatch(v -> countries(d, v.source()).contains(object)),
                () -> object + " made the subject in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | Chile anunció la retirada de sus tropas de Perú. | 08 | CHL | PER",
        "fr | Le Chili a annoncé le retrait de ses troupes du Pérou. | 08 | CHL | PER",
        "en | Chile announced the withdrawal of its troops from Peru. | 08 | CHL | PER",
    })
    void ownerNamedByAPossessivePronounIsTheSubject(String lang, String text, String root, String source,
            String target) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(has(d, root, source, target), () -> root + " " + source + "->" + target + " not in " + d.events());
        assertFalse(has(d, root, target, source), () -> "reversed in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile held Peru responsible for the bombing. | CHL | PER",
        "es | Chile culpó a Perú del atentado. | CHL | PER",
        "fr | Le Chili a tenu le Pérou pour responsable de l'attentat. | CHL | PER",
    })
    void blameIsAnAccusation(String lang, String text, String source, String target) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(has(d, "11", source, target), () -> "11 " + source + "->" + target + " not in " + d.events());
        assertFalse(d.events().stream().anyMatch(v -> v.cameo().startsWith("18")
                && countries(d, v.source()).contains(source)), () -> "accuser attacks in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile said Peru had violated the ceasefire. | CHL | PER",
        "es | Chile afirmó que Perú ha violado el alto el fuego. | CHL | PER",
        "fr | Le Chili a affirmé que le Pérou avait violé le cessez-le-feu. | CHL | PER",
        "de | Chile sagte, Peru habe die Waffenruhe verletzt. | CHL | PER",
        "id | Cile mengatakan bahwa Peru telah melanggar gencatan senjata. | CHL | PER",
        "ms | Chile berkata Peru telah melanggar gencatan senjata. | CHL | PER",
    })
    void breachToldByASpeakerIsTheSpeakersAccusation(String lang, String text, String source, String target) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(has(d, "11", source, target), () -> "11 " + source + "->" + target + " not in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile said it would respond if Peru violated the ceasefire. | PER",
        "fr | Le Chili a assuré qu'il répondrait si le Pérou viole la trêve. | PER",
    })
    void breachUnderAConditionAccusesNoOne(String lang, String text, String target) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertFalse(d.events().stream().anyMatch(v -> v.cameo().startsWith("112")
                && countries(d, v.target()).contains(target)), () -> "accusation in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "fr | La Suède a condamné l'attaque contre son ambassade à Bagdad. | SWE",
        "es | Suecia condenó el ataque contra su embajada en Bagdad. | SWE",
        "en | Sweden condemned the attack on its embassy in Baghdad. | SWE",
    })
    void actCriticizedIsNotTheCritics(String lang, String text, String critic) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertFalse(d.events().stream().anyMatch(v -> v.cameo().startsWith("19")
                && countries(d, v.source()).contains(critic)), () -> "critic attacks in " + d.events());
    }
}
