package io.solemate.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CustomerSearchTest {

    @Test
    void wordsOfTheNameAreMatchedAsPrefixesInAnyOrder() {
        CustomerSearch search = CustomerSearch.of("  Ivan LAR ");
        assertEquals("'ivan':* & 'lar':*", search.nameWords());
        assertEquals("ivan lar%", search.emailPrefix());
        assertNull(search.number());
    }

    @Test
    void aNumberIsACustomerNumberAndAlsoAPrefix() {
        assertEquals(52L, CustomerSearch.of("52").number());
        assertEquals(52L, CustomerSearch.of("# 52").number());
        assertEquals("'52':*", CustomerSearch.of("52").nameWords());
        assertNull(CustomerSearch.of("52a").number());
        assertNull(CustomerSearch.of("1234567890123456789").number(), "beyond a bigint is no number");
    }

    @Test
    void anEmailAddressSearchesEmailsOnly() {
        CustomerSearch search = CustomerSearch.of("Maria.Silva@");
        assertNull(search.nameWords());
        assertEquals("maria.silva@%", search.emailPrefix());
    }

    @Test
    void textThatTheQueryLanguagesWouldReadIsOnlyText() {
        CustomerSearch search = CustomerSearch.of("o'brien & !x | y:* \\ 100%_off");
        assertEquals("'o':* & 'brien':* & 'x':* & 'y':* & '100':* & 'off':*", search.nameWords());
        assertEquals("o'brien & !x | y:* \\\\ 100\\%\\_off%", search.emailPrefix());
        assertNull(CustomerSearch.of("%_&|!:*()").nameWords(), "no word at all");
        assertEquals("'müller':*", CustomerSearch.of("Müller").nameWords());
    }

    @Test
    void aLongTextSearchesItsFirstWords() {
        assertEquals(CustomerSearch.MAX_WORDS, CustomerSearch.of("a b c d e f g h i j").nameWords().split("&").length);
    }
}
