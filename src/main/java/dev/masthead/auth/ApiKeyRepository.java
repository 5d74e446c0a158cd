package dev.masthead.auth;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    public Optional<ApiKey> findActiveByHash(String secretHash) {
        return find("secretHash = ?1 and revokedAt is null", secretHash).firstResultOptional();
    }
}
