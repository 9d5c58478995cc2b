package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            en   | The company said on Tuesday that it will invest in a new plant, which is expected to open next year.
            de   | Der Konzern hat am Dienstag mitgeteilt, dass er in ein neues Werk investieren wird, das im nächsten Jahr öffnen soll.
            fr   | Le groupe a annoncé mardi qu'il va investir dans une nouvelle usine, qui doit ouvrir l'an prochain avec des centaines d'emplois pour la région.
            es   | La empresa dijo el martes que invertirá en una nueva planta, que se espera abra el próximo año con más de mil empleos para la región.
            it   | La società ha detto martedì che investirà in un nuovo stabilimento, che dovrebbe aprire il prossimo anno con più di mille posti di lavoro per la regione e anche per il paese.
            nl   | Het bedrijf heeft dinsdag gezegd dat het in een nieuwe fabriek gaat investeren, die volgend jaar open moet gaan en ook werk voor de regio zal bieden.
            sv   | Företaget sade på tisdagen att det kommer att investera i en ny fabrik, som ska öppna nästa år och som också ger jobb till regionen.
            pt   | A empresa disse na terça-feira que vai investir numa nova fábrica, que deve abrir no próximo ano com mais de mil empregos para a região e também para o país.
            null | Samsung Electronics Q3 2024 OLED 4.1 trillion won US$3.1 billion Asan
            """)
    void guessesTheLanguageFromStopwords(String expected, String text) {
        assertThat(Languages.guess(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {"en-GB, en", "de_AT, de", "FR, fr", "' pt ', pt", "eng, null", "'', null",
        "x-klingon, null"})
    void normalizesDeclaredTags(String tag, String code) {
        assertThat(Languages.normalize(tag)).isEqualTo(code);
    }
}
