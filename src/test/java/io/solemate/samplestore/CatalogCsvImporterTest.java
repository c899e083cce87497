package io.solemate.samplestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.catalog.Category;
import io.solemate.catalog.Gender;
import io.solemate.catalog.Material;
import io.solemate.samplestore.SampleStore.Shoe;
import io.solemate.testsupport.SharedData;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CatalogCsvImporterTest {

    private static final String HEADER = "Product Name,Product ID,Listing Price,Sale Price,Discount,Brand,Description,"
            + "Rating,Reviews,Last Visited\n";

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a,\"b, \"\"quoted\"\"\nline\",c\r\n,\"\",x\n"));
        assertEquals(List.of("a", "b, \"quoted\"\nline", "c"), reader.next());
        assertEquals(List.of("", "", "x"), reader.next());
        assertEquals(null, reader.next());
        assertThrows(IOException.class, () -> new CsvReader(new StringReader("\"open,1\n")).next());
    }

    @Test
    void mapsProductsAndCountsWhatItCannotDerive() throws IOException {
        String csv = HEADER
                + "Men's adidas Outdoor Volantis II Shoes,AB1,7999,3999,50,Adidas CORE / NEO,\"These hiking shoes have a"
                + " sturdy suede upper, grippy outsole.\",4.1,35,2020-04-13T15:06:15\n"
                + "WOMEN'S ADIDAS SWIM PUKA SLIPPERS,AB2,999,599,40,Adidas Adidas ORIGINALS,Slim straps and a textured"
                + " rubber outsole.,2.6,7,2020-04-13T15:06:16\n"
                + "Nike Air Force 1 '07,CJ1,0,7495,0,Nike,Premium leather-like upper in black.,0.0,0,2020-04-13T15:27:56\n"
                + "Nike Air Force 1 '07,CJ1,0,7495,0,Nike,Duplicate page.,0.0,0,2020-04-13T15:27:57\n"
                + "Nike Mystery,CJ2,0,0,0,Nike,No price at all.,0.0,0,2020-04-13T15:27:58\n"
                + "Nike Something,CJ3,0,5995,0,Nike,,0.0,0,not a date\n";
        CatalogCsvImporter.Result result = CatalogCsvImporter.importFrom(new StringReader(csv));
        CatalogCsvImporter.Report report = result.report();
        assertEquals(6, report.rowsRead());
        assertEquals(4, report.rowsMapped());
        assertEquals(Map.of("duplicate product id", 1, "no price", 1), report.skipped());

        List<Shoe> shoes = result.catalog().shoes();
        Shoe hiking = shoes.get(0);
        assertEquals(Category.HIKING, hiking.category());
        assertEquals(Gender.MEN, hiking.gender());
        assertEquals(Material.SUEDE, hiking.material());
        assertTrue(hiking.careInstructions().contains("suede brush"));
        assertEquals(399_900, hiking.priceCents());
        assertEquals(Gender.MEN.halfSizes(), hiking.sizes());

        Shoe slippers = shoes.get(1);
        assertEquals("Women's Adidas Swim Puka Slippers", slippers.name());
        assertEquals(Category.SANDALS, slippers.category());
        assertEquals(Gender.WOMEN, slippers.gender());
        assertEquals(Material.RUBBER, slippers.material());

        Shoe airForce = shoes.get(2);
        assertEquals(Category.CASUAL, airForce.category());
        assertEquals(Material.SYNTHETIC, airForce.material(), "leather-like is not leather");
        assertEquals("black", airForce.color());
        assertEquals(Gender.UNISEX, airForce.gender());
        assertEquals(749_500, airForce.priceCents(), "sale price, though the listing price is 0");

        Shoe unknown = shoes.get(3);
        assertEquals(Category.CASUAL, unknown.category());
        assertEquals(Gender.UNISEX, unknown.gender());
        assertEquals(Material.CANVAS, unknown.material(), "the default is the category's most common material");
        assertEquals(Instant.parse("2020-04-13T15:06:15Z").getEpochSecond(), unknown.createdAtEpochSecond());

        assertEquals(List.of("Adidas Core / Neo", "Adidas Originals", "Nike"),
                result.catalog().brands().stream().map(SampleStore.Brand::name).toList());
        assertEquals(Map.of("category", 1, "gender", 2, "material", 1, "color", 3, "created_at", 1),
                report.fallbacks());
    }

    @Test
    void listingsOfOneNameAndBrandAreColourwaysOfOneStyleStockedInEverySize() throws IOException {
        String csv = HEADER
                + "Superstar Bold Shoes,A1,9999,7999,20,Adidas ORIGINALS,A leather upper.,4.5,10,2020-04-13T15:06:14\n"
                + "SUPERSTAR BOLD SHOES,A2,9999,7999,20,Adidas ORIGINALS,A leather upper.,4.5,10,2020-04-13T15:06:14\n"
                + "Superstar Bold Shoes,A3,9999,7999,20,Adidas CORE / NEO,A leather upper.,4.5,10,2020-04-13T15:06:14\n";
        List<Shoe> shoes = CatalogCsvImporter.importFrom(new StringReader(csv)).catalog().shoes();
        assertEquals("adidas originals superstar bold shoes", shoes.get(0).style(), "the brand's words once");
        assertEquals(shoes.get(0).style(), shoes.get(1).style(), "the same name and brand, written differently");
        assertNotEquals(shoes.get(0).style(), shoes.get(2).style(), "another brand line is another style");
        for (Shoe shoe : shoes) {
            assertEquals(shoe.sizes().size(), shoe.stock().size());
            assertTrue(shoe.stock().stream().allMatch(pairs -> pairs == CatalogCsvImporter.PAIRS_PER_SIZE));
        }
    }

    @Test
    void importsTheRealCatalogAndBuildsAStoreOverIt() throws IOException {
        Optional<Path> file = SharedData.adidasNikeCatalog();
        Assumptions.assumeTrue(file.isPresent(), "the Adidas/Nike catalog is in neither solemate.data.dir nor "
                + "SOLEMATE_DATA_DIR");
        Path csv = file.get();

        CatalogCsvImporter.Result result = CatalogCsvImporter.importFile(csv);
        CatalogCsvImporter.Report report = result.report();
        System.out.println("Catalog import: " + report);
        assertEquals(3268, report.rowsRead());
        int skipped = report.skipped().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(report.rowsRead(), report.rowsMapped() + skipped);
        assertEquals(89, report.skipped().get("duplicate product id"));
        assertEquals(4, result.catalog().brands().size());

        List<Shoe> shoes = result.catalog().shoes();
        Map<Category, Long> byCategory = shoes.stream()
                .collect(Collectors.groupingBy(Shoe::category, Collectors.counting()));
        System.out.println("Categories: " + byCategory);
        System.out.println("Materials: " + shoes.stream()
                .collect(Collectors.groupingBy(Shoe::material, Collectors.counting())));
        System.out.println("Genders: " + shoes.stream()
                .collect(Collectors.groupingBy(Shoe::gender, Collectors.counting())));
        assertTrue(byCategory.keySet().containsAll(List.of(Category.RUNNING, Category.FOOTBALL, Category.SANDALS,
                Category.CASUAL, Category.BASKETBALL, Category.TENNIS)));
        // Most shoes get category and material from their own text.
        assertTrue(report.fallbacks().getOrDefault("category", 0) < shoes.size() / 5, report.toString());
        assertTrue(report.fallbacks().getOrDefault("material", 0) < shoes.size() / 3, report.toString());
        Map<String, Shoe> bySku = shoes.stream().collect(Collectors.toMap(Shoe::sku, Function.identity()));
        assertEquals(Category.SANDALS, bySku.get("CM0081").category());
        assertEquals(Material.KNIT, bySku.get("AH2430").material());
        assertEquals(Material.CANVAS, bySku.get("D98205").material());
        Map<String, List<Shoe>> byStyle = shoes.stream().collect(Collectors.groupingBy(Shoe::style));
        System.out.println("Styles: " + byStyle.size() + " for " + shoes.size() + " listings");
        // Listed as "Women's adidas Originals Superstar Bold Shoes" and "Women's Originals Superstar Bold Shoes".
        List<Shoe> superstarBold = shoes.stream().filter(s -> s.name().endsWith("Superstar Bold Shoes")).toList();
        assertTrue(superstarBold.size() > 2, "the scrape lists several Superstar Bold colourways");
        assertEquals(1, superstarBold.stream().map(Shoe::style).distinct().count());
        assertTrue(byStyle.size() < shoes.size());

        SampleStore store = new SampleStoreGenerator(7, Instant.parse("2026-11-26T00:00:00Z"))
                .generate(SampleStoreGenerator.Scale.TEST, result.catalog());
        long[] events = new long[1];
        store.replayActivity(new SampleStore.ActivitySink<RuntimeException>() {
            @Override
            public void interaction(SampleStore.Interaction interaction) {
                assertTrue(interaction.shoeId() >= 1 && interaction.shoeId() <= shoes.size());
                events[0]++;
            }

            @Override
            public void purchase(SampleStore.Purchase purchase) {
            }
        });
        assertTrue(events[0] > SampleStoreGenerator.Scale.TEST.interactions / 2);
    }
}
