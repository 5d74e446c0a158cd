package dev.masthead.auth;

import static dev.masthead.auth.PermissionMatrixCall.API_KEYS;
import static dev.masthead.auth.PermissionMatrixCall.ARTICLES;
import static dev.masthead.auth.PermissionMatrixCall.AUTHORS;
import static dev.masthead.auth.PermissionMatrixCall.Subject.ALL_API_KEYS;
import static dev.masthead.auth.PermissionMatrixCall.Subject.ALL_ARTICLES;
import static dev.masthead.auth.PermissionMatrixCall.Subject.ALL_AUTHORS;
import static dev.masthead.auth.PermissionMatrixCall.Subject.ALL_TAGS;
import static dev.masthead.auth.PermissionMatrixCall.Subject.ALL_USERS;
import static dev.masthead.auth.PermissionMatrixCall.Subject.API_KEY;
import static dev.masthead.auth.PermissionMatrixCall.Subject.AUTHOR;
import static dev.masthead.auth.PermissionMatrixCall.Subject.OTHERS_DRAFT;
import static dev.masthead.auth.PermissionMatrixCall.Subject.OWN_DRAFT;
import static dev.masthead.auth.PermissionMatrixCall.Subject.OWN_PUBLISHED;
import static dev.masthead.auth.PermissionMatrixCall.Subject.OWN_SCHEDULED;
import static dev.masthead.auth.PermissionMatrixCall.Subject.REVISED_OTHERS_DRAFT;
import static dev.masthead.auth.PermissionMatrixCall.Subject.REVISED_OWN_DRAFT;
import static dev.masthead.auth.PermissionMatrixCall.Subject.REVISED_OWN_PUBLISHED;
import static dev.masthead.auth.PermissionMatrixCall.Subject.TAG;
import static dev.masthead.auth.PermissionMatrixCall.Subject.USER;
import static dev.masthead.auth.PermissionMatrixCall.TAGS;
import static dev.masthead.auth.PermissionMatrixCall.USERS;
import static dev.masthead.auth.PermissionMatrixCall.WEBHOOKS;
import static dev.masthead.auth.PermissionMatrixCall.Subject.ALL_WEBHOOKS;
import static dev.masthead.auth.PermissionMatrixCall.Subject.PINGED_WEBHOOK;
import static dev.masthead.auth.PermissionMatrixCall.Subject.WEBHOOK;
import static dev.masthead.auth.PermissionMatrixEffect.DELIVERIES_LISTED;
import static dev.masthead.auth.PermissionMatrixEffect.PINGED;
import static dev.masthead.auth.PermissionMatrixEffect.REDELIVERED;
import static dev.masthead.auth.PermissionMatrixEffect.SECRET_ROTATED;
import static dev.masthead.auth.PermissionMatrixEffect.CREATED;
import static dev.masthead.auth.PermissionMatrixEffect.CREATED_ARTICLE;
import static dev.masthead.auth.PermissionMatrixEffect.GONE;
import static dev.masthead.auth.PermissionMatrixEffect.LISTED;
import static dev.masthead.auth.PermissionMatrixEffect.PREVIEWED;
import static dev.masthead.auth.PermissionMatrixEffect.PUBLISHED;
import static dev.masthead.auth.PermissionMatrixEffect.RESTORED;
import static dev.masthead.auth.PermissionMatrixEffect.REVISIONS_LISTED;
import static dev.masthead.auth.PermissionMatrixEffect.REVISION_DIFFED;
import static dev.masthead.auth.PermissionMatrixEffect.REVISION_SHOWN;
import static dev.masthead.auth.PermissionMatrixEffect.SCHEDULED;
import static dev.masthead.auth.PermissionMatrixEffect.SHOWN;
import static dev.masthead.auth.PermissionMatrixEffect.UNPUBLISHED;
import static dev.masthead.auth.PermissionMatrixEffect.UNSCHEDULED;
import static dev.masthead.auth.PermissionMatrixEffect.changed;
import static dev.masthead.auth.PermissionMatrixEffect.credits;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.masthead.Unique;
import dev.masthead.auth.PermissionMatrixCall.Callers;
import dev.masthead.auth.PermissionMatrixCall.Subject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every role and key scope against every Management operation: no request
 * may do more than its credential allows, and what it may do it does. Each
 * call acts on a subject the admin makes fresh for it. A permitted call
 * must show its effect, read back by the admin (and by a Delivery reader
 * where publication is at stake); a refused one must answer a problem,
 * reveal nothing and leave the subject exactly as it was: the admin's view
 * of an item, version and all, or the size of a collection.
 */
@QuarkusTest
class PermissionMatrixTest {

    enum Who { ADMIN, EDITOR, AUTHOR, CONTRIBUTOR, KEY_WRITE, KEY_READ, ANONYMOUS }

    /** A publishAt or unpublishAt safely ahead, in the precision the API answers with. */
    static final String TOMORROW = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS).toString();

    /** One Management operation: what it acts on, the request, and what a 2xx must be seen to have done. */
    enum Operation {
        LIST_ARTICLES(OWN_DRAFT, c -> c.get(ARTICLES + "?pageSize=100"), LISTED),
        CREATE_ARTICLE(ALL_ARTICLES, c -> c.post(ARTICLES, c.newArticle(null)), CREATED_ARTICLE),
        CREATE_CREDITING_ONLY_OTHERS(ALL_ARTICLES, c -> c.post(ARTICLES, c.newArticle(List.of(c.stranger()))),
                CREATED_ARTICLE),
        READ_OTHERS_DRAFT(OTHERS_DRAFT, c -> c.get(c.item().path()), SHOWN),
        EDIT_OWN_DRAFT(OWN_DRAFT, c -> c.patch(Map.of("title", "Edited own draft")), changed("title")),
        REPLACE_OWN_DRAFT(OWN_DRAFT, c -> c.put(c.replacement("Replaced own draft", List.of(c.item().authorId()))),
                changed("title")),
        EDIT_OTHERS_DRAFT(OTHERS_DRAFT, c -> c.patch(Map.of("title", "Edited another's")), changed("title")),
        EDIT_OWN_PUBLISHED(OWN_PUBLISHED, c -> c.patch(Map.of("title", "Edited published")), changed("title")),
        ADD_COAUTHOR_TO_OWN(OWN_DRAFT, c -> c.patch(Map.of("authorIds", List.of(c.item().authorId(), c.stranger()))),
                credits(c -> List.of(c.item().authorId(), c.stranger()))),
        PATCH_OWN_CREDITING_ONLY_OTHERS(OWN_DRAFT, c -> c.patch(Map.of("authorIds", List.of(c.stranger()))),
                credits(c -> List.of(c.stranger()))),
        PUT_OWN_CREDITING_ONLY_OTHERS(OWN_DRAFT, c -> c.put(c.replacement(c.item().title(), List.of(c.stranger()))),
                credits(c -> List.of(c.stranger()))),
        PUBLISH_OWN(OWN_DRAFT, c -> c.post(c.item().path() + "/publish"), PUBLISHED),
        PUBLISH_OTHERS(OTHERS_DRAFT, c -> c.post(c.item().path() + "/publish"), PUBLISHED),
        UNPUBLISH_OWN(OWN_PUBLISHED, c -> c.post(c.item().path() + "/unpublish"), UNPUBLISHED),
        SCHEDULE_OWN(OWN_DRAFT, c -> c.post(c.item().path() + "/schedule", Map.of("publishAt", TOMORROW)), SCHEDULED),
        SCHEDULE_OTHERS(OTHERS_DRAFT, c -> c.post(c.item().path() + "/schedule", Map.of("publishAt", TOMORROW)),
                SCHEDULED),
        UNSCHEDULE_OWN(OWN_SCHEDULED, c -> c.post(c.item().path() + "/unschedule"), UNSCHEDULED),
        EDIT_OWN_SCHEDULED(OWN_SCHEDULED, c -> c.patch(Map.of("title", "Edited scheduled")), changed("title")),
        EXPIRE_OWN_PUBLISHED(OWN_PUBLISHED, c -> c.patch(Map.of("unpublishAt", TOMORROW)), changed("unpublishAt")),
        PREVIEW_OWN_DRAFT(OWN_DRAFT, c -> c.post(c.item().path() + "/preview"), PREVIEWED),
        PREVIEW_OTHERS_DRAFT(OTHERS_DRAFT, c -> c.post(c.item().path() + "/preview"), PREVIEWED),
        DELETE_OWN_DRAFT(OWN_DRAFT, PermissionMatrixCall::delete, GONE),
        DELETE_OWN_PUBLISHED(OWN_PUBLISHED, PermissionMatrixCall::delete, GONE),
        DELETE_OTHERS(OTHERS_DRAFT, PermissionMatrixCall::delete, GONE),
        LIST_REVISIONS_OF_OWN(OWN_DRAFT, c -> c.get(c.item().path() + "/revisions"), REVISIONS_LISTED),
        LIST_REVISIONS_OF_OTHERS(OTHERS_DRAFT, c -> c.get(c.item().path() + "/revisions"), REVISIONS_LISTED),
        READ_REVISION_OF_OWN_PUBLISHED(OWN_PUBLISHED, c -> c.get(c.item().path() + "/revisions/1"), REVISION_SHOWN),
        READ_REVISION_OF_OTHERS(OTHERS_DRAFT, c -> c.get(c.item().path() + "/revisions/1"), REVISION_SHOWN),
        DIFF_REVISION_OF_OTHERS(OTHERS_DRAFT, c -> c.get(c.item().path() + "/revisions/1/diff"), REVISION_DIFFED),
        RESTORE_OWN_DRAFT(REVISED_OWN_DRAFT, c -> c.restore(1), RESTORED),
        RESTORE_OWN_PUBLISHED(REVISED_OWN_PUBLISHED, c -> c.restore(1), RESTORED),
        RESTORE_OTHERS(REVISED_OTHERS_DRAFT, c -> c.restore(1), RESTORED),
        LIST_TAGS(TAG, c -> c.get(TAGS + "?pageSize=100"), LISTED),
        CREATE_TAG(ALL_TAGS, c -> c.post(TAGS, Map.of("name", Unique.name("Matrix tag"))), CREATED),
        EDIT_TAG(TAG, c -> c.patch(Map.of("description", "Edited")), changed("description")),
        DELETE_TAG(TAG, PermissionMatrixCall::delete, GONE),
        LIST_AUTHORS(AUTHOR, c -> c.get(AUTHORS + "?pageSize=100"), LISTED),
        CREATE_AUTHOR(ALL_AUTHORS, c -> c.post(AUTHORS, Map.of("name", Unique.name("Matrix author"))), CREATED),
        EDIT_AUTHOR(AUTHOR, c -> c.patch(Map.of("bio", "Edited")), changed("bio")),
        DELETE_AUTHOR(AUTHOR, PermissionMatrixCall::delete, GONE),
        LIST_USERS(USER, c -> c.get(USERS + "?pageSize=100"), LISTED),
        READ_USER(USER, c -> c.get(c.item().path()), SHOWN),
        CREATE_USER(ALL_USERS, c -> c.post(USERS, Map.of("email", Unique.name("matrix") + "@masthead.test",
                "password", "a-long-enough-password", "role", "AUTHOR", "name", Unique.name("Matrix user"))), CREATED),
        EDIT_USER(USER, c -> c.patch(Map.of("name", "Renamed account")), changed("name")),
        LIST_API_KEYS(API_KEY, c -> c.get(API_KEYS + "?pageSize=100"), LISTED),
        CREATE_API_KEY(ALL_API_KEYS, c -> c.post(API_KEYS, Map.of("name", "matrix", "scopes", List.of("content:read"))),
                CREATED),
        REVOKE_API_KEY(API_KEY, PermissionMatrixCall::delete, GONE),
        LIST_WEBHOOKS(WEBHOOK, c -> c.get(WEBHOOKS + "?pageSize=100"), LISTED),
        CREATE_WEBHOOK(ALL_WEBHOOKS, c -> c.post(WEBHOOKS, Map.of("url", "https://" + Unique.name("matrix")
                + ".example.com/hooks", "events", List.of("article.published", "tag.*"), "description", "Matrix")), CREATED),
        READ_WEBHOOK(WEBHOOK, c -> c.get(c.item().path()), SHOWN),
        EDIT_WEBHOOK(WEBHOOK, c -> c.patch(Map.of("description", "Edited")), changed("description")),
        ROTATE_WEBHOOK_SECRET(WEBHOOK, c -> c.post(c.item().path() + "/rotate-secret"), SECRET_ROTATED),
        PING_WEBHOOK(WEBHOOK, c -> c.post(c.item().path() + "/ping"), PINGED),
        LIST_WEBHOOK_DELIVERIES(PINGED_WEBHOOK, c -> c.get(c.item().path() + "/deliveries"), DELIVERIES_LISTED),
        REDELIVER_WEBHOOK_DELIVERY(PINGED_WEBHOOK,
                c -> c.post(c.item().path() + "/deliveries/" + c.newestDelivery() + "/redeliver"), REDELIVERED),
        DELETE_WEBHOOK(WEBHOOK, PermissionMatrixCall::delete, GONE);

        final Subject subject;
        final Function<PermissionMatrixCall, Response> run;
        final PermissionMatrixEffect effect;

        Operation(Subject subject, Function<PermissionMatrixCall, Response> run, PermissionMatrixEffect effect) {
            this.subject = subject;
            this.run = run;
            this.effect = effect;
        }
    }

    private static final Map<Operation, Map<Who, Integer>> EXPECTED = new EnumMap<>(Operation.class);

    static {
        //                                           ADMIN EDITOR AUTHOR CONTRIB KEY_W KEY_R
        expect(Operation.LIST_ARTICLES,                   200, 200, 200, 200, 200, 200);
        expect(Operation.CREATE_ARTICLE,                  201, 201, 201, 201, 201, 403);
        expect(Operation.CREATE_CREDITING_ONLY_OTHERS,    201, 201, 403, 403, 201, 403);
        expect(Operation.READ_OTHERS_DRAFT,               200, 200, 404, 404, 200, 200);
        expect(Operation.EDIT_OWN_DRAFT,                  200, 200, 200, 200, 200, 403);
        expect(Operation.REPLACE_OWN_DRAFT,               200, 200, 200, 200, 200, 403);
        expect(Operation.EDIT_OTHERS_DRAFT,               200, 200, 404, 404, 200, 403);
        expect(Operation.EDIT_OWN_PUBLISHED,              200, 200, 200, 403, 200, 403);
        expect(Operation.ADD_COAUTHOR_TO_OWN,             200, 200, 200, 200, 200, 403);
        expect(Operation.PATCH_OWN_CREDITING_ONLY_OTHERS, 200, 200, 403, 403, 200, 403);
        expect(Operation.PUT_OWN_CREDITING_ONLY_OTHERS,   200, 200, 403, 403, 200, 403);
        expect(Operation.PUBLISH_OWN,                     200, 200, 200, 403, 200, 403);
        expect(Operation.PUBLISH_OTHERS,                  200, 200, 404, 404, 200, 403);
        expect(Operation.UNPUBLISH_OWN,                   200, 200, 200, 403, 200, 403);
        expect(Operation.SCHEDULE_OWN,                    200, 200, 200, 403, 200, 403);
        expect(Operation.SCHEDULE_OTHERS,                 200, 200, 404, 404, 200, 403);
        expect(Operation.UNSCHEDULE_OWN,                  200, 200, 200, 403, 200, 403);
        expect(Operation.EDIT_OWN_SCHEDULED,              200, 200, 200, 403, 200, 403);
        expect(Operation.EXPIRE_OWN_PUBLISHED,            200, 200, 200, 403, 200, 403);
        expect(Operation.PREVIEW_OWN_DRAFT,               200, 200, 200, 200, 200, 200);
        expect(Operation.PREVIEW_OTHERS_DRAFT,            200, 200, 404, 404, 200, 200);
        expect(Operation.DELETE_OWN_DRAFT,                204, 204, 204, 204, 204, 403);
        expect(Operation.DELETE_OWN_PUBLISHED,            204, 204, 204, 403, 204, 403);
        expect(Operation.DELETE_OTHERS,                   204, 204, 404, 404, 204, 403);
        expect(Operation.LIST_REVISIONS_OF_OWN,           200, 200, 200, 200, 200, 200);
        expect(Operation.LIST_REVISIONS_OF_OTHERS,        200, 200, 404, 404, 200, 200);
        expect(Operation.READ_REVISION_OF_OWN_PUBLISHED,  200, 200, 200, 200, 200, 200);
        expect(Operation.READ_REVISION_OF_OTHERS,         200, 200, 404, 404, 200, 200);
        expect(Operation.DIFF_REVISION_OF_OTHERS,         200, 200, 404, 404, 200, 200);
        expect(Operation.RESTORE_OWN_DRAFT,               200, 200, 200, 200, 200, 403);
        expect(Operation.RESTORE_OWN_PUBLISHED,           200, 200, 200, 403, 200, 403);
        expect(Operation.RESTORE_OTHERS,                  200, 200, 404, 404, 200, 403);
        expect(Operation.LIST_TAGS,                       200, 200, 200, 200, 200, 200);
        expect(Operation.CREATE_TAG,                      201, 201, 403, 403, 201, 403);
        expect(Operation.EDIT_TAG,                        200, 200, 403, 403, 200, 403);
        expect(Operation.DELETE_TAG,                      204, 204, 403, 403, 204, 403);
        expect(Operation.LIST_AUTHORS,                    200, 200, 200, 200, 200, 200);
        expect(Operation.CREATE_AUTHOR,                   201, 201, 403, 403, 201, 403);
        expect(Operation.EDIT_AUTHOR,                     200, 200, 403, 403, 200, 403);
        expect(Operation.DELETE_AUTHOR,                   204, 204, 403, 403, 204, 403);
        expect(Operation.LIST_USERS,                      200, 403, 403, 403, 403, 403);
        expect(Operation.READ_USER,                       200, 403, 403, 403, 403, 403);
        expect(Operation.CREATE_USER,                     201, 403, 403, 403, 403, 403);
        expect(Operation.EDIT_USER,                       200, 403, 403, 403, 403, 403);
        expect(Operation.LIST_API_KEYS,                   200, 403, 403, 403, 403, 403);
        expect(Operation.CREATE_API_KEY,                  201, 403, 403, 403, 403, 403);
        expect(Operation.REVOKE_API_KEY,                  204, 403, 403, 403, 403, 403);
        expect(Operation.LIST_WEBHOOKS,                   200, 403, 403, 403, 403, 403);
        expect(Operation.CREATE_WEBHOOK,                  201, 403, 403, 403, 403, 403);
        expect(Operation.READ_WEBHOOK,                    200, 403, 403, 403, 403, 403);
        expect(Operation.EDIT_WEBHOOK,                    200, 403, 403, 403, 403, 403);
        expect(Operation.ROTATE_WEBHOOK_SECRET,           200, 403, 403, 403, 403, 403);
        expect(Operation.PING_WEBHOOK,                    202, 403, 403, 403, 403, 403);
        expect(Operation.LIST_WEBHOOK_DELIVERIES,         200, 403, 403, 403, 403, 403);
        expect(Operation.REDELIVER_WEBHOOK_DELIVERY,      202, 403, 403, 403, 403, 403);
        expect(Operation.DELETE_WEBHOOK,                  204, 403, 403, 403, 403, 403);
    }

    /** The problem code each refusal answers with. */
    private static final Map<Integer, String> REFUSALS = Map.of(401, "unauthorized", 403, "forbidden", 404, "not-found");

    private static void expect(Operation operation, int... statuses) {
        Map<Who, Integer> row = new EnumMap<>(Who.class);
        for (int i = 0; i < statuses.length; i++) {
            row.put(Who.values()[i], statuses[i]);
        }
        row.put(Who.ANONYMOUS, 401);
        EXPECTED.put(operation, row);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(operation, who, EXPECTED.get(operation).get(who)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void everyCallerGetsExactlyWhatItsCredentialAllows(Operation operation, Who who, int expected) {
        PermissionMatrixCall call = new PermissionMatrixCall(Callers.of(who), operation.subject);
        Object before = call.item().state();

        Response response = operation.run.apply(call);

        response.then().statusCode(expected);
        if (expected < 300) {
            operation.effect.shows(call, response, before);
        } else {
            response.then().contentType("application/problem+json").body("status", equalTo(expected))
                    .body("code", equalTo(REFUSALS.get(expected))).body("data", nullValue());
            assertEquals(before, call.item().state(), "a refused call changed nothing");
        }
    }
}
