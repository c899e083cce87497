package io.solemate.recommend.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.solemate.testsupport.Await;
import io.solemate.testsupport.SharedData;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Issue 13: on the real Adidas/Nike catalog, where the scrape lists each colourway of a model as its own product,
 * similar shoes show one listing per style and none of the shoe's own style (variants=all shows them all).
 */
@QuarkusTest
@TestProfile(SimilarOnImportedCatalogTest.ImportedCatalog.class)
@EnabledIf("catalogAvailable")
class SimilarOnImportedCatalogTest {

    /** The sample store over the imported catalog, customers and history generated at the test scale. */
    public static class ImportedCatalog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("solemate.sample-store.catalog-csv", SharedData.adidasNikeCatalog().orElseThrow().toString(),
                    "solemate.sample-store.reference-time", "2026-11-26T00:00:00Z",
                    "quarkus.http.test-port", "0");
        }
    }

    static boolean catalogAvailable() {
        return SharedData.adidasNikeCatalog().isPresent();
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyShoeWithColourwaysShowsOneListingPerOtherStyle() throws SQLException {
        Map<Long, String> styleOf = new HashMap<>();
        Map<String, Integer> listings = new HashMap<>();
        long superstarBold = -1;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, style, name FROM shoes ORDER BY id")) {
            while (rows.next()) {
                styleOf.put(rows.getLong(1), rows.getString(2));
                listings.merge(rows.getString(2), 1, Integer::sum);
                if (superstarBold < 0 && rows.getString(3).endsWith("Superstar Bold Shoes")) {
                    superstarBold = rows.getLong(1);
                }
            }
        }
        assertTrue(superstarBold > 0, "the catalog has Superstar Bold Shoes");
        assertTrue(listings.get(styleOf.get(superstarBold)) > 2, "in several colourways");
        Await.awaitTrue(Duration.ofMinutes(3), () -> given().get("/api/model").statusCode() == 200);

        int checked = 0;
        for (Map.Entry<Long, String> shoe : styleOf.entrySet()) {
            if (listings.get(shoe.getValue()) < 2 || checked == 200 && shoe.getKey() != superstarBold) {
                continue;
            }
            checked++;
            List<Long> similar = similar(shoe.getKey(), "best");
            assertFalse(similar.isEmpty(), "no similar shoes for " + shoe.getKey());
            Set<String> styles = new HashSet<>();
            for (long id : similar) {
                String style = styleOf.get(id);
                assertTrue(styles.add(style), "two listings of " + style + " beside shoe " + shoe.getKey());
                assertFalse(style.equals(shoe.getValue()), "a colourway of shoe " + shoe.getKey() + " itself");
            }
        }
        System.out.println("Similar shoes checked on the imported catalog: " + checked + " shoes with colourways");

        List<Long> everyVariant = similar(superstarBold, "all");
        String ownStyle = styleOf.get(superstarBold);
        assertTrue(everyVariant.stream().anyMatch(id -> styleOf.get(id).equals(ownStyle)),
                "variants=all shows the other Superstar Bold colourways");
        assertEquals(everyVariant.size(), Set.copyOf(everyVariant).size());
    }

    private static List<Long> similar(long shoeId, String variants) {
        return given().queryParam("limit", 20).queryParam("variants", variants).queryParam("inStock", false)
                .get("/api/shoes/{id}/similar", shoeId).then().statusCode(200).extract().jsonPath()
                .getList("items.shoeId", Long.class);
    }
}
