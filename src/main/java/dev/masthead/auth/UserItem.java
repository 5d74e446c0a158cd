package dev.masthead.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserItem")
public record UserItem(@Schema(required = true) UserView data) {
}
