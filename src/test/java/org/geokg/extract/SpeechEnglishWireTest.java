package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How English-language wires (Reuters, AP, AFP, Xinhua, TASS, Yonhap) attribute speech, on
 * sentences invented for this test (names, places and events made up, never copied from an
 * article): "X said" and "said X", an office in apposition before or after the name ("X, the
 * foreign minister, said", "said the ministry's spokesman, Y"), "according to", quotations split
 * around their attribution, paragraphs that go on with a quotation, pronouns and role nouns ("she",
 * "the minister", "the spokeswoman", "the ministry") for the last fitting speaker, speech reported
 * through an outlet ("told Reuters", "in an interview with CNN", "KCNA reported") and the verbs of
 * speech the wires use; then words nobody is reported to have said: speech to come or wanted,
 * negated speech, an outlet's own report, speech nouns and scare quotes. ¶ stands for a paragraph
 * break. A speaker written "=Type:ISO3" is checked by entity type and country, else by label.
 */
class SpeechEnglishWireTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Norway's foreign minister, Ingrid Dahl, said the talks with Russia would resume in Oslo next month. | talks with Russia would resume | Ingrid Dahl",
        "\"The ceasefire must hold,\" said Ingrid Dahl, Norway's foreign minister. | ceasefire must hold | Ingrid Dahl",
        "Ingrid Dahl, the Norwegian foreign minister, said Norway would host the next round of talks. | host the next round | Ingrid Dahl",
        "Norway summoned Russia's ambassador on Monday. \"We will not accept these violations of our airspace,\" said the ministry's spokesman, Lars Berg. | violations of our airspace | Lars Berg",
        "Finland will keep its border with Russia closed until further notice, said Finnish Prime Minister Anna Virtanen. | keep its border | Anna Virtanen",
        "According to the Turkish foreign ministry, two Turkish citizens were detained in northern Syria. | two Turkish citizens | =Organization:TUR",
        "Turkish Foreign Minister Mehmet Kaya spoke in Ankara on Monday. \"We will not be intimidated,\" Kaya said, \"and we will not back down.\" | not back down | Mehmet Kaya",
        "Turkish Foreign Minister Mehmet Kaya spoke in Ankara on Monday. \"We will not be intimidated,\" Kaya said, \"and we will not back down.\" | not be intimidated | Mehmet Kaya",
        "Finnish Prime Minister Anna Virtanen spoke to reporters in Helsinki. ¶ \"Our border is closed to all crossings,\" she said. ¶ \"We will review the decision in two weeks.\" | review the decision | Anna Virtanen",
        "Finnish Prime Minister Anna Virtanen met NATO officials in Brussels on Monday. She said Finland would increase its defence spending. | increase its defence | Anna Virtanen",
        "Turkish Foreign Minister Mehmet Kaya arrived in Baghdad on Monday. The minister told reporters that Turkey would reopen its consulate in Mosul. | reopen its consulate | Mehmet Kaya",
        "Chinese foreign ministry spokeswoman Li Hua said on Monday that Beijing opposed the sale. The spokeswoman added that China would take firm measures. | take firm measures | Li Hua",
        "The Japanese foreign ministry protested to China on Monday. The ministry said the Chinese vessels had entered Japanese waters. | vessels had entered | =Organization:JPN",
        "\"We have no intention of leaving,\" Malian Defence Minister Amadou Diallo told Reuters. | no intention of leaving | Amadou Diallo",
        "In an interview with CNN on Sunday, Israeli Defence Minister Yoav Levin said Israel would continue its operations in Gaza. | continue its operations | Yoav Levin",
        "Israel will continue its operations in Gaza, Israeli Defence Minister Yoav Levin said in an interview with CNN. | continue its operations | Yoav Levin",
        "North Korean leader Kim Jong Un said the country would strengthen its nuclear forces, state media KCNA reported on Thursday. | strengthen its nuclear | Kim Jong Un",
        "Chinese President Xi Jinping said China was ready to work with Kazakhstan to deepen cooperation, according to Xinhua. | ready to work with Kazakhstan | Xi Jinping",
        "Russia will respond to any deployment of US missiles in Europe, Russian Deputy Foreign Minister Sergei Ryabov told TASS. | respond to any deployment | Sergei Ryabov",
        "South Korea's unification ministry said Tuesday it would send food aid to the North, Yonhap news agency reported. | send food aid | =Organization:KOR",
        "The Indian external affairs ministry stated that the talks with China had been constructive. | talks with China | =Organization:IND",
        "Brazilian President Carlos Silva noted that trade with Argentina had doubled since 2020. | trade with Argentina | Carlos Silva",
        "Serbian President Milan Petrovic insisted that Serbia would never recognise Kosovo. | never recognise Kosovo | Milan Petrovic",
        "Iranian Foreign Minister Ali Rezaei warned that Iran would respond to any attack on its territory. | respond to any attack | Ali Rezaei",
        "Egyptian Foreign Minister Omar Hassan urged Israel and Hamas to agree to an immediate ceasefire. | agree to an immediate ceasefire | Omar Hassan",
        "The Kremlin denied that Russian troops had crossed into the Sumy region of Ukraine. | Russian troops had crossed | =Country:RUS",
        "Azerbaijan's defence ministry claimed that Armenian forces had shelled its positions overnight. | shelled its positions | =Organization:AZE",
        "Pakistan accused India of violating the ceasefire along the Line of Control. | violating the ceasefire | =Country:PAK",
        "Thai army spokesman Somchai Wong confirmed that two soldiers had been wounded in the clash. | two soldiers had been wounded | Somchai Wong",
        "Hungarian Prime Minister Peter Nagy argued that the sanctions on Russia had failed. | sanctions on Russia had failed | Peter Nagy",
        "Chinese foreign ministry spokeswoman Li Hua described the US arms sale to Taiwan as \"a serious violation\" of China's sovereignty. | a serious violation | Li Hua",
        "Venezuelan President Luis Mora called the Guyanese decision \"a provocation\". | provocation | Luis Mora",
        "Ukrainian President Petro Shevchenko vowed that Ukraine would retake every occupied town. | retake every occupied town | Petro Shevchenko",
        "German Chancellor Klaus Weber pledged that Germany would deliver more air defence systems to Ukraine. | deliver more air defence | Klaus Weber",
        "Polish Foreign Minister Jan Nowak wrote on X that Poland would close its border crossings with Belarus. | close its border crossings | Jan Nowak",
        "Russia's defence ministry said on Telegram that its forces had shot down 30 Ukrainian drones overnight. | shot down 30 | =Organization:RUS",
        "\"The attack was a flagrant violation of international law,\" the Qatari foreign ministry said in a statement. | flagrant violation | =Organization:QAT",
        "\"Dialogue is the only way forward,\" said Omar Hassan, Egypt's foreign minister, after meeting his Jordanian counterpart. | only way forward | Omar Hassan",
        "Japanese Chief Cabinet Secretary Kenji Sato told a news conference in Tokyo that Japan had lodged a protest with China. | lodged a protest | Kenji Sato",
        "Venezuelan Foreign Minister Ramon Diaz told state television that Venezuela would not accept the ruling. | not accept the ruling | Ramon Diaz",
        "Vietnamese foreign ministry spokeswoman Nguyen Thi Lan stressed that Vietnam had sovereignty over the Paracel Islands. | sovereignty over the Paracel | Nguyen Thi Lan",
        "The Venezuelan foreign ministry said the two ministers had spoken by telephone, the ministry announced in a statement. | spoken by telephone | =Organization:VEN",
        "Finnish Prime Minister Anna Virtanen said on Tuesday Finland would increase its defence spending. | increase its defence | Anna Virtanen",
        "The two ministers spoke by telephone on Monday, the Venezuelan ministry announced in a statement. | spoke by telephone | =Organization:VEN",
        "Russia's defence ministry said its forces had advanced near Kupiansk. ¶ The Russian ministry said two villages had been taken. | two villages | Ministry of Defence of Russia",
        "The drones were launched from Iran, Israel claimed on Monday. | drones were launched | =Country:ISR",
        "Israeli Defence Minister Yoav Levin visited the base. The strike was a mistake, he explained. | strike was a mistake | Yoav Levin",
        "Finnish Prime Minister Anna Virtanen met Chinese Foreign Minister Li Wei in Helsinki. She said Finland wanted closer trade ties. | closer trade ties | Anna Virtanen",
        "Finnish Prime Minister Anna Virtanen met Chinese Foreign Minister Li Wei in Helsinki. Virtanen said Finland wanted closer trade ties. He said China welcomed the offer. | China welcomed the offer | Li Wei",
        "Finnish Prime Minister Anna Virtanen met Chinese Foreign Minister Li Wei in Helsinki. Li said China welcomed the offer. She said Finland wanted closer trade ties. | closer trade ties | Anna Virtanen",
        "John Miller, a senior fellow at the Atlantic Council, said the sanctions were unlikely to change Iran's behaviour. | unlikely to change | John Miller",
        "The sanctions are unlikely to change Iran's behaviour, said John Miller, an analyst at the Atlantic Council in Washington. | unlikely to change | John Miller",
        "The ceasefire must hold, said Ingrid Dahl, the Norwegian foreign minister, at a news conference in Oslo. | ceasefire must hold | Ingrid Dahl",
        "\"The sanctions have failed,\" said Anna Berg, a professor of politics at Oslo University. | sanctions have failed | Anna Berg",
        "Turkish Foreign Minister Mehmet Kaya told reporters in Ankara on Monday it was ready to mediate. | ready to mediate | Mehmet Kaya",
        "The US Treasury imposed sanctions on ten firms on Monday. ¶ One of them was a refinery in China, which the Treasury accused of buying Iranian oil. | buying Iranian oil | =Organization:USA",
        "The Philippine coast guard said Chinese ships had fired water cannon at a supply boat. ¶ \"This is a dangerous act,\" the coast guard said. | dangerous act | =Organization:PHL",
        "Seoul's defence ministry said Pyongyang had fired two missiles. ¶ The missiles flew about 400 km, it said. | flew about 400 km | =Organization:KOR",
        "Pavel Orlov, speaking in Tbilisi, said Moscow would open a new consulate in Batumi. | open a new consulate | Pavel Orlov",
        "Tomas Hrabal, who heads the Czech delegation, said Prague would back the new talks with Slovakia. | back the new talks | Tomas Hrabal",
        "Kenya, which has long backed the talks, said the new proposal was unfair to Uganda. | unfair to Uganda | =Country:KEN",
        "Peru's foreign ministry summoned Chile's envoy on Monday. \"These remarks are unacceptable,\" Lucia van der Meer told reporters in Lima. | remarks are unacceptable | Lucia van der Meer",
        "Libyan Foreign Minister Khalid al-Mansouri spoke in Geneva on Thursday. ¶ AU leaders are set to call for a pause in the fighting, but al-Mansouri said this plan was not enough. | this plan was not enough | Khalid al-Mansouri",
        "Chile is calling for new talks on the border and will raise the matter with Peru in Lima, Chilean Foreign Minister Rosa Pinto said speaking at the Santiago Foreign Policy Forum on Monday. | calling for new talks | Rosa Pinto"
    })
    void wireAttributionIsOneClaimOfItsSpeaker(String text, String words, String speaker) {
        PipelineFixture.assertSpeaker("en", text, words, speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Turkish President Ahmet Yilmaz could announce the decision on the straits as early as next week. | decision on the straits",
        "Turkish President Ahmet Yilmaz is expected to say that Turkey will host the peace talks. | host the peace talks",
        "Finnish Prime Minister Anna Virtanen will tell parliament on Tuesday that Finland plans to buy new jets. | buy new jets",
        "Officials in Kyiv declined to say whether Ukrainian forces had entered the Kursk region. | Ukrainian forces had entered",
        "Russian forces captured two villages in eastern Ukraine, the Associated Press reported. | captured two villages",
        "Turkish President Ahmet Yilmaz's speech to parliament on Monday lasted two hours. | lasted two hours",
        "The ministry's statement came hours after Russian drones struck the port of Odesa. | drones struck",
        "Kosovo wants a say in the talks between Serbia and the European Union. | talks between Serbia",
        "Russian state media did not say how many soldiers had been killed in the strike. | how many soldiers",
        "\"Operation Northern Shield\" began on Monday along the border between Israel and Lebanon. | Northern Shield",
        "Egyptian Foreign Minister Omar Hassan told his Jordanian counterpart about the plan on Monday in Cairo. | about the plan",
        "China claims almost all of the disputed sea, including waters near Vietnam. | almost all of the disputed sea",
        "Chinese Foreign Minister Li Wei explained the plan to Russian lawmakers on Monday. | the plan to Russian lawmakers",
        "Chile recalled its ambassador from Peru on Monday over the dispute. | ambassador from Peru",
        "Ghana recalled the Ghanaian envoy from Togo after the border clash. | envoy from Togo"
    })
    void wireNarrativeIsNoClaim(String text, String words) {
        ExtractionDocument d = PipelineFixture.run("en", text.replace(" ¶ ", "\n\n"));
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains(words)), () -> "claims: " + d.claims());
    }
}
