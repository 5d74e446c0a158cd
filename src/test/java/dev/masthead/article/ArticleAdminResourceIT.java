package dev.masthead.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The Management API tests for articles, against the packaged jar on PostgreSQL. */
@QuarkusIntegrationTest
class ArticleAdminResourceIT extends ArticleAdminResourceTest {
}
