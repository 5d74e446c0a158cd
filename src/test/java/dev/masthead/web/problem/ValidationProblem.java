package dev.masthead.web.problem;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;

/** What a client sees when a body breaks a rule: the validation-failed problem naming the field. */
public final class ValidationProblem {

    private ValidationProblem() {
    }

    public static void expect(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/validation-failed"))
                .body("title", equalTo("Validation failed"))
                .body("status", equalTo(400))
                .body("code", equalTo("validation-failed"))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem(field))
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }
}
