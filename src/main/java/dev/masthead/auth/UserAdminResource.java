package dev.masthead.auth;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import com.fasterxml.jackson.databind.JsonNode;

import dev.masthead.web.AdminResponses;
import dev.masthead.web.ApiContract;
import dev.masthead.web.MergePatch;
import dev.masthead.web.PageParameters;

/** Accounts and their roles: admins only. */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@SecurityRequirement(name = ApiContract.BEARER)
@Tag(name = ApiContract.MANAGEMENT_USERS)
public class UserAdminResource {

    private final UserService users;

    UserAdminResource(UserService users) {
        this.users = users;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List accounts", description = "By email.")
    @APIResponse(responseCode = "200", description = "A page of accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserPage.class)))
    public UserPage list(@BeanParam PageParameters paging) {
        return users.list(paging);
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create an account",
            description = "Creates the account and its author profile (authorId). The password is stored hashed "
                    + "and never shown again.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response create(@RequestBody(required = true) @Valid @NotNull UserRequest request) {
        UserView user = users.create(request);
        return AdminResponses.created("/api/v1/admin/users/" + user.id(), new UserItem(user), user.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get an account")
    @APIResponse(responseCode = "200", description = "The account", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserItem.class)))
    public Response get(@Parameter(description = "The account's id") @PathParam("id") UUID id) {
        UserView user = users.get(id);
        return AdminResponses.ok(new UserItem(user), user.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "changeUser", summary = "Rename, change the role of, or deactivate an account",
            description = "A JSON merge patch of UserChange. active: false deactivates the account: its tokens stop "
                    + "working at once. The last active admin cannot be demoted or deactivated (409).")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserItem.class)))
    @APIResponse(responseCode = "409", ref = ApiContract.CONFLICT)
    public Response change(@Parameter(description = "The account's id") @PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(ref = "MergePatch"))) @NotNull JsonNode patch,
            @Parameter(description = "The ETag of the version being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UserView user = users.change(id, patch, ifMatch);
        return AdminResponses.ok(new UserItem(user), user.version());
    }
}
