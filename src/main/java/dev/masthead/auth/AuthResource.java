package dev.masthead.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.web.ApiContract;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/admin/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirements
@Tag(name = ApiContract.MANAGEMENT_AUTH)
public class AuthResource {

    private final AccountService accounts;

    AuthResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("/token")
    @PermitAll
    @Operation(operationId = "createToken", summary = "Sign in",
            description = "Exchanges an account's email and password for a bearer token for the Management API.")
    @APIResponse(responseCode = "200", description = "A token and when it expires",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class)))
    // Public, so no rule gives it these: a wrong password is a 401, repeated ones a 429.
    @APIResponse(responseCode = "401", ref = ApiContract.UNAUTHORIZED)
    @APIResponse(responseCode = "429", ref = ApiContract.TOO_MANY_REQUESTS)
    public TokenView token(@RequestBody(required = true) @Valid @NotNull LoginRequest request,
            @Context HttpServerRequest http) {
        return accounts.login(request, http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }
}
