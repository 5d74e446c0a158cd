package dev.masthead.web;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link ContractValidation} for every Quarkus test (registered via
 * ServiceLoader). It must run inside the test's own class loader, whose
 * RestAssured the tests use.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (RestAssured.class) {
            if (!RestAssured.filters().contains(ContractValidation.filter())) {
                RestAssured.filters(ContractValidation.filter());
            }
        }
    }
}
