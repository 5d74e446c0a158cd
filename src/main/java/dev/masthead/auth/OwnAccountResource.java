package dev.masthead.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.masthead.web.ApiContract;
import io.quarkus.security.Authenticated;

/** What every signed-in account may do to itself. */
@Path("/api/v1/admin/users/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiContract.BEARER)
@Tag(name = ApiContract.MANAGEMENT_USERS)
public class OwnAccountResource {

    private final AccountService accounts;
    private final Caller caller;

    OwnAccountResource(AccountService accounts, Caller caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @PUT
    @Path("/password")
    @Operation(operationId = "changeOwnPassword", summary = "Change your own password",
            description = "Needs the current password. Tokens already issued stay valid until they expire.")
    @APIResponse(responseCode = "204", description = "Changed")
    public Response changePassword(@RequestBody(required = true) @Valid @NotNull PasswordChangeRequest request) {
        accounts.changePassword(caller.actor(), request);
        return Response.noContent().build();
    }
}
