package dev.masthead.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged jar serves the committed contract and Swagger UI too. */
@QuarkusIntegrationTest
class OpenApiContractIT extends OpenApiContractTest {
}
