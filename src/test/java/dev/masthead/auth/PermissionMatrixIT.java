package dev.masthead.auth;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The permission matrix against the packaged jar on PostgreSQL. */
@QuarkusIntegrationTest
class PermissionMatrixIT extends PermissionMatrixTest {
}
