package org.geokg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who the parties of an event are, in constructions found missing when reading news the project
 * had never seen: coordinators of several words, "the two countries" after a coordinated pair, a
 * first-person subject in quoted words, a noun's agent phrase inside another verb's object.
 * Sentences written for this test; expectations as in {@link EventConstructionCoverageTest}.
 */
class EventPartiesTest {
    /**
     * Parties joined by a coordinator of several words ("together with", "as well as", "bersama
     * dengan", "junto con", "ainsi que", "zusammen mit") form one group: each of them does the act.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Kenya, Uganda and Tanzania together with the African Union condemned Sudan over the attacks. | 11 KEN>SDN;11 UGA>SDN;11 TZA>SDN",
        "en | Chile as well as Peru criticized Bolivia over the new tariffs. | 11 CHL>BOL;11 PER>BOL",
        "id | Kenya, Uganda, dan Tanzania bersama dengan Uni Afrika mengecam Sudan atas serangan itu. | 11 KEN>SDN;11 UGA>SDN;11 TZA>SDN",
        "ms | Kenya dan Uganda bersama Tanzania mengecam Sudan atas serangan itu. | 11 KEN>SDN;11 UGA>SDN;11 TZA>SDN",
        "es | Chile junto con Perú criticó a Bolivia por los nuevos aranceles. | 11 CHL>BOL;11 PER>BOL",
        "fr | Le Kenya ainsi que l'Ouganda ont condamné le Soudan pour ces attaques. | 11 KEN>SDN;11 UGA>SDN",
        "de | Kenia zusammen mit Uganda verurteilten den Sudan wegen der Angriffe. | 11 KEN>SDN;11 UGA>SDN",
    })
    void aCoordinatorOfSeveralWordsJoinsTheGroup(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /** "The two countries", "keduanya", "ambos países" after a coordinated pair refer to that pair. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Kenya and Uganda criticized the Sudanese attack on Chad. The two countries also pledged to deepen cooperation with Ethiopia. | 03 KEN>ETH;03 UGA>ETH;!03 TCD>ETH",
        "id | Mesir dan Yordania mengecam serangan Israel. Keduanya juga menyatakan dukungan untuk Qatar. | 05 EGY>QAT;05 JOR>QAT;!05 ISR>QAT",
        "ms | Mesir dan Jordan mengecam serangan Israel. Kedua-dua negara itu turut menyatakan sokongan kepada Qatar. | 05 EGY>QAT;05 JOR>QAT;!05 ISR>QAT",
        "es | Chile y Perú criticaron el ataque boliviano contra Paraguay. Ambos países expresaron su apoyo a Argentina. | 05 CHL>ARG;05 PER>ARG;!05 PRY>ARG",
    })
    void aDualAfterACoordinatedPairNamesThatPair(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /**
     * A first-person subject in quoted words ("Wir verurteilen ...") is the speaker's side: an actor
     * after the verb (German may put the subject there) is then its object.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | \"Wir verurteilen die Angriffe Kenias auf Somalia\", sagte die deutsche Außenministerin Anna Weber. | 11 DEU>KEN;!11 KEN>SOM",
        "de | «Wir verurteilen die Raketenangriffe des kenianischen Militärs», kritisierte das Auswärtige Amt. | 11 DEU>KEN",
    })
    void aFirstPersonSubjectIsTheSpeakersSide(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /**
     * A noun with its agent phrase ("the attack by X on Y", "serangan oleh X ke atas Y") as the
     * object of another verb: the agent acts on the parties around it, the subject of the outer
     * verb is not its object.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Kenya condemned the attack by Sudan on Chad. | 19 SDN>TCD;!19 SDN>KEN;!19 TCD>KEN",
        "en | Kenya condemned the arrest of Tanzanian traders by Uganda. | 17 UGA>TZA;!17 UGA>KEN",
        "id | Malaysia mengecam serangan udara oleh Israel ke atas Qatar. | 19 ISR>QAT;!19 ISR>MYS",
        "ms | Malaysia mengecam serangan oleh Israel ke atas Qatar semalam. | 19 ISR>QAT;!19 ISR>MYS",
        "id | Qatar diserang oleh Israel pada Selasa. | 19 ISR>QAT",
    })
    void aNounsAgentPhraseActsOnItsOwnObjects(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /** Calling another state's act a crime, terrorism or an atrocity criticizes that state. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Kenya described the Sudanese attack as a war crime. | 11 KEN>SDN",
        "id | Mesir menyebut serangan Israel sebagai kejahatan perang. | 11 EGY>ISR",
        "ms | Malaysia menyifatkan serangan Israel itu sebagai jenayah perang. | 11 MYS>ISR",
        "es | Chile calificó el ataque boliviano de crimen de guerra. | 11 CHL>BOL",
        "fr | Le Maroc a qualifié l'attaque algérienne de crime de guerre. | 11 MAR>DZA",
        "de | Kenia bezeichnete den Angriff des Sudan als Kriegsverbrechen. | 11 KEN>SDN",
    })
    void callingAnActACrimeCriticizesItsAgent(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /**
     * Read in English wire copy: a verb opening the sentence with no subject of its own, closed by
     * a comma ("Accusing Y of ..., X recalled ..."), is done by the main clause's subject; a clause
     * opened by "as" after a comma (", as its ally Z warned Y") is a clause of its own, whose object
     * is not the object of the verb before it; "to further" relations takes its object right after
     * it (not "further strain relations"); a party right after "while" is the subject of a clause of
     * its own, no object of the verb before; a participle after a comma with an object pronoun
     * ("..., blaming them for ...") is done by the main clause's subject to its object.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Accusing Malawi of harbouring the rebels, Zambia closed its embassy in Lilongwe. | 112 ZMB>MWI;!112 MWI>ZMB",
        "en | Blaming Ecuador for the collapse of the negotiations, Colombia walked away from the deal. | 112 COL>ECU;!112 ECU>COL",
        "es | Acusando a Ecuador de espionaje, Colombia expulsó a dos diplomáticos ecuatorianos. | 112 COL>ECU;!112 ECU>COL",
        "en | Ghana condemned the shooting, as its neighbour Togo warned Benin of a firm response. | !111 GHA>BEN;13 TGO>BEN",
        "en | Nepal as well as Bhutan criticized India over the new trade rules. | 11 NPL>IND;11 BTN>IND",
        "en | The new levies imposed by Ghana will further strain relations with Togo. | !030 GHA>TGO",
        "en | Ghana and Togo agreed to further bilateral ties in farming and energy. | 03 GHA~TGO",
        "en | Kenya recalled its envoy from Sudan. Egypt welcomed the decision while Libya criticized it. | !05 EGY>LBY",
        "en | Ghana imposed sanctions on three Togolese officials on Monday, blaming them for the border violence. | 112 GHA>TGO;!112 TGO>GHA",
    })
    void readInEnglishWireCopy(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /**
     * Read in English wire copy: a noun after the agent marker of a passive ("was angered by the
     * attack on Y") is an act the subject underwent, not one it did; a noun the subject criticizes
     * inside an aside ("X, which has long opposed the raids on Y, ...") is not the subject's act.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Namibia, which was angered by the attack on Angola's consulate, summoned the Zambian envoy. | !19 NAM>AGO;114 NAM>ZMB",
        "en | Qatar was shocked by the deadly bombing of the Omani ferry. | !19 QAT>OMN",
        "en | Laos, which has long opposed the air raids on Cambodian villages, criticized Thailand. | !19 LAO>KHM;11 LAO>THA",
        "es | Chile protestó por el ataque contra la embajada de Perú en La Paz. | !19 CHL>PER",
    })
    void aNounAfterAPassiveAgentMarkerIsNotTheSubjectsAct(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /**
     * A reaction whose object names an act by a noun with no party of its own ("opposed what it
     * called unlawful tariffs") answers the doer of the latest such act told before, not the last
     * state named; a denial answers the side that made the charge, also after a pronoun subject.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Canada imposed sanctions on Venezuela on Monday. Mexico accused Peru of smuggling. Brazil firmly opposed what it called unlawful sanctions. | 11 BRA>CAN;!11 BRA>PER",
        "en | Canada imposed sanctions on Venezuela on Monday. Mexico accused Peru of smuggling. Brazil rejected the new sanctions. | 12 BRA>CAN;!12 BRA>PER",
        "en | Ghana accused Togo of sheltering rebels. Togo's foreign minister Ama Koffi called the charge baseless. She also denied that Togo was arming the rebels. | 016 TGO>GHA",
        "es | Canadá impuso sanciones a Venezuela el lunes. México acusó a Perú de contrabando. Brasil rechazó las sanciones. | 12 BRA>CAN;!12 BRA>PER",
    })
    void aReactionToAnActNounAnswersItsDoer(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /**
     * Read in English wire copy: an agentless passive ("X's envoy was summoned to the foreign
     * ministry of Y") makes its subject the one acted on; a state body or capital named after the
     * verb acts, else another state named right after the verb ("expelled from Y", "atacada con
     * drones Y"), else no one is named and nothing is coded (never the subject acting on the place).
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Zambia's ambassador was summoned to the Kenyan foreign ministry on Friday over the border dispute. | 114 KEN>ZMB;!114 ZMB>KEN",
        "en | The Bolivian envoy in Lima was formally summoned to the Peruvian foreign ministry. | 114 PER>BOL;!114 BOL>PER",
        "en | Two Ugandan diplomats were expelled from Nairobi after the dispute. | 166 KEN>UGA;!166 UGA>KEN",
        "en | Ghana's ambassador was summoned over comments about Togo. | !114 GHA>TGO",
        "en | Senegal's charge d'affaires was summoned by Mali over the remarks. | 114 MLI>SEN",
        "en | Three Malian diplomats were expelled from Niger on Monday. | 166 NER>MLI;!166 MLI>NER",
        "es | Dos diplomáticos bolivianos fueron expulsados de Chile el martes. | 166 CHL>BOL;!166 BOL>CHL",
        "es | Armenia fue atacada con drones azerbaiyanos durante la noche. | 19 AZE>ARM;!19 ARM>AZE",
    })
    void anAgentlessPassiveActsOnItsSubject(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /**
     * Sports results are no interstate acts: a sentence with a word only sports news uses
     * ("midfielder", "scored", "quarterfinal") gives no event, and in a story made of such
     * sentences an ambiguous verb ("beat") gives none either.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Ghana beat Ivory Coast 2-1 in the quarterfinal on Sunday, with their striker scoring twice. | !18 GHA>CIV;!14 CIV>GHA",
        "en | Nigeria's midfielder struck the bar before Cameroon attacked down the left. | !19 CMR>NGA;!18 NGA>CMR",
        "en | Benin scored late on. Mali then beat Niger to top the group. Their goalkeeper was the hero. | !18 MLI>NER",
        "en | Ghana beat Togo in the semifinal. Separately, Kenya accused Sudan of arming the rebels. | 112 KEN>SDN",
    })
    void sportsResultsAreNoEvents(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }
}
