package io.solemate.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The desk as deployed outside local runs: staff sign in first. Without a session every desk route answers the
 * sign-in page (by redirect), the API keeps its keys, the session cookie is HttpOnly and SameSite=Strict, a wrong
 * password is refused, and only administrators may refit the model.
 */
@QuarkusTest
@TestProfile(SignInProfile.class)
class DeskSignInTest {

    private static final String[] DESK_ROUTES = { "/", "/?q=a", "/customers/1", "/customers/random",
        "/customers/1/pairs/1", "/shoes/1", "/nope" };

    @Test
    void everyDeskRouteWithoutASessionLeadsToTheSignInPage() {
        for (String path : DESK_ROUTES) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", endsWith("/sign-in"));
        }
        for (String path : new String[] { "/customers/1/notifications/1-care-2026-01-01/read",
            "/customers/1/notifications/read", "/model/refresh", "/sign-out" }) {
            given().redirects().follow(false).formParam("csrf-token", "x").post(path).then().statusCode(302)
                    .header("Location", endsWith("/sign-in"));
        }
        given().get("/sign-in").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Sign in to the store desk"), containsString("name=\"csrf-token\""),
                        not(containsString("Find a customer")));
        given().get("/desk/desk.css").then().statusCode(200);
        given().get("/api/shoes").then().statusCode(200);
    }

    @Test
    void staffSignInWithAnHttpOnlyStrictSessionAndCanSignOut() {
        Response signedIn = signIn(SignInProfile.STAFF, SignInProfile.STAFF_PASSWORD);
        Cookie session = signedIn.getDetailedCookie(SignInProfile.SESSION);
        assertNotNull(session, "a session cookie is set");
        assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
        assertEquals("Strict", session.getSameSite());
        given().cookie(session).get("/").then().statusCode(200)
                .body(containsString("Find a customer"), containsString("Signed in as " + SignInProfile.STAFF),
                        not(containsString("Refit the model")));

        Response page = given().cookie(session).get("/");
        String token = page.getCookie(DeskForms.CSRF);
        given().redirects().follow(false).cookie(session).cookie(DeskForms.CSRF, token)
                .formParam(DeskForms.CSRF, token).post("/sign-out")
                .then().statusCode(303).header("Location", endsWith("/sign-in?signedOut=true"))
                .header("Set-Cookie", containsString(SignInProfile.SESSION + "=;"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Response refused = signIn(SignInProfile.STAFF, "not-the-password");
        assertEquals(302, refused.statusCode());
        assertTrue(refused.header("Location").endsWith("/sign-in?failed=true"), refused.header("Location"));
        assertEquals(null, refused.getCookie(SignInProfile.SESSION));
        given().get("/sign-in?failed=true").then().body(containsString("do not match an account"));
    }

    @Test
    void onlyAdministratorsRefitAndEveryPostNeedsItsToken() {
        Cookie staff = signIn(SignInProfile.STAFF, SignInProfile.STAFF_PASSWORD)
                .getDetailedCookie(SignInProfile.SESSION);
        String token = given().cookie(staff).get("/").getCookie(DeskForms.CSRF);
        given().redirects().follow(false).cookie(staff).cookie(DeskForms.CSRF, token).formParam(DeskForms.CSRF, token)
                .post("/model/refresh").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Your account may not do this"));
        // Signed in, but without the token: refused before anything runs.
        given().redirects().follow(false).cookie(staff).contentType("application/x-www-form-urlencoded")
                .formParam("view", "customer").post("/customers/1/notifications/read")
                .then().statusCode(400).contentType(containsString("text/html"));

        Cookie admin = signIn(SignInProfile.ADMIN, SignInProfile.ADMIN_PASSWORD)
                .getDetailedCookie(SignInProfile.SESSION);
        given().cookie(admin).get("/").then().body(containsString("Refit the model"));
    }

    /** Posts the sign-in form as the page does. */
    private static Response signIn(String name, String password) {
        return given().redirects().follow(false).formParam("j_username", name).formParam("j_password", password)
                .post("/j_security_check");
    }
}
