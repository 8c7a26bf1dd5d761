package org.anhduong.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0912 345 678        | +84912345678
            0912.345.678        | +84912345678
            0912-345-678        | +84912345678
            +84 912 345 678     | +84912345678
            84912345678         | +84912345678
            0084 912 345 678    | +84912345678
            +84 (0) 912 345 678 | +84912345678
            0325 123 456        | +84325123456
            0587 654 321        | +84587654321
            0707 000 111        | +84707000111
            0868 222 333        | +84868222333
            (024) 3825 1234     | +842438251234
            0203 3825 123       | +842033825123
            +84 28 3822 1234    | +842838221234
            """)
    void normalisesVietnameseNumbers(String typed, String e164) {
        assertThat(PhoneNumbers.normalise(typed)).contains(e164);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            +33 6 12 34 56 78  | +33612345678
            +1 (202) 555-0142  | +12025550142
            0033 6 12 34 56 78 | +33612345678
            """)
    void keepsForeignNumbersThatStartWithPlus(String typed, String e164) {
        assertThat(PhoneNumbers.normalise(typed)).contains(e164);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  ", "111", "113", "1800 1769", "1900 1234", "091 234 567", "09123456789", "0112345678",
            "0412345678", "0212345678", "0912 ABC 678", "0912345678 ext 2", "+84 111", "+84 1800 1769", "+123456",
            "+0912345678", "++84912345678", "0912+345678" })
    void rejectsWhatIsNotAPersonalPhone(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "+84912345678, 0912 345 678",
            "+84387654321, 0387 654 321",
            "+842438251234, 024 3825 1234",
            "+842838251234, 028 3825 1234",
            "+842033825123, 0203 3825 123",
            "+12025550123, +12025550123",
            "+4915123456789, +4915123456789",
            "+8419001234, +8419001234",
            "0912345678, 0912345678"
    })
    void aStoredNumberIsShownTheVietnameseWayAndAForeignOneAsStored(String stored, String shown) {
        assertThat(PhoneNumbers.display(stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912 345 678", "024 3825 1234", "0203 3825 123"})
    void whatIsShownIsReadBackAsTheSameNumber(String shown) {
        assertThat(PhoneNumbers.normalise(shown).map(PhoneNumbers::display)).contains(shown);
    }

    @Test
    void noNumberIsShownAsNothing() {
        assertThat(PhoneNumbers.display(null)).isEmpty();
    }
}
