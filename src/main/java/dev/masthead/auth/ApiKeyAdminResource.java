package dev.masthead.auth;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import dev.masthead.web.ApiContract;
import dev.masthead.web.PageParameters;

/** API keys for integrators: admins only. */
@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@SecurityRequirement(name = ApiContract.BEARER)
@Tag(name = ApiContract.MANAGEMENT_API_KEYS)
public class ApiKeyAdminResource {

    private final ApiKeyService keys;

    ApiKeyAdminResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Never their secrets.")
    @APIResponse(responseCode = "200", description = "A page of keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyPage.class)))
    public ApiKeyPage list(@BeanParam PageParameters paging) {
        return keys.list(paging);
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "The answer carries the key's secret, the only time it is shown. Scopes: content:read "
                    + "(read all content through the Management API) and content:write (also write and publish it).")
    @APIResponse(responseCode = "201", description = "Created; store the secret now",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedApiKeyItem.class)))
    public Response create(@RequestBody(required = true) @Valid @NotNull ApiKeyRequest request) {
        CreatedApiKey key = keys.create(request);
        return Response.created(URI.create("/api/v1/admin/api-keys/" + key.id())).entity(new CreatedApiKeyItem(key))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "Get an API key", description = "Never its secret.")
    @APIResponse(responseCode = "200", description = "The key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyItem.class)))
    public ApiKeyItem get(@Parameter(description = "The key's id") @PathParam("id") UUID id) {
        return new ApiKeyItem(keys.get(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "Its next request is a 401. Needs no If-Match: a key is never edited, so it has no version; "
                    + "revoking it again is a 404.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@Parameter(description = "The key's id") @PathParam("id") UUID id) {
        keys.revoke(id);
        return Response.noContent().build();
    }

    @Schema(name = "ApiKeyItem")
    public record ApiKeyItem(@Schema(required = true) ApiKeyView data) {
    }

    @Schema(name = "CreatedApiKeyItem")
    public record CreatedApiKeyItem(@Schema(required = true) CreatedApiKey data) {
    }
}
