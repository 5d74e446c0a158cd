package dev.masthead.webhook;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.web.ApiContract;
import dev.masthead.web.PageParameters;

/** A webhook's delivery log, and sending one of its deliveries again: admins only. */
@Path("/api/v1/admin/webhooks/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@SecurityRequirement(name = ApiContract.BEARER)
@Tag(name = ApiContract.MANAGEMENT_WEBHOOKS)
public class WebhookDeliveryAdminResource {

    private final WebhookService webhooks;

    WebhookDeliveryAdminResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries",
            description = "Newest first, each with its status, attempt count, next attempt and latest attempts "
                    + "(time, status code, duration, the first 1 KB of the response).")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryPage.class)))
    public Response list(@Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @BeanParam PageParameters paging) {
        return Response.ok(webhooks.deliveries(id, paging)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "Get one delivery of a webhook")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryItem.class)))
    public Response get(@Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @Parameter(description = "The delivery's id") @PathParam("deliveryId") UUID deliveryId) {
        return Response.ok(new WebhookDeliveryItem(webhooks.delivery(id, deliveryId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again",
            description = "The same message (same webhook-id, so the receiver can deduplicate) goes out again within "
                    + "about a second, with the whole retry schedule ahead of it. A delivery being sent at this moment, "
                    + "or a webhook that is not active, is a 409.")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response redeliver(@Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @Parameter(description = "The delivery's id") @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(new WebhookDeliveryItem(webhooks.redeliver(id, deliveryId)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @Schema(name = "WebhookDeliveryItem")
    public record WebhookDeliveryItem(@Schema(required = true) WebhookDeliveryView data) {
    }
}
