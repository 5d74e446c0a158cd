// Type-checked (never run) against the client generated from openapi/openapi.yaml:
// every Delivery endpoint is callable and every documented field readable, without casts.
import createClient from "openapi-fetch";
import type { paths } from "./masthead-api";

const masthead = createClient<paths>({ baseUrl: "https://cms.example.org" });

export async function frontPage(): Promise<string[]> {
  const lines: string[] = [];

  const { data: list } = await masthead.GET("/api/v1/articles", {
    params: { query: { pageSize: 20, tag: ["economy"], sort: "-publishedAt", featured: true } },
  });
  for (const a of list?.data ?? []) {
    const byline: string = a.primaryAuthor?.name ?? a.authors.map((author) => author.name).join(", ");
    const section: string | undefined = a.primaryTag?.slug;
    const image: string | undefined = a.featureImage?.url;
    lines.push(`${a.id} ${a.slug} ${a.title} ${a.excerpt} ${a.publishedAt} ${a.updatedAt} ${a.featured}`
      + ` ${a.readingTimeMinutes} ${byline} ${section} ${image} ${a.featureImage?.alt} ${a.featureImage?.caption}`
      + ` ${a.tags.map((t) => t.name).join()} ${a.authors.map((au) => au.avatarUrl).join()}`
      + ` ${a.url} ${a.primaryTag?.url} ${a.authors.map((au) => au.url).join()}`);
  }
  const meta = list?.meta;
  lines.push(`${meta?.page} ${meta?.pageSize} ${meta?.total} ${meta?.totalPages} ${meta?.nextCursor}`);

  const { data: more } = await masthead.GET("/api/v1/articles", { params: { query: { cursor: meta?.nextCursor ?? "" } } });
  lines.push(String(more?.meta.nextCursor));

  const { data: one } = await masthead.GET("/api/v1/articles/{slug}", { params: { path: { slug: "budget-vote" } } });
  if (one) {
    const a = one.data;
    lines.push(`${a.html} ${a.plaintext} ${a.wordCount} ${a.seo?.metaTitle} ${a.seo?.metaDescription}`
      + ` ${a.seo?.canonicalUrl} ${a.seo?.ogImage} ${a.title} ${a.primaryAuthor?.slug} ${a.url}`);
  }

  const { data: recent } = await masthead.GET("/api/v1/recent-posts", { params: { query: { limit: 6 } } });
  for (const p of recent?.data ?? []) {
    lines.push(`${p.slug} ${p.url} ${p.title} ${p.excerpt} ${p.publishedAt} ${p.featureImage?.url}`);
  }

  const { data: tags } = await masthead.GET("/api/v1/tags", { params: { query: { page: 1, pageSize: 50 } } });
  for (const t of tags?.data ?? []) {
    lines.push(`${t.id} ${t.slug} ${t.url} ${t.name} ${t.description} ${t.articleCount}`);
  }
  const { data: tag } = await masthead.GET("/api/v1/tags/{slug}", { params: { path: { slug: "economy" } } });
  lines.push(`${tag?.data.name} ${tag?.data.articleCount}`);

  const { data: authors } = await masthead.GET("/api/v1/authors", { params: { query: { pageSize: 10 } } });
  for (const au of authors?.data ?? []) {
    lines.push(`${au.id} ${au.slug} ${au.url} ${au.name} ${au.bio} ${au.avatarUrl} ${au.website} ${au.articleCount}`);
  }
  const { data: author, error } = await masthead.GET("/api/v1/authors/{slug}", { params: { path: { slug: "amara-okafor" } } });
  lines.push(`${author?.data.name} ${author?.data.articleCount}`);
  if (error) {
    // Problems are typed too.
    lines.push(`${error.status} ${error.code} ${error.title} ${error.detail} ${error.requestId}`);
  }
  return lines;
}

// An offline copy kept by delta sync: pages until caught up, then the stored cursor next time.
export async function syncOnce(copy: Map<string, string>, stored?: string): Promise<string | undefined> {
  let cursor = stored;
  for (;;) {
    const { data: page, error } = await masthead.GET("/api/v1/sync", {
      params: { query: { limit: 200, types: "article,tag,author", ...(cursor ? { cursor } : {}) } },
    });
    if (error) {
      // 410 sync-cursor-expired: start again from nothing.
      if (error.status === 410) return syncOnce(new Map(), undefined);
      return stored;
    }
    for (const item of page.items) {
      switch (item.type) {
        case "article": copy.set(item.article.id, `${item.article.title} ${item.article.html} ${item.article.url}`); break;
        case "tag": copy.set(item.tag.id, item.tag.name); break;
        case "author": copy.set(item.author.id, item.author.name); break;
        default: copy.delete(item.id); // a tombstone: article.deleted, article.unpublished, tag.deleted, author.deleted
      }
    }
    if (page.nextSyncCursor) return page.nextSyncCursor;
    cursor = page.nextPageCursor;
  }
}
