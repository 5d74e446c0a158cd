package dev.masthead.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AuthResourceTest {

    private static final String TOKEN = "/api/v1/admin/auth/token";
    /** A Management endpoint that needs a token; any would do. */
    private static final String GUARDED = "/api/v1/admin/tags";
    /** %test.masthead.auth.token-secret */
    private static final String TEST_SECRET = "test-only-secret-do-not-use-in-production-0123456789";

    // --- signing in -----------------------------------------------------------------------

    @Test
    void validCredentialsGetABearerTokenThatOpensTheManagementApi() {
        Instant before = Instant.now();

        var response = login(AdminSession.EMAIL, AdminSession.PASSWORD)
                .then().statusCode(200)
                .contentType("application/json")
                .body("token", notNullValue())
                .body("expiresAt", notNullValue())
                .extract();

        Instant expiresAt = Instant.parse(response.path("expiresAt"));
        assertTrue(expiresAt.isAfter(before.plus(Duration.ofMinutes(59))), "expires in about an hour: " + expiresAt);
        assertTrue(expiresAt.isBefore(before.plus(Duration.ofMinutes(61))), "expires in about an hour: " + expiresAt);
        given().header("Authorization", "Bearer " + response.path("token")).get(GUARDED)
                .then().statusCode(200).body("meta.page", equalTo(1));
    }

    @Test
    void tokenIsASignedJwtNamingTheAccount() {
        String token = login(AdminSession.EMAIL, AdminSession.PASSWORD).then().statusCode(200).extract().path("token");

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        Map<String, Object> header = decodeJson(parts[0]);
        Map<String, Object> payload = decodeJson(parts[1]);
        assertEquals("HS256", header.get("alg"));
        assertEquals("masthead", payload.get("iss"));
        UUID.fromString((String) payload.get("sub"));
        assertTrue(payload.containsKey("exp"));
    }

    @Test
    void tokenCarriesNeitherThePasswordNorItsHash() {
        String token = login(AdminSession.EMAIL, AdminSession.PASSWORD).then().statusCode(200).extract().path("token");

        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);

        assertFalse(payload.contains(AdminSession.PASSWORD), payload);
        assertFalse(payload.toLowerCase().contains("password"), payload);
        assertFalse(payload.toLowerCase().contains("hash"), payload);
        assertFalse(payload.matches("(?s).*\\$2[abxy]?\\$.*"), "no bcrypt hash: " + payload);
    }

    @Test
    void emailIsCaseInsensitive() {
        login("ADMIN@Masthead.Test", AdminSession.PASSWORD)
                .then().statusCode(200).body("token", notNullValue());
    }

    @Test
    void wrongPasswordIsProblem401() {
        expectInvalidCredentials(login(AdminSession.EMAIL, "not-the-password").then());
    }

    @Test
    void passwordIsCaseSensitive() {
        expectInvalidCredentials(login(AdminSession.EMAIL, AdminSession.PASSWORD.toUpperCase()).then());
    }

    @Test
    void unknownEmailIsTheSameProblem401AsAWrongPassword() {
        String wrongPassword = login(AdminSession.EMAIL, "not-the-password").then().extract().path("detail");

        expectInvalidCredentials(login("nobody-" + UUID.randomUUID() + "@masthead.test", AdminSession.PASSWORD).then())
                .body("detail", equalTo(wrongPassword));
    }

    @Test
    void blankFieldsAreProblem400NamingThem() {
        given().contentType(ContentType.JSON).body(Map.of("email", " ", "password", ""))
                .post(TOKEN)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void missingFieldsAreProblem400NamingThem() {
        given().contentType(ContentType.JSON).body("{}")
                .post(TOKEN)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void missingPasswordIsProblem400() {
        given().contentType(ContentType.JSON).body(Map.of("email", AdminSession.EMAIL))
                .post(TOKEN)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void malformedJsonIsProblem400() {
        given().contentType(ContentType.JSON).body("{\"email\": \"admin@masthead.test\", ")
                .post(TOKEN)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("malformed-json"))
                .body("instance", equalTo(TOKEN));
    }

    @Test
    void unknownPropertyIsProblem400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", AdminSession.EMAIL, "password", AdminSession.PASSWORD, "role", "ADMIN"))
                .post(TOKEN)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("role"));
    }

    @Test
    void formEncodedCredentialsAreProblem415() {
        given().contentType(ContentType.URLENC).formParam("email", AdminSession.EMAIL)
                .formParam("password", AdminSession.PASSWORD)
                .post(TOKEN)
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void signingInNeedsNoToken() {
        given().header("Authorization", "Bearer garbage").contentType(ContentType.JSON)
                .body(Map.of("email", AdminSession.EMAIL, "password", AdminSession.PASSWORD))
                .post(TOKEN)
                .then().statusCode(200).body("token", notNullValue());
    }

    // --- bearer tokens --------------------------------------------------------------------

    @Test
    void noTokenIsProblem401WithABearerChallenge() {
        expectUnauthorized(given().get(GUARDED).then())
                .body("type", equalTo("https://masthead.dev/problems/unauthorized"))
                .body("title", equalTo("Authentication required"))
                .body("instance", equalTo(GUARDED))
                .body("requestId", notNullValue());
    }

    @Test
    void garbageTokenIsProblem401() {
        expectUnauthorized(given().header("Authorization", "Bearer garbage").get(GUARDED).then());
    }

    @Test
    void emptyBearerIsProblem401() {
        expectUnauthorized(given().header("Authorization", "Bearer ").get(GUARDED).then());
    }

    @Test
    void basicSchemeIsProblem401() {
        expectUnauthorized(given().header("Authorization", "Basic xyz").get(GUARDED).then());
    }

    @Test
    void basicSchemeWithTheRightCredentialsIsStillProblem401() {
        String basic = Base64.getEncoder()
                .encodeToString((AdminSession.EMAIL + ":" + AdminSession.PASSWORD).getBytes(StandardCharsets.UTF_8));

        expectUnauthorized(given().header("Authorization", "Basic " + basic).get(GUARDED).then());
    }

    @Test
    void tokenWithATamperedSignatureIsProblem401() {
        String token = AdminSession.token();
        int signatureStart = token.lastIndexOf('.') + 1;
        // The first signature character carries six full bits; the last one has unused padding bits.
        char first = token.charAt(signatureStart);
        String tampered = token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A') + token.substring(signatureStart + 1);
        assertNotEquals(token, tampered);

        expectUnauthorized(given().header("Authorization", "Bearer " + tampered).get(GUARDED).then());
    }

    @Test
    void tokenWithATamperedPayloadIsProblem401() {
        String token = AdminSession.token();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"x\":1,");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        expectUnauthorized(given().header("Authorization", "Bearer " + forged).get(GUARDED).then());
    }

    @Test
    void expiredTokenIsProblem401() throws JoseException {
        JwtClaims claims = claimsFor(adminAccountId());
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().minus(Duration.ofHours(3)).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().minus(Duration.ofHours(2)).getEpochSecond()));
        String expired = sign(claims, TEST_SECRET);

        expectUnauthorized(given().header("Authorization", "Bearer " + expired).get(GUARDED).then());
    }

    @Test
    void tokenSignedTheSameWayIsAcceptedSoTheRejectionsAboveAreMeaningful() throws JoseException {
        String token = sign(claimsFor(adminAccountId()), TEST_SECRET);

        given().header("Authorization", "Bearer " + token).get(GUARDED).then().statusCode(200);
    }

    @Test
    void tokenSignedWithAnotherSecretIsProblem401() throws JoseException {
        String foreign = sign(claimsFor(adminAccountId()), "another-secret-of-at-least-thirty-two-bytes-0123456789");

        expectUnauthorized(given().header("Authorization", "Bearer " + foreign).get(GUARDED).then());
    }

    @Test
    void tokenFromAnotherIssuerIsProblem401() throws JoseException {
        JwtClaims claims = claimsFor(adminAccountId());
        claims.setIssuer("someone-else");

        expectUnauthorized(given().header("Authorization", "Bearer " + sign(claims, TEST_SECRET)).get(GUARDED).then());
    }

    @Test
    void tokenWithoutExpiryIsProblem401() throws JoseException {
        JwtClaims claims = claimsFor(adminAccountId());
        claims.unsetClaim("exp");

        expectUnauthorized(given().header("Authorization", "Bearer " + sign(claims, TEST_SECRET)).get(GUARDED).then());
    }

    @Test
    void tokenForAnUnknownAccountIsProblem401() throws JoseException {
        String token = sign(claimsFor(UUID.randomUUID().toString()), TEST_SECRET);

        expectUnauthorized(given().header("Authorization", "Bearer " + token).get(GUARDED).then());
    }

    @Test
    void unsignedTokenIsProblem401() {
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64Url("{\"iss\":\"masthead\",\"sub\":\"" + adminAccountId() + "\",\"role\":\"ADMIN\",\"exp\":"
                + Instant.now().plus(Duration.ofHours(1)).getEpochSecond() + "}");

        expectUnauthorized(given().header("Authorization", "Bearer " + header + "." + payload + ".").get(GUARDED).then());
    }

    private static Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password)).post(TOKEN);
    }

    private static ValidatableResponse expectInvalidCredentials(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/invalid-credentials"))
                .body("title", equalTo("Invalid credentials"))
                .body("status", equalTo(401))
                .body("code", equalTo("invalid-credentials"))
                .body("instance", equalTo(TOKEN))
                .body("requestId", notNullValue())
                .body("detail", notNullValue());
    }

    private static ValidatableResponse expectUnauthorized(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("code", equalTo("unauthorized"));
    }

    private static String adminAccountId() {
        return (String) decodeJson(AdminSession.token().split("\\.")[1]).get("sub");
    }

    private static JwtClaims claimsFor(String subject) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("masthead");
        claims.setSubject(subject);
        claims.setClaim("role", "ADMIN");
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plus(Duration.ofHours(1)).getEpochSecond()));
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String sign(JwtClaims claims, String secret) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
        return jws.getCompactSerialization();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decodeJson(String part) {
        String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        return JsonPath.from(json).getMap("$");
    }
}
