package dev.masthead.webhook;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.web.AdminResponses;
import dev.masthead.web.ApiContract;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageParameters;

/** Webhook endpoints and their secrets: admins only. */
@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@SecurityRequirement(name = ApiContract.BEARER)
@Tag(name = ApiContract.MANAGEMENT_WEBHOOKS)
public class WebhookAdminResource {

    private final WebhookService webhooks;

    WebhookAdminResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks", description = "Oldest first; never their secrets.")
    @APIResponse(responseCode = "200", description = "A page of webhooks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookPage.class)))
    public WebhookPage list(@BeanParam PageParameters paging) {
        return webhooks.list(paging);
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Create a webhook",
            description = "The answer carries the endpoint's signing secret, the only time it is shown. A URL that is "
                    + "not http(s), carries user info, or resolves to a loopback, private, link-local or metadata "
                    + "address is a 400.")
    @APIResponse(responseCode = "201", description = "Created; store the secret now",
            headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag"),
                    @Header(name = "Cache-Control", ref = "Cache-Control") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookWithSecretItem.class)))
    public Response create(@RequestBody(required = true) @Valid @NotNull WebhookRequest request) {
        WebhookWithSecret webhook = webhooks.create(request);
        return AdminResponses.created("/api/v1/admin/webhooks/" + webhook.id(), new WebhookWithSecretItem(webhook),
                webhook.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook", description = "Never its secret.")
    @APIResponse(responseCode = "200", description = "The webhook; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookItem.class)))
    public Response get(@Parameter(description = "The webhook's id") @PathParam("id") UUID id) {
        WebhookView webhook = webhooks.get(id);
        return AdminResponses.ok(new WebhookItem(webhook), webhook.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceWebhook", summary = "Replace a webhook",
            description = "Needs the current version, as If-Match or in the body. The secret stays.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookItem.class)))
    public Response replace(@Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @RequestBody(required = true) @Valid @NotNull WebhookRequest request,
            @Parameter(description = "The ETag of the version being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WebhookView webhook = webhooks.replace(id, request, ifMatch);
        return AdminResponses.ok(new WebhookItem(webhook), webhook.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchWebhook", summary = "Change some fields of a webhook",
            description = "A JSON merge patch (RFC 7396) of WebhookRequest: the members sent replace, null removes an "
                    + "optional one. {\"active\": true} turns a disabled endpoint back on. Needs If-Match or a version member.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookItem.class)))
    public Response patch(@Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(ref = "MergePatch"))) @NotNull JsonNode patch,
            @Parameter(description = "The ETag of the version being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WebhookView webhook = webhooks.patch(id, patch, ifMatch);
        return AdminResponses.ok(new WebhookItem(webhook), webhook.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook",
            description = "Nothing more is sent to it; its delivery log goes too. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being deleted") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook's signing secret",
            description = "A new secret signs from now on, shown in this answer only. Every delivery also carries a "
                    + "signature by the previous secret until previousSecretExpiresAt (masthead.webhooks.rotation-overlap, "
                    + "24 h by default), so the receiver can switch without losing an event. Checks If-Match when sent.")
    @APIResponse(responseCode = "200", description = "Rotated; store the new secret now",
            headers = { @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookWithSecretItem.class)))
    public Response rotateSecret(@Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WebhookWithSecret webhook = webhooks.rotateSecret(id, ifMatch);
        return AdminResponses.ok(new WebhookWithSecretItem(webhook), webhook.version());
    }

    @POST
    @Path("/{id}/ping")
    @Operation(operationId = "pingWebhook", summary = "Send a test event",
            description = "Queues a signed webhook.ping ({\"type\":\"webhook.ping\",\"timestamp\":...,\"data\":"
                    + "{\"webhookId\":...}}) to this endpoint alone, whatever it subscribes to; it goes out within about "
                    + "a second. Follow it in the deliveries. A webhook that is not active is a 409.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryAdminResource.WebhookDeliveryItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response ping(@Parameter(description = "The webhook's id") @PathParam("id") UUID id) {
        return Response.accepted(new WebhookDeliveryAdminResource.WebhookDeliveryItem(webhooks.ping(id)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @Schema(name = "WebhookItem")
    public record WebhookItem(@Schema(required = true) WebhookView data) {
    }

    @Schema(name = "WebhookWithSecretItem")
    public record WebhookWithSecretItem(@Schema(required = true) WebhookWithSecret data) {
    }
}
