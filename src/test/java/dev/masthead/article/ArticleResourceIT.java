package dev.masthead.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The Delivery API tests, against the packaged jar on PostgreSQL. */
@QuarkusIntegrationTest
class ArticleResourceIT extends ArticleResourceTest {
}
