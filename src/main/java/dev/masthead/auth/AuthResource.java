package dev.masthead.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: auth")
public class AuthResource {

    private final AccountService accounts;

    AuthResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("/token")
    @PermitAll
    @Operation(operationId = "createToken", summary = "Sign in: exchange email and password for a bearer token")
    public TokenView token(@Valid @NotNull LoginRequest request) {
        return accounts.login(request);
    }
}
