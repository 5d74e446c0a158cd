package dev.masthead.demo;

import java.util.List;

import dev.masthead.article.FeatureImage;
import dev.masthead.article.Seo;

/** The shape of {@code demo/newsroom.json}; authors and tags are referred to by key. */
record DemoNewsroom(List<DemoAuthor> authors, List<DemoTag> tags, List<DemoArticle> articles) {

    record DemoAuthor(String key, String name, String bio, String avatarUrl, String website) {
    }

    record DemoTag(String key, String name, String description) {
    }

    record DemoArticle(String title, String markdown, String excerpt, List<String> authors, List<String> tags,
            boolean featured, String status, Integer publishedDaysAgo, FeatureImage featureImage, Seo seo) {
    }
}
