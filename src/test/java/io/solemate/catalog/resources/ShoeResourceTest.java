package io.solemate.catalog.resources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ShoeResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void getsOneShoeWithItsSizesAndBrand() {
        String brand = Fixtures.unique("Brand");
        long brandId = fixtures.brand(brand);
        long id = fixtures.shoe("Ridge Suede Boot", brandId, "boots", "men", "suede", 149.5, true, 44.5, 42, 43);

        given().get("/api/shoes/{id}", id).then().statusCode(200)
                .body("name", equalTo("Ridge Suede Boot"))
                .body("brand", equalTo(brand))
                .body("material", equalTo("suede"))
                .body("price", equalTo(149.5f))
                .body("sizes", hasSize(3))
                .body("sizes[0]", equalTo(42.0f));
    }

    @Test
    void filtersByBrandCategoryPriceAndStock() {
        String brand = Fixtures.unique("Filter");
        long brandId = fixtures.brand(brand);
        fixtures.shoe("Cheap Runner", brandId, "running", "women", "mesh", 60, true, 38);
        long wanted = fixtures.shoe("Mid Runner", brandId, "running", "women", "mesh", 90, true, 38);
        fixtures.shoe("Sold-out Runner", brandId, "running", "women", "mesh", 95, false, 38);
        fixtures.shoe("Mid Boot", brandId, "boots", "women", "leather", 90, true, 38);

        given().queryParam("brand", brand.toUpperCase()).queryParam("category", "running")
                .queryParam("minPrice", 70).queryParam("maxPrice", 100).queryParam("inStock", true)
                .get("/api/shoes").then().statusCode(200)
                .body("total", is(1))
                .body("items[0].id", equalTo((int) wanted));
    }

    @Test
    void paginatesWithABoundedPageSize() {
        String brand = Fixtures.unique("Paged");
        long brandId = fixtures.brand(brand);
        for (int i = 0; i < 7; i++) {
            fixtures.shoe("Paged Sneaker " + i, brandId, "casual", "unisex", "canvas", 50 + i, true, 40);
        }
        given().queryParam("brand", brand).queryParam("limit", 5).get("/api/shoes").then().statusCode(200)
                .body("items", hasSize(5)).body("limit", is(5)).body("page", is(0)).body("total", is(7))
                .body("items[0].name", equalTo("Paged Sneaker 0"));
        given().queryParam("brand", brand).queryParam("limit", 5).queryParam("page", 1)
                .get("/api/shoes").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.name", everyItem(containsString("Paged Sneaker")));
    }

    @Test
    void unknownShoeIs404Problem() {
        given().get("/api/shoes/{id}", Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404)).body("detail", containsString("does not exist"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/shoes/abc|",
            "/api/shoes?limit=101|limit",
            "/api/shoes?limit=0|limit",
            "/api/shoes?limit=ten|",
            "/api/shoes?page=-1|page",
            "/api/shoes?category=spaceboots|category",
            "/api/shoes?gender=robot|gender",
            "/api/shoes?minPrice=-5|minPrice",
            "/api/shoes?minPrice=100&maxPrice=50|minPrice" })
    void badInputIs400Problem(String path, String parameter) {
        var response = given().get(path).then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400)).body("title", equalTo("Bad Request"));
        if (parameter != null) {
            response.body("parameter", equalTo(parameter));
        }
    }
}
